// The shell as a new user meets it in tmux: three interviews back to back in one app run on the
// offline demo, with `?` help, a resize, PgUp read-back, Ctrl+L and Esc in between, at 80×24 and at
// 80×23 (an 80×24 terminal with a tmux status line). After every step the captured screen is
// compared with what the current screen must show: its own title row, its own hint bar on the last
// row, nothing of another screen, nothing wider than the terminal; and nothing typed is lost.
import fs from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { hasTmux, startTmux, type TmuxSession } from '../helpers/tmux.js';

let term: TmuxSession | undefined;
afterEach(() => term?.kill());

type Screen = 'home' | 'setup' | 'chat' | 'help';
/** What identifies each screen, and what may never show on it (rows another screen left behind). */
const SCREENS: Record<Screen, { title: RegExp; foreign: RegExp[] }> = {
  home: { title: /^ mockview · interview practice/, foreign: [/Interviewer/, /› Your answer/, /Interview › Setup/, /Reading back/, /^Keys/m] },
  setup: { title: /^ Interview › Setup/, foreign: [/Interviewer/, /› Your answer/, /interview practice/, /Reading back/] },
  chat: { title: /^ mockview · Behavioural · /, foreign: [/Interview › Setup/, /interview practice/, /Start an interview/] },
  help: { title: /Keys/, foreign: [/› Your answer/, /Interview › Setup/] },
};

/** The screen, checked against what it must be: every row accounted for, none from elsewhere. */
function expectScreen(screen: string, kind: Screen, size: { columns: number; rows: number }): void {
  const rows = screen.replace(/\n$/, '').split('\n');
  expect(rows.length, screen).toBe(size.rows);
  for (const row of rows) expect(stringWidth(row), row).toBeLessThanOrEqual(size.columns);
  if (kind === 'help') expect(screen).toMatch(SCREENS.help.title);
  else expect(rows[0], screen).toMatch(SCREENS[kind].title);
  for (const re of SCREENS[kind].foreign) expect(screen, `${kind} shows ${re}`).not.toMatch(re);
  // The hint bar is always the last row, and only once.
  expect(rows.at(-1), screen).toMatch(/Ctrl\+C quit|Ctrl\+L|…$/);
  expect(rows.filter((r) => /· \? keys ·/.test(r)).length, screen).toBeLessThanOrEqual(1);
}

/** Moves the menu's › onto the item matching `item` (reading where it is), then Enter. */
async function choose(t: TmuxSession, item: RegExp): Promise<void> {
  const rows = (await t.waitFor(item)).split('\n');
  const at = rows.findIndex((r) => /^\s*›/.test(r));
  const to = rows.findIndex((r) => item.test(r));
  const key = to > at ? 'Down' : 'Up';
  await t.send(...Array.from({ length: Math.abs(to - at) }, () => key), 'Enter');
}

