// The real binary in a real terminal, started on a damaged config.json: the app does not end. Home
// says models and settings are unavailable (with the file), and the offline demo, History and the
// question bank keep working; config.json is left as it was for the user to repair.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { hasTmux, startTmux, type TmuxSession } from '../helpers/tmux.js';

let term: TmuxSession | undefined;
beforeAll(() => {
  if (!hasTmux()) throw new Error('tmux is required for the end-to-end tests (.ci/run installs it)');
});
afterEach(() => term?.kill());

/** Home with its own keys listed (its key handlers are in place). */
const HOME = /mockview · interview practice[\s\S]*↑↓ move/;

describe('a damaged config.json at start', () => {
  it('keeps the app running: the damage is shown, the demo, History and the question bank work', async () => {
    const home = tempDir();
    const damaged = '{"version": 1, "models": [{"name": ';
    fs.writeFileSync(path.join(home, 'config.json'), damaged, { mode: 0o600 });
    term = startTmux({ env: { MOCKVIEW_HOME: home } });
    await term.waitFor(/Models and settings are unavailable: .*config\.json/);
    expect(term.screen()).not.toMatch(/EXITED/);
    await term.send('3'); // Question bank
    await term.waitFor(/The bank is empty/);
    // Each Esc is seen through to Home before the next key: a key that reaches the app while Ink
    // still holds a lone Esc back would be read as Alt+key.
    await term.send('Escape');
    await term.waitFor(HOME);
    await term.send('2'); // History
    await term.waitFor(/No interviews yet/);
    await term.send('Escape');
    await term.waitFor(HOME);
    await term.send('1'); // Start an interview (model: demo)
    await term.waitFor(/Only the offline demo is offered/);
    await term.type('Backend engineer');
    await term.waitFor(/Role\s+Backend engineer/);
    for (let i = 0; i < 12 && !/› \[ Start interview \]/.test(term.screen()); i++) {
      const before = term.screen();
      await term.send('Down');
      await term.waitFor((s) => s !== before, 2000); // keys go out at once now: wait for each move's frame
    }
    await term.send('Enter');
    await term.waitFor(/^(?![\s\S]*Interview › Setup)[\s\S]*Backend engineer/);
    expect(fs.readFileSync(path.join(home, 'config.json'), 'utf8')).toBe(damaged);
  });
});
