// The chat as a person sees it in a real-size terminal (a headless emulator, Ink 8's own writer,
// keys through the production key-by-key path): a frame exactly as tall as the terminal, the
// transcript a viewport the app scrolls, overlays that keep what is underneath running and typed,
// and nothing wider than the terminal. Every wait is for a frame, never for the clock.
import { renderInTerminal, type TerminalApp } from '../helpers/terminal.js';
import stringWidth from 'string-width';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../src/interview/session.js';
import { openStore } from '../../src/store/index.js';
import type { InterviewSetup, Session, Turn } from '../../src/store/schema.js';
import type { Store } from '../../src/store/types.js';
import { startFakeBedrock, type FakeBedrock } from '../fake-bedrock/server.js';
import { testConfig } from '../helpers/config.js';
import { KEYS } from '../helpers/ink.js';
import { tempDir } from '../helpers/tmp.js';
import { waitForDir } from '../helpers/watch.js';

let fake: FakeBedrock;
let app: TerminalApp | undefined;
beforeAll(async () => {
  fake = await startFakeBedrock();
  process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME = fake.url;
});
afterEach(() => {
  app?.unmount();
  app = undefined;
});
afterAll(() => fake.close());

let sessionsDir = '';

function chat(turns: Turn[] = [], size: { columns?: number; rows?: number; env?: NodeJS.ProcessEnv } = {}, extra: Partial<Session> = {}) {
  const store = openStore({ dataDir: tempDir() });
  store.addModel(testConfig({ name: 'Claude' }));
  const setup: InterviewSetup = { type: 'behavioural', role: 'Backend engineer', level: 'senior', questionCount: 8, language: 'English', modelName: 'Claude' };
  const session = { ...createSession(setup, 'Claude 3.5 Haiku · us-east-1', Date.now()), turns, ...extra };
  store.saveSession(session);
  sessionsDir = store.paths.sessions;
  app = renderInTerminal({ screen: 'interview', sessionId: session.id }, { store, ...size });
  return { app, store, id: session.id, saved: () => store.getSession(session.id)! };
}

/** The answer box is open and empty (its placeholder shows only while it takes an answer). */
const answering = (s: string[]): boolean => s.some((l) => l.includes('Type your answer…'));
const idle = (s: string[]): boolean => s.some((l) => l.includes('› Your answer')) && !s.some((l) => /streaming|waiting for the first/.test(l));
const text = (s: string[]): string => s.join('\n');

/** n questions, each answered but the last (or every one, when `answered`). */
function history(n: number, answered = false): Turn[] {
  const at = new Date().toISOString();
  const turns: Turn[] = [];
  for (let q = 1; q <= n; q++) {
    turns.push({ role: 'interviewer', text: `Question number ${q}: tell me about a time you changed course on a project.`, at, questionNumber: q });
    if (q < n || answered) turns.push({ role: 'candidate', text: `Answer ${q}. ${'We measured, we decided, we shipped. '.repeat(4)}`, at, questionNumber: q, timing: { thinkMs: 1000, answeringMs: 60_000, words: 20 } });
  }
  return turns;
}

/** Waits until the stored session passes `check`: re-read whenever the sessions folder changes. */
async function waitSaved(saved: () => Session, check: (s: Session) => boolean, what: string, ms = 10_000): Promise<void> {
  await waitForDir(sessionsDir, () => check(saved()), what, ms);
}