async function oneInterview(t: TmuxSession, n: number, size: { columns: number; rows: number }): Promise<string> {
  const home = await t.waitFor(/mockview · interview practice[\s\S]*Start an interview/);
  expectScreen(home, 'home', size);
  // Help over home, then back: home as it was.
  await t.send('?');
  expectScreen(await t.waitFor(/Esc or \? closes/), 'help', size);
  await t.send('Escape');
  expectScreen(await t.waitFor(/^ mockview · interview practice[\s\S]*↑↓ move/), 'home', size);

  await choose(t, /Start an interview/);
  await t.waitFor(/Interview › Setup/);
  await t.type(`Backend engineer ${n}`);
  // Questions: five fields below the role; 5 → 1; then down to [ Start interview ].
  await t.send('Down', 'Down', 'Down', 'Down', 'Down', 'Left', 'Left', 'Left', 'Left');
  const setup = await t.waitFor(/Questions\s+◂ 1 ▸/);
  expectScreen(setup, 'setup', size);
  expect(setup).toContain(`Backend engineer ${n}`);
  await t.send('Down', 'Down', 'Down');
  await t.waitFor(/› \[ Start interview \]/);
  await t.send('Enter');

  const asked = await t.waitFor(/Interviewer {2}\S[\s\S]*Type your answer/, 20_000);
  expectScreen(asked, 'chat', size);
  // The question's first words, to find it again after read-back and redraws.
  const question = /Interviewer {2}(\S+(?: \S+){0,4})/.exec(asked)![1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const draft = `Draft ${n}: I lead the payments platform team`;
  await t.type(draft);
  await t.waitFor(new RegExp(draft));
  // A resize mid-answer: the frame follows, the draft stays.
  t.resize(100, 30);
  expectScreen(await t.waitFor(new RegExp(`${draft}[\\s\\S]*PgUp read back`)), 'chat', { columns: 100, rows: 30 });
  t.resize(size.columns, size.rows);
  expectScreen(await t.waitFor(new RegExp(`^ mockview[^\\n]{60,}\\n[\\s\\S]*${draft}`)), 'chat', size);
  // Read back, then Esc: the current question and the draft as they were.
  await t.send('PageUp');
  await t.waitFor(/Reading back · lines/);
  await t.send('Escape');
  const back = await t.waitFor((s) => new RegExp(question).test(s) && s.includes(draft) && !s.includes('Reading back'));
  expectScreen(back, 'chat', size);
  // Ctrl+L redraws the same screen.
  await t.send('C-l');
  expectScreen(await t.waitFor(new RegExp(`${question}[\\s\\S]*${draft}[\\s\\S]*Ctrl\\+E end`)), 'chat', size);
  const rest = ' for four years, moving billing to an event-sourced ledger and cutting reconciliation from three days to four hours.';
  await t.type(rest);
  // Text and Enter in one read would be a paste with a line break in it: Enter goes once the text shows.
  await t.waitFor(/days to four\s+hours\./);
  await t.send('Enter');
  // The answer is in the transcript; the interviewer may follow up: Ctrl+E ends the interview here.
  await t.waitFor(new RegExp(`You {10}Draft ${n}:`), 20_000);
  await t.send('C-e');
  const over = await t.waitFor(/The interview is over/, 20_000);
  expectScreen(over, 'chat', size);
  await t.send('Escape');
  return draft + rest;
}

describe.each([
  { columns: 80, rows: 24 },
  { columns: 80, rows: 23 },
])('the shell at $columns×$rows', (size) => {
  it('runs three interviews back to back with help, resizes, read-back, Ctrl+L and Esc between: no stale row, nothing typed lost', async () => {
    if (!hasTmux()) throw new Error('tmux is required for the end-to-end tests (.ci/run installs it)');
    const home = tempDir();
    term = startTmux({ env: { MOCKVIEW_HOME: home }, ...size });
    const answers: string[] = [];
    for (let n = 1; n <= 3; n++) answers.push(await oneInterview(term, n, size));
    expectScreen(await term.waitFor(/mockview · interview practice/), 'home', size);
    await term.send('C-c');
    await term.waitFor(/EXITED 0/);
    const sessions = fs.readdirSync(path.join(home, 'sessions')).map((f) => JSON.parse(fs.readFileSync(path.join(home, 'sessions', f), 'utf8')));
    expect(sessions).toHaveLength(3);
    const given = sessions.map((s) => s.turns.find((t: { role: string }) => t.role === 'candidate')?.text).sort();
    expect(given).toEqual([...answers].sort());
  }, 120_000);
});

describe('leaving the terminal as it was', () => {
  it.each([
    ['Ctrl+C', (t: TmuxSession) => t.send('C-c')],
    ['SIGTERM', (t: TmuxSession) => void process.kill(t.pid(), 'SIGTERM')],
    ['SIGHUP', (t: TmuxSession) => void process.kill(t.pid(), 'SIGHUP')],
  ])('restores the main screen, the cursor and mouse reporting after %s, mid-interview with the wheel on', async (_name, stop) => {
    if (!hasTmux()) throw new Error('tmux is required for the end-to-end tests (.ci/run installs it)');
    term = startTmux({ env: { MOCKVIEW_HOME: tempDir(), MOCKVIEW_MOUSE: '1' }, args: ['interview', '--model', 'demo', '--role', 'Backend', '--questions', '2'] });
    await term.waitFor(/Interview › Setup/);
    await term.send('Enter');
    await term.waitFor(/Interviewer {2}\S[\s\S]*Type your answer/, 20_000);
    expect(term.modes()).toMatchObject({ alternate: true, mouse: true });
    await stop(term);
    await term.waitFor(/EXITED/);
    // (tmux 3.3 does not report bracketed paste; the same write that turns the mouse off turns it off.)
    expect(term.modes()).toMatchObject({ alternate: false, cursor: true, mouse: false });
    expect(term.screen()).not.toMatch(/Interviewer|Your answer/);
  });
});
