// `?` is a typed character while a text field has focus, and help again once that screen is gone:
// leaving the interview setup (focus on its Role field) used to leave every later screen "typing",
// so `?` never opened help again in that run.
import '../helpers/live-terminal-env.js';
import { afterEach, describe, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { renderInTerminal, type TerminalApp } from '../helpers/terminal.js';
import { tempDir } from '../helpers/tmp.js';

const ESC = '\u001b';
let app: TerminalApp | undefined;
afterEach(() => app?.unmount());

describe('help after a screen with a text field', () => {
  for (const [name, key, field] of [
    ['the interview setup', '2', /Role/],
    ['the question bank filter', '4', /Question bank/],
  ] as const) {
    it(`opens on History after leaving ${name}`, async () => {
      app = renderInTerminal({ screen: 'home' }, { store: openStore({ dataDir: tempDir() }) });
      await app.waitFor(/Start an interview/);
      await app.press(key);
      await app.waitFor(field);
      if (key === '4') {
        await app.press('/');
        await app.waitFor(/Filter/i);
        await app.press(ESC);
      }
      await app.press(ESC);
      await app.waitFor(/Start an interview/);
      await app.press('3');
      await app.waitFor(/History/);
      await app.press('?');
      await app.waitFor(/This screen[\s\S]*Everywhere/);
    });
  }
});
