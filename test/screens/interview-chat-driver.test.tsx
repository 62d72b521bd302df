// The chat screen on the interview driver, typed through the real app against the fake Bedrock with
// the real SDK: a model that breaks a rule is asked again (and flagged when it persists), the plan's
// count ends the interview, thinking is shown apart from the reply, and stop reasons are said.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planInterview } from '../../src/interview/plan.js';
import { createSession } from '../../src/interview/session.js';
import { openStore } from '../../src/store/index.js';
import type { InterviewSetup } from '../../src/store/schema.js';
import { scriptedScenario, type ScriptedRequest } from '../fake-bedrock/scripted.js';
import { startFakeBedrock, type FakeBedrock } from '../fake-bedrock/server.js';
import { askedFor, isCorrection, wellBehaved } from '../harness/model.js';
import { testConfig } from '../helpers/config.js';
import { KEYS, renderApp, waitForFrame } from '../helpers/ink.js';
import { tempDir } from '../helpers/tmp.js';

let fake: FakeBedrock;
beforeAll(async () => {
  fake = await startFakeBedrock();
  process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME = fake.url;
});
afterAll(() => fake.close());

const SETUP: InterviewSetup = { type: 'behavioural', role: 'Backend engineer', level: 'senior', questionCount: 2, language: 'English', modelName: 'Claude' };

async function chat(setup: InterviewSetup = SETUP, env?: NodeJS.ProcessEnv) {
  const store = openStore({ dataDir: tempDir() });
  store.addModel(testConfig({ name: 'Claude' }));
  const session = createSession(setup, 'Claude · us-east-1', Date.now());
  store.saveSession(session);
  const app = await renderApp({ screen: 'interview', sessionId: session.id }, { store, ...(env ? { env } : {}) });
  const saved = () => store.getSession(session.id)!;
  /** Waits until the interviewer's last message is stored (not streaming) and the screen asks for an answer. */
  const answerable = async (count: number): Promise<void> => {
    await waitForFrame(() => (saved().turns.filter((t) => t.role === 'interviewer' && !t.streaming).length >= count ? 'ok' : ''), /ok/);
    await waitForFrame(app.frame, /Type your answer…/);
  };
  return { ...app, saved, answerable };
}

const TWO_AT_ONCE = '[Q2] Which deadline did you push back on? And what was the result?';
/** Answers the first question through the editor. */
async function answerFirst(app: Awaited<ReturnType<typeof chat>>): Promise<void> {
  await app.answerable(1);
  await app.press('I am a backend engineer who has run payment systems for six years.', KEYS.enter);
}

const all = (frames: string[]): string => frames.join('\n');

