// Two mockviews on one data folder, for real: the full-screen app in a terminal has a model's edit
// form open while `mockview models remove` deletes that model from another process. Save then says
// so in one line, keeps the edit, and n saves it as new; the app never crashes (issue #13 item 2).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { runCli } from '../helpers/cli.js';
import { testConfig } from '../helpers/config.js';
import { tempDir } from '../helpers/tmp.js';
import { hasTmux, startTmux, type TmuxSession } from '../helpers/tmux.js';

let term: TmuxSession | undefined;
beforeAll(() => {
  if (!hasTmux()) throw new Error('tmux is required for the end-to-end tests (.ci/run installs it)');
});
afterEach(() => term?.kill());

describe('model edit against another mockview', () => {
  it('removed by `mockview models remove` while the form is open: Save keeps the edit, n saves it as new', async () => {
    const home = tempDir();
    const store = openStore({ dataDir: home });
    store.addModel(testConfig({ name: 'Claude' }));
    term = startTmux({ env: { MOCKVIEW_HOME: home, TERM: 'xterm-256color' } });
    await term.waitFor(/mockview · interview practice/);
    await term.send('4'); // Models
    await term.waitFor(/Claude\s+Claude 4\.5 Haiku/);
    await term.send('Enter');
    await term.waitFor(/Models › Edit Claude/);
    await term.type(' edited');
    await term.waitFor(/Name\s+Claude edited/);

    const removed = await runCli(['models', 'remove', 'Claude'], { dataDir: home });
    expect(removed.code).toBe(0);
    await term.waitFor(/'Claude' is no longer stored under that name/);

    await term.send('Up'); // from Name back round to [ Save ]
    await term.send('Enter');
    let screen = await term.waitFor(/'Claude' was renamed or removed elsewhere; your edit is kept\./);
    expect(screen).toMatch(/n save as new \('Claude edited \(2\)'\)/);
    expect(screen).toMatch(/Name\s+Claude edited/);
    await term.send('n');
    screen = await term.waitFor(/Claude edited \(2\)\s+Claude 4\.5 Haiku/); // back on the list
    expect(screen).not.toMatch(/crashed/);
    expect(store.getModel('Claude edited (2)')).toMatchObject({ modelId: 'anthropic.claude-haiku-4-5-20251001-v1:0' });
  });
});