describe('interview chat in a terminal', () => {
  it('draws exactly the terminal: header on the first row, the hint bar on the last, every frame', async () => {
    fake.setScenario({ kind: 'normal', text: '[Q1] Tell me about a time you had to push back on a deadline.' });
    const { app } = chat([], { rows: 23 });
    const s = await app.waitFor((x) => answering(x) && /Enter send/.test(x[22] ?? ''));
    expect(s).toHaveLength(23);
    expect(s[0]).toMatch(/^ mockview · Behavioural · Backend engineer \(senior\).*Q1\/8/);
    expect(s[22]).toMatch(/Enter send/);
    expect(text(s)).toMatch(/Interviewer\s+Tell me about a time you had to push back on a deadline\./);
    expect(app.tooWide()).toEqual([]);
  });

  it('turns pages while a long reply streams, and the whole reply reads back with PgUp and Home', async () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} starts here and runs long enough to wrap onto a second row of the terminal, ending ${i + 1}.`);
    fake.setScenario({ kind: 'normal', text: `[Q1] ${paragraphs.join('\n\n')}`, deltas: 120, tokensPerSecond: 60 });
    const { app, saved } = chat();
    // While it streams, the newest text is always in sight. (60 tokens/s keeps the reply streaming for
    // two seconds: at 300 a loaded machine drew the finished reply before any frame in between.)
    await app.waitFor(/ending 6\./);
    await waitSaved(saved, (s) => s.turns.length === 1 && !s.turns[0]?.streaming, 'the reply');
    const end = await app.waitFor((s) => answering(s) && text(s).includes('ending 12.'));
    expect(text(end)).not.toContain('Paragraph 1 starts');
    await app.press(KEYS.pageUp);
    await app.waitFor(/Reading back · lines/);
    await app.press(KEYS.home);
    const top = await app.waitFor(/Interviewer\s+Paragraph 1 starts here/);
    expect(top[0]).toMatch(/^ mockview/);
    // End returns to the bottom: the current question's end is in sight again.
    await app.press(KEYS.end);
    await app.waitFor((s) => text(s).includes('ending 12.') && !text(s).includes('Reading back'));
    expect(app.tooWide()).toEqual([]);
  });

  it('replaces a retried reply in place: the old wording leaves no row behind', async () => {
    let n = 0;
    fake.setScenario(() => ({ kind: 'normal', text: ++n === 1 ? '[Q1] The first wording of the question?' : '[Q1] The second wording, after Ctrl+R?' }));
    const { app } = chat();
    await app.waitFor((s) => answering(s) && text(s).includes('The first wording'));
    await app.press('\u0012'); // Ctrl+R
    const s = await app.waitFor((x) => answering(x) && text(x).includes('The second wording'));
    expect(text(s)).not.toContain('The first wording');
  });

  it('reads back with PgUp while an answer is half typed; Esc returns to it as it was, with the current question', async () => {
    fake.setScenario({ kind: 'normal', text: '[Q5] never asked' });
    const { app } = chat(history(5));
    await app.waitFor(answering);
    await app.press(...'half an answer'.split(''));
    await app.waitFor(/half an answer/);
    expect(text(app.screen())).not.toContain('Question number 1:');
    await app.press(KEYS.pageUp, KEYS.home);
    await app.waitFor(/Interviewer\s+Question number 1:/);
    await app.press(KEYS.escape);
    const back = await app.waitFor((s) => text(s).includes('half an answer') && !text(s).includes('Reading back'));
    expect(text(back)).toMatch(/Question number 5:/);
  });

  it('keeps the stream running and the draft kept under the ? help', async () => {
    fake.setScenario({ kind: 'long', tokens: 300, tokensPerSecond: 60 });
    const { app, saved } = chat(history(1, true), {}, { draft: 'a draft kept under help' });
    await app.waitFor(/● streaming/);
    await app.press('?');
    await app.waitFor(/Keys/);
    const before = saved().turns.at(-1)?.text.length ?? 0;
    // The reply goes on arriving (and being saved) while help covers the screen.
    await waitSaved(saved, (s) => !s.turns.at(-1)?.streaming && (s.turns.at(-1)?.text.length ?? 0) > before, 'the reply finished under help', 20_000);
    expect(text(app.screen())).toMatch(/Keys/);
    await app.press(KEYS.escape);
    const back = await app.waitFor((x) => idle(x) && text(x).includes('a draft kept under help'));
    expect(text(back)).toMatch(/the word\./);
  });

  it('shows a warning over a terminal below 80×23 while the reply goes on; the draft survives the resize', async () => {
    fake.setScenario({ kind: 'long', tokens: 200, tokensPerSecond: 80 });
    const { app, saved } = chat(history(1, true), {}, { draft: 'my saved draft' });
    await app.waitFor(/● streaming/);
    expect(text(app.screen())).toContain('my saved draft');
    app.resize(70, 20);
    await app.waitFor(/Terminal too small: 70×20/);
    await waitSaved(saved, (s) => !s.turns.at(-1)?.streaming && s.turns.length === 3, 'the reply finished under the warning', 20_000);
    app.resize(80, 23);
    const s = await app.waitFor((x) => idle(x) && text(x).includes('my saved draft'));
    expect(s).toHaveLength(23);
    expect(text(s)).not.toContain('too small');
  });

  it('asks before leaving with a typed answer, saves the draft with the session, and brings it back on resume', async () => {
    fake.setScenario({ kind: 'normal', text: '[Q1] Tell me about yourself.' });
    const { app, store, id, saved } = chat();
    await app.waitFor(answering);
    await app.press(...'I lead the payments team'.split(''));
    await app.press(KEYS.escape);
    const asking = await app.waitFor(/Leave the interview\?/);
    // The bar says what Esc does here (stays), not the shell's "Esc back".
    expect(asking.at(-1)).toMatch(/n\/Esc stay/);
    expect(asking.at(-1)).not.toMatch(/Esc back/);
    await app.press('n');
    await app.waitFor((s) => !text(s).includes('Leave the interview?') && text(s).includes('I lead the payments team'));
    await waitSaved(saved, (s) => s.draft === 'I lead the payments team', 'the draft');
    app.unmount();
    // Resumed: the draft is back in the editor.
    const resumed = renderInTerminal({ screen: 'interview', sessionId: id }, { store: store as Store });
    try {
      await resumed.waitFor(/I lead the payments team/);
    } finally {
      resumed.unmount();
    }
  });

  it('renders the interviewer as Markdown, wraps Chinese by width and keeps the error box inside 80 columns', async () => {
    let n = 0;
    fake.setScenario(() =>
      ++n === 1
        ? { kind: 'normal', text: '[Q1] **请介绍**一个项目：\n\n- 你负责的部分和结果，以及你如何衡量它的成功与否，请详细说明具体的指标\n- `p99` 延迟' }
        : { kind: 'httpError', error: 'accessDenied', message: 'You do not have access \u001b]0;pwned\u0007 to the model with the specified model ID, which is a long message that must wrap.' },
    );
    const { app } = chat();
    const s = await app.waitFor((x) => answering(x) && text(x).includes('p99'));
    expect(text(s)).toMatch(/Interviewer\s+请介绍一个项目：/);
    expect(text(s)).toMatch(/• 你负责的部分/);
    expect(text(s)).not.toMatch(/\*\*|`/);
    await app.press(...'ok'.split(''), KEYS.enter);
    const e = await app.waitFor(/╰/);
    for (const l of e) expect(stringWidth(l)).toBeLessThan(80);
    expect(text(e)).not.toContain('pwned\u0007');
    expect(app.tooWide()).toEqual([]);
  });
});
