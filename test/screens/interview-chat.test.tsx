import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../src/interview/session.js';
import { openStore } from '../../src/store/index.js';
import type { InterviewSetup } from '../../src/store/schema.js';
import { startFakeBedrock, type FakeBedrock } from '../fake-bedrock/server.js';
import { testConfig } from '../helpers/config.js';
import { KEYS, renderApp, waitForFrame } from '../helpers/ink.js';
import { tempDir } from '../helpers/tmp.js';

let fake: FakeBedrock;
beforeAll(async () => {
  fake = await startFakeBedrock();
  process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME = fake.url;
});
afterAll(() => fake.close());

async function chat(modelName = 'Claude') {
  const store = openStore({ dataDir: tempDir() });
  store.addModel(testConfig({ name: 'Claude' }));
  const setup: InterviewSetup = { type: 'behavioural', role: 'Backend engineer', level: 'senior', questionCount: 3, language: 'English', modelName };
  const session = createSession(setup, 'Claude 3.5 Haiku · us-east-1', Date.now());
  store.saveSession(session);
  const app = await renderApp({ screen: 'interview', sessionId: session.id }, { store });
  const saved = () => store.getSession(session.id)!;
  return { ...app, saved };
}

const allFrames = (frames: string[]): string => frames.join('\n');

describe('interview chat', () => {
  it('streams the question live, then commits it and waits for the answer', async () => {
    fake.setScenario({ kind: 'normal', text: '[Q1] Tell me about a time you had to push back on a deadline.', deltas: 8, tokensPerSecond: 40 });
    const app = await chat();
    await waitForFrame(app.frame, /streaming|waiting for the first token/);
    await waitForFrame(() => allFrames(app.frames), /push back on a deadline/);
    await waitForFrame(() => (app.saved().turns[0]?.streaming === undefined && app.saved().turns.length === 1 ? 'ok' : ''), /ok/);
    expect(app.saved().turns[0]).toMatchObject({ role: 'interviewer', questionNumber: 1, text: 'Tell me about a time you had to push back on a deadline.' });
    // The stored turn and the frame are written apart (Ink draws at most 15 frames a second).
    await waitForFrame(app.frame, /Type your answer…/);
    expect(app.frame()).toMatch(/Q1\/3/);
    expect(app.frame()).toContain('Type your answer…');
  });

  it('sends a multi-line answer with Enter, Ctrl+J making new lines, and records its timing', async () => {
    let n = 0;
    fake.setScenario(() => (++n === 1 ? { kind: 'normal', text: '[Q1] Tell me about yourself.' } : { kind: 'normal', text: '[Q2] What did you measure?' }));
    const app = await chat();
    await waitForFrame(() => (app.saved().turns.length === 1 && !app.saved().turns[0]?.streaming ? 'ok' : ''), /ok/);
    await app.press('I run the payments team.', '\n', 'We ship weekly.');
    expect(app.frame()).toMatch(/I run the payments team\.\s*\n.*We ship weekly\./);
    await app.press(KEYS.enter);
    await waitForFrame(() => (app.saved().turns.length >= 3 ? 'ok' : ''), /ok/);
    const answer = app.saved().turns[1]!;
    expect(answer).toMatchObject({ role: 'candidate', text: 'I run the payments team.\nWe ship weekly.', questionNumber: 1 });
    expect(answer.timing?.words).toBe(8);
  });

  it('cancels a streaming reply with Esc and keeps the partial text, marked cut', async () => {
    fake.setScenario({ kind: 'long', tokens: 400, tokensPerSecond: 40 });
    const app = await chat();
    await waitForFrame(() => allFrames(app.frames), /the answer the/);
    await app.press(KEYS.escape);
    await waitForFrame(() => (app.saved().turns[0]?.cut ? 'ok' : ''), /ok/);
    const turn = app.saved().turns[0]!;
    expect(turn.text.startsWith('the answer')).toBe(true);
    expect(turn.text.split(' ').length).toBeLessThan(300);
    await waitForFrame(app.frame, /Reply cut/);
  });

  it('retries the last turn with Ctrl+R after a failure', async () => {
    let n = 0;
    fake.setScenario(() => (++n === 1 ? { kind: 'exception', exception: 'modelStreamErrorException', afterDeltas: 1 } : { kind: 'normal', text: '[Q1] Second try works.' }));
    const app = await chat();
    await waitForFrame(app.frame, /✗ The model failed while answering/);
    await app.press('\u0012'); // Ctrl+R
    await waitForFrame(() => (app.saved().turns.some((t) => t.text === 'Second try works.') ? 'ok' : ''), /ok/);
    expect(app.saved().turns.filter((t) => t.role === 'interviewer')).toHaveLength(1);
  });

  it('ends the interview with Ctrl+E and saves it finished', async () => {
    fake.setScenario({ kind: 'normal', text: '[Q1] Tell me about yourself.' });
    const app = await chat();
    await waitForFrame(() => (app.saved().turns.length === 1 && !app.saved().turns[0]?.streaming ? 'ok' : ''), /ok/);
    await app.press('A short answer about my team and the systems we run in production every day.', KEYS.enter);
    await waitForFrame(() => (app.saved().turns.some((t) => t.role === 'candidate') ? 'ok' : ''), /ok/);
    await app.press('\u0005'); // Ctrl+E
    await waitForFrame(app.frame, /The interview is over/);
    expect(app.saved().status).toBe('finished');
  });
});