describe('interview chat on the driver', () => {
  it('asks the model again when it puts two questions in one message, and shows only the corrected turn', async () => {
    const model = scriptedScenario((req: ScriptedRequest) => (askedFor(req.system).next === 2 && !isCorrection(req) ? TWO_AT_ONCE : wellBehaved(req)), { tokensPerSecond: 60 });
    fake.setScenario(model);
    const app = await chat();
    await answerFirst(app);
    await app.answerable(2);
    const f = app.frame();
    expect(f).toMatch(/asked again once: .*more than one question/);
    expect(f).not.toContain('And what was the result?');
    const second = app.saved().turns.at(-1)!;
    expect(second).toMatchObject({ role: 'interviewer', questionNumber: 2 });
    expect(second.text).not.toContain('And what was the result?');
    expect(second.flags).toBeUndefined();
    // The corrective request said what was wrong.
    expect(model.served).toHaveLength(3);
    expect(model.served[2]!.messages.at(-1)!.text).toMatch(/more than one question/);
    expect(all(app.frames)).toMatch(/asked again/);
    app.unmount();
  });

  it('stores and shows the turn flagged when the model keeps breaking the rule', async () => {
    const model = scriptedScenario((req: ScriptedRequest) => (askedFor(req.system).next === 2 ? TWO_AT_ONCE : wellBehaved(req)));
    fake.setScenario(model);
    const app = await chat();
    await answerFirst(app);
    await app.answerable(2);
    expect(app.saved().turns.at(-1)!.flags).toEqual(['one-question']);
    expect(app.frame()).toMatch(/⚑ flagged: more than one question in one message/);
    app.unmount();
  });

  it("shows Q n/M from the plan and ends the interview at the plan's count by itself", async () => {
    const model = scriptedScenario((req: ScriptedRequest) => wellBehaved(req));
    fake.setScenario(model);
    const app = await chat();
    const planned = planInterview(SETUP).slots.length;
    await app.answerable(1);
    expect(app.frame()).toContain(`Q1/${planned}`);
    // Answer whatever is asked until the app itself says the interview is over (never more than planned + close).
    for (let i = 1; i <= planned + 3; i++) {
      const next = await waitForFrame(() => {
        const saved = app.saved();
        if (saved.status === 'finished') return 'over';
        const asked = saved.turns.filter((t) => t.role === 'interviewer' && !t.streaming).length >= i;
        return asked && /Type your answer…/.test(app.frame()) ? 'answer' : '';
      }, /over|answer/);
      if (next === 'over') break;
      await app.press(`My answer number ${i}: I led the migration, measured latency and cut it by 30 percent.`, KEYS.enter);
      await waitForFrame(() => (app.saved().turns.filter((t) => t.role === 'candidate').length >= i ? 'ok' : ''), /ok/);
    }
    await waitForFrame(app.frame, /The interview is over/, 8000);
    expect(app.saved().status).toBe('finished');
    expect(new Set(app.saved().turns.map((t) => t.questionNumber).filter((n) => n !== undefined)).size).toBe(planned);
    expect(app.frame()).toContain(`Q${planned}/${planned}`);
    app.unmount();
  });

  it('shows the thinking apart from the reply, opens it with Ctrl+T, and never stores it', async () => {
    fake.setScenario({
      kind: 'reasoning',
      thinking: ['Let me weigh the senior backend role. ', 'A deadline story tests pushback. ', 'Keep it to one question.'],
      thinkingMs: 250,
      text: '[Q1] Tell me about a time you pushed back on a deadline.',
    });
    const app = await chat();
    await waitForFrame(app.frame, /▸ thinking… .*(senior backend|deadline story)/);
    expect(app.frame()).not.toMatch(/Interviewer.*Let me weigh/);
    await app.press('\u0014'); // Ctrl+T
    await waitForFrame(app.frame, /▾ thinking \(Ctrl\+T folds\)/);
    await app.answerable(1);
    const turn = app.saved().turns[0]!;
    expect(turn.text).toBe('Tell me about a time you pushed back on a deadline.');
    expect(JSON.stringify(app.saved())).not.toContain('Let me weigh');
    // Thinking belongs to the reply in flight: once the reply is stored, only the reply is shown.
    expect(app.frame()).not.toContain('thinking');
    expect(all(app.frames)).toMatch(/▾ thinking/);
    app.unmount();
  });

  it('says when a reply was cut at max_tokens and keeps it marked cut', async () => {
    fake.setScenario({ kind: 'normal', text: '[Q1] Tell me about a time you pushed back on a deadline', stopReason: 'max_tokens' });
    const app = await chat();
    await app.answerable(1);
    await waitForFrame(app.frame, /Reply cut at the model’s max_tokens limit\. Ctrl\+R asks again/);
    expect(app.saved().turns[0]!.cut).toBe(true);
    app.unmount();
  });

  it("shows a guardrail's block with its fix, not the guardrail's text as the interviewer's", async () => {
    fake.setScenario({ kind: 'normal', text: 'Sorry, this content was blocked by policy.', stopReason: 'guardrail_intervened' });
    const app = await chat();
    const f = await waitForFrame(app.frame, /A guardrail or content filter blocked this reply/);
    expect(f).toMatch(/not the model's answer/);
    expect(f).toContain('Ctrl+R retries');
    app.unmount();
  });

  it('keeps the partial reply, marked cut, when the reply deadline passes, and says which limit it hit', async () => {
    fake.setScenario({ kind: 'long', tokens: 400, tokensPerSecond: 40 });
    const app = await chat(SETUP, { ...process.env, MOCKVIEW_REPLY_DEADLINE_MS: '700' });
    const f = await waitForFrame(app.frame, /The reply took longer than the reply deadline/);
    expect(f).toMatch(/The text so far is kept/);
    await waitForFrame(() => (app.saved().turns[0]?.cut && !app.saved().turns[0]?.streaming ? 'ok' : ''), /ok/);
    const turn = app.saved().turns[0]!;
    expect(turn.text.startsWith('the answer')).toBe(true);
    expect(turn.text.split(' ').length).toBeLessThan(300);
    app.unmount();
  });

  it('refuses to run an interview another live mockview has open, and asks the model nothing', async () => {
    const store = openStore({ dataDir: tempDir() });
    store.addModel(testConfig({ name: 'Claude' }));
    const session = createSession(SETUP, 'Claude · us-east-1', Date.now());
    store.saveSession(session);
    // Another mockview (our parent process: alive, not us) holds the session.
    const owner = { pid: process.ppid, host: os.hostname(), since: new Date().toISOString() };
    fs.writeFileSync(path.join(store.paths.sessions, `.${session.id}.owner`), JSON.stringify(owner));
    const before = fake.requests.length;
    const app = await renderApp({ screen: 'interview', sessionId: session.id }, { store });
    await waitForFrame(app.frame, /already open in another mockview/);
    expect(fake.requests.length).toBe(before);
    expect(store.getSession(session.id)!.turns).toHaveLength(0);
    app.unmount();
  });

  it('runs the offline demo on the driver: Ctrl+E ends, Enter opens the feedback, which grades and offers g', async () => {
    const app = await chat({ ...SETUP, modelName: 'demo' });
    await app.answerable(1);
    await app.press('I am a backend engineer; I led a payments migration and cut p99 latency by 40 percent in six months.', KEYS.enter);
    await waitForFrame(() => (app.saved().turns.filter((t) => t.role === 'candidate').length === 1 ? 'ok' : ''), /ok/);
    await app.answerable(2);
    await app.press('\u0005'); // Ctrl+E
    await waitForFrame(app.frame, /The interview is over/);
    await app.press(KEYS.enter);
    await waitForFrame(app.frame, /Self-check list/);
    await waitForFrame(app.frame, /g re-grade/);
    expect(app.saved().feedback?.kind).toBe('checklist');
    app.unmount();
  });
});
