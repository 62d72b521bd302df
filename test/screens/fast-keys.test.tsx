// Keys typed ahead over a slow link arrive in one read. Each must reach the screen as it is after
// the key before: focus moved, text kept, a pasted secret in the secret field (and masked).
import { renderInTerminal, type TerminalApp } from '../helpers/terminal.js';
import { afterEach, describe, expect, it } from 'vitest';
import { keySplitter, splitKeys } from '../../src/terminal/key-by-key.js';
import { openStore } from '../../src/store/index.js';
import { KEYS } from '../helpers/ink.js';
import { tempDir } from '../helpers/tmp.js';

let app: TerminalApp | undefined;
afterEach(() => app?.unmount());

/** The screen once it matches (keys are handed over one render at a time). */
async function screenWhen(re: RegExp, ms = 3000): Promise<string> {
  return (await app!.waitFor(re, ms)).join('\n');
}

/** The app at a route, once its first frame is on screen and it listens for keys. */
async function start(route: Parameters<typeof renderInTerminal>[0], first: RegExp): Promise<TerminalApp> {
  app = renderInTerminal(route, { store: openStore({ dataDir: tempDir() }) });
  await app.waitFor(first);
  await app.settle();
  return app;
}

describe('keys that arrive together', () => {
  it('cuts a read into keys where Ink would, keeping pasted text and Alt combinations whole', () => {
    expect(splitKeys(`\r\rWork Claude${KEYS.down}${KEYS.down}ABSK key\r`)).toEqual(['\r', '\r', 'Work Claude', KEYS.down, KEYS.down, 'ABSK key', '\r']);
    // Typed fast over a slow link, an answer and its Enter (or a key and Enter, a name and Tab Tab)
    // arrive in one read: the Enter is still Enter, not text.
    expect(splitKeys('I led the migration\r')).toEqual(['I led the migration', '\r']);
    expect(splitKeys('s\r')).toEqual(['s', '\r']);
    expect(splitKeys('Work Claude\t\t')).toEqual(['Work Claude', '\t', '\t']);
    // A paste without bracketed paste keeps its inner line breaks inside one piece.
    expect(splitKeys('line one\rline two')).toEqual(['line one\rline two']);
    expect(splitKeys('\u001b\u001b[A\u001bx\u001bOP')).toEqual(['\u001b\u001b[A', '\u001bx', '\u001bOP']);
    expect(splitKeys('\u007f\u007f\tab\ncd')).toEqual(['\u007f', '\u007f', '\t', 'ab\ncd']);
    expect(splitKeys('\u001b')).toEqual(['\u001b']);
  });

  it('never cuts a bracketed paste, even one that comes in several reads', () => {
    const split = keySplitter();
    expect(split('\u001b[200~\rline one\r\u001b[B')).toEqual(['\u001b[200~', '\rline one\r\u001b[B']);
    expect(split('line two\r\u001b[201~\r')).toEqual(['line two\r', '\u001b[201~', '\r']);
  });

  it('puts a pasted API key typed ahead into the API key field, masked, and the name into Name', async () => {
    const app = await start({ screen: 'model-form', mode: 'add' }, /› Name/);
    app.burst(`Work Claude${KEYS.down}${KEYS.down}ABSKQmVkcm9ja0FQSUtleS1zZWNyZXQ${KEYS.down}`);
    const screen = await screenWhen(/› Region/);
    expect(screen).toMatch(/Name\s+Work Claude\n/);
    expect(screen).toMatch(/API key\s+ABSK•+ZWNyZXQ|API key\s+ABSK•{8}/);
    expect(screen).not.toContain('Qm9ja0FQSUtleS1zZWNy');
    expect(screen).toMatch(/› Region/);
  });

  it('opens the item chosen with ↓ ↓ Enter typed at once on the home screen', async () => {
    const app = await start({ screen: 'home' }, /mockview · interview practice/);
    app.burst(`${KEYS.down}${KEYS.down}\r`);
    expect(await screenWhen(/No interviews yet/)).toMatch(/No interviews yet/);
  });

  it('lets a screen opened by a key typed ahead take the keys after it (Enter Enter from home)', async () => {
    const app = await start({ screen: 'home' }, /mockview · interview practice/);
    app.burst('\r\rWork Claude');
    const screen = await screenWhen(/Name\s+Work Claude/);
    expect(screen).toMatch(/Models › Add › Amazon Bedrock/);
    expect(screen).toMatch(/Name\s+Work Claude/);
  });
});
