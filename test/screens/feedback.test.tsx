import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Route } from '../../src/navigation.js';
import { openStore } from '../../src/store/index.js';
import type { Feedback, Session } from '../../src/store/schema.js';
import type { Store } from '../../src/store/types.js';
import { startFakeBedrock, type FakeBedrock } from '../fake-bedrock/server.js';
import { testConfig } from '../helpers/config.js';
import { fillsScreen, KEYS, renderApp, waitForFrame } from '../helpers/ink.js';
import { tempDir } from '../helpers/tmp.js';

let fake: FakeBedrock;
beforeAll(async () => {
  fake = await startFakeBedrock();
  process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME = fake.url;
});
afterAll(() => fake.close());

/** The real app shell at a route, on this store. */
const renderScreen = (route: Route, store: Store) => renderApp(route, { store });

const at = '2026-03-01T10:00:00.000Z';
const ANSWER_1 = 'I rewrote the billing retry logic so failed payments were retried with backoff, and I measured a drop in lost charges of 30 percent.';
const ANSWER_2 = 'We argued about the schema for a week; I wrote a short design doc comparing both options and the team picked mine.';

function makeSession(overrides: Partial<Session> = {}, setup: Partial<Session['setup']> = {}): Session {
  return {
    version: 1,
    id: '2026-03-01T10-00-00-abcd',
    createdAt: at,
    updatedAt: at,
    status: 'finished',
    setup: { type: 'behavioural', role: 'Backend engineer', level: 'senior', questionCount: 2, language: 'English', modelName: 'Claude', ...setup },
    modelLabel: 'Claude 3.5 Haiku · us-east-1',
    turns: [
      { role: 'interviewer', text: 'Tell me about a time you improved reliability.', at, questionNumber: 1 },
      { role: 'candidate', text: ANSWER_1, at, questionNumber: 1 },
      { role: 'interviewer', text: 'Tell me about a disagreement with a colleague.', at, questionNumber: 2 },
      { role: 'candidate', text: ANSWER_2, at, questionNumber: 2 },
    ],
    ...overrides,
  };
}

const GRADED: Feedback = {
  kind: 'graded',
  graderModel: 'Claude',
  overall: { score: 72, band: 'Solid', summary: 'Clear stories with some numbers.' },
  droppedQuotes: 2,
  questions: [
    {
      questionNumber: 1,
      question: 'Tell me about a time you improved reliability.',
      scores: { star: 4, specificity: 3, impact: 5, relevance: 4 },
      strengths: ['Concrete metric'],
      improvements: ['Say what the situation was first'],
      betterAnswer: 'Start with the outage that made retries matter.',
      evidence: [{ quote: 'I rewrote the billing retry logic', verified: true }],
    },
  ],
};

/** What a grader model would send for makeSession(): every score backed, one invented quote among real ones. */
const c = (score: number, quote: string) => ({ score, quote, why: 'because' });
const GRADER_JSON = JSON.stringify({
  questions: [
    {
      questionNumber: 1,
      criteria: { star: c(4, 'I rewrote the billing retry logic'), specificity: c(4, 'failed payments were retried with backoff'), impact: c(3, 'a drop in lost charges of 30 percent'), relevance: c(4, 'I rewrote the billing retry logic') },
      strengths: ['Names a number'],
      improvements: ['Explain the situation'],
      betterAnswer: 'Open with the outage, then the retry design.',
      evidence: ['We tripled revenue overnight'],
    },
    {
      questionNumber: 2,
      criteria: { star: c(3, 'I wrote a short design doc comparing both options'), specificity: c(3, 'We argued about the schema for a week'), impact: c(3, 'the team picked mine.'), relevance: c(4, 'I wrote a short design doc') },
      strengths: ['Wrote a design doc'],
      improvements: ['Say what you learned'],
      betterAnswer: 'Add the outcome and the lesson.',
    },
  ],
  summary: 'Solid answers; results need more numbers.',
});
/** (4+4+3+4 + 3+3+3+4) / 8 = 3.5 → 62.5 → 63 */
const COMPUTED = /63\/100 · Solid/;

function storeWith(session: Session): Store {
  const store = openStore({ dataDir: tempDir() });
  store.addModel(testConfig({ name: 'Claude' }));
  store.saveSession(session);
  return store;
}

describe('feedback screen', () => {
  it('shows stored graded feedback: score and band, criterion scores, verified quotes, dropped count', async () => {
    const session = makeSession({ feedback: GRADED });
    const app = await renderScreen({ screen: 'feedback', sessionId: session.id }, storeWith(session));
    await waitForFrame(app.frame, /72\/100 · Solid/);
    const f = app.frame();
    expect(f).toContain('72/100 · Solid');
    expect(f).toContain('Clear stories with some numbers.');
    expect(f).toContain('STAR 4 · Specificity 3 · Impact 5 · Relevance 4');
    expect(f).toContain('✓ “I rewrote the billing retry logic”');
    expect(f).toContain('2 quotes from the grader left out: not found word for word');
    expect(f).toContain('Concrete metric');
    expect(fillsScreen(f)).toBe(true); // the whole terminal, every row drawn
  });

  it('shows stored text made safe: escape sequences from the grader or the store never reach the terminal', async () => {
    const hostile: Feedback = { ...GRADED, overall: { score: 72, band: 'Solid', summary: 'Fine\u001b]0;pwned\u0007 work \u001b[2J done.' } };
    const session = makeSession({ feedback: hostile }, { role: 'Backend\u001b[31m engineer' });
    const app = await renderScreen({ screen: 'feedback', sessionId: session.id }, storeWith(session));
    const f = await waitForFrame(app.frame, /done\./);
    expect(f).not.toMatch(/\u001b\]|\u001b\[2J|\u0007|\u001b\[31m/);
    // Nor anywhere in what was written to the terminal (the screen shows only what they left).
    expect(app.output()).not.toMatch(/\u001b\]|\u001b\[2J|\u0007|\u001b\[31m/);
    expect(f).toContain('␛');
    expect(f).toContain('done.');
  });

  it('shows a checklist with ✓ / ✗ / ? and the self-check note', async () => {
    const feedback: Feedback = {
      kind: 'checklist',
      questions: [
        {
          questionNumber: 1,
          question: 'Tell me about a time you improved reliability.',
          checklist: [
            { item: 'Measurable result (a number)', met: true },
            { item: 'Reflection: what you learned', met: false },
            { item: 'Situation stated', met: null },
          ],
        },
      ],
    };
    const session = makeSession({ feedback });
    const app = await renderScreen({ screen: 'feedback', sessionId: session.id }, storeWith(session));
    await waitForFrame(app.frame, /Measurable result/);
    const f = app.frame();
    expect(f).toContain('✓ Measurable result (a number)');
    expect(f).toContain('✗ Reflection: what you learned');
    expect(f).toContain('? Situation stated');
    expect(f).toMatch(/Self-check list/);
  });

  it('grades with the offline demo into a checklist when the interview used it', async () => {
    const session = makeSession({}, { modelName: 'demo' });
    const store = storeWith(session);
    const app = await renderScreen({ screen: 'feedback', sessionId: session.id }, store);
    await waitForFrame(app.frame, /Self-check list/);
    expect(store.getSession(session.id)?.feedback?.kind).toBe('checklist');
  });

  it('grades against Bedrock, drops the invented quote and saves the feedback into the session file', async () => {
    fake.setScenario({ kind: 'normal', text: GRADER_JSON, deltas: 6 });
    const session = makeSession();
    const store = storeWith(session);
    const before = fake.requests.length;
    const app = await renderScreen({ screen: 'feedback', sessionId: session.id }, store);
    await waitForFrame(app.frame, COMPUTED);
    expect(fake.requests.length).toBe(before + 1);
    const f = app.frame();
    expect(f).toContain('STAR 4 · Specificity 4 · Impact 3 · Relevance 4');
    expect(f).toContain('Impact 3 ✓ “a drop in lost charges of 30 percent”');
    expect(f).toContain('✓ “I rewrote the billing retry logic”');
    expect(f).toContain('1 quote from the grader left out: not found word for word');
    expect(f).not.toContain('tripled revenue');

    const file = path.join(store.paths.sessions, `${session.id}.json`);
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as Session;
    expect(saved.turns).toHaveLength(4);
    expect(saved.feedback).toMatchObject({ kind: 'graded', graderModel: 'Claude', droppedQuotes: 1, overall: { score: 63, band: 'Solid' } });

    // Scrolls within the window; End reaches the last question's better-answer sketch.
    expect(f).not.toContain('Add the outcome and the lesson.');
    // The frame above is the one the keys act on: no pause needed.
    await app.press(KEYS.end);
    expect(app.frame()).toContain('Add the outcome and the lesson.');
    expect(fillsScreen(app.frame())).toBe(true);
    await app.press(KEYS.home);
    expect(app.frame()).toContain('63/100 · Solid');
  });

  it('uses settings.graderModel when that model exists', async () => {
    fake.setScenario({ kind: 'normal', text: GRADER_JSON });
    const session = makeSession();
    const store = storeWith(session);
    store.addModel(testConfig({ name: 'Grader', modelId: 'anthropic.claude-3-haiku-20240307-v1:0' }));
    store.updateSettings({ graderModel: 'Grader' });
    const app = await renderScreen({ screen: 'feedback', sessionId: session.id }, store);
    await waitForFrame(app.frame, COMPUTED);
    expect(fake.requests.at(-1)?.modelId).toContain('claude-3-haiku');
    expect(store.getSession(session.id)?.feedback).toMatchObject({ graderModel: 'Grader' });
  });

  it('shows the fix on a grading failure, keeps the session, and r retries', async () => {
    fake.setScenario({ kind: 'httpError', error: 'accessDenied' });
    const session = makeSession();
    const store = storeWith(session);
    const app = await renderScreen({ screen: 'feedback', sessionId: session.id }, store);
    const f = await waitForFrame(app.frame, /Fix:/);
    expect(f).toMatch(/✗/);
    expect(f).toMatch(/Full error in Logs \(entry [^)]+\)/);
    expect(f).toContain('r to retry');
    const kept = store.getSession(session.id)!;
    expect(kept.turns).toHaveLength(4);
    expect(kept.feedback).toBeUndefined();

    fake.setScenario({ kind: 'normal', text: GRADER_JSON });
    // The failure is on screen (above): r retries now.
    await app.press('r');
    await waitForFrame(app.frame, COMPUTED);
    expect(store.getSession(session.id)?.feedback?.kind).toBe('graded');
  });

  it('exports Markdown and JSON to 0600 files under exports/', async () => {
    const session = makeSession({ feedback: GRADED });
    const store = storeWith(session);
    const app = await renderScreen({ screen: 'feedback', sessionId: session.id }, store);
    await waitForFrame(app.frame, /Feedback · /);
    await app.press('e');
    const md = path.join(store.paths.dir, 'exports', `${session.id}.md`);
    expect(app.frame()).toContain('Exported to');
    expect(fs.statSync(md).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(md)).mode & 0o777).toBe(0o700);
    const text = fs.readFileSync(md, 'utf8');
    expect(text).toContain('Overall: 72/100 — Solid');
    expect(text).toContain('I rewrote the billing retry logic');

    await app.press('j');
    const json = path.join(store.paths.dir, 'exports', `${session.id}.json`);
    expect(fs.statSync(json).mode & 0o777).toBe(0o600);
    expect(JSON.parse(fs.readFileSync(json, 'utf8')).feedback.overall.score).toBe(72);
  });

  it('Esc cancels a running grade and leaves the session as it was', async () => {
    fake.setScenario({ kind: 'normal', text: GRADER_JSON, firstTokenDelayMs: 3000 });
    const session = makeSession();
    const store = storeWith(session);
    const app = await renderScreen({ screen: 'feedback', sessionId: session.id }, store);
    await waitForFrame(app.frame, /grading with Claude…/);
    // Grading shows: Esc cancels it now.
    await app.press(KEYS.escape);
    await waitForFrame(app.frame, /Grading cancelled/);
    expect(store.getSession(session.id)?.feedback).toBeUndefined();
  });

  it('shows text feedback with its reason', async () => {
    const session = makeSession({ feedback: { kind: 'text', graderModel: 'Claude', text: 'Q1 was decent overall.', reason: 'The reply could not be read as scores.' } });
    const app = await renderScreen({ screen: 'feedback', sessionId: session.id }, storeWith(session));
    await waitForFrame(app.frame, /Why: The reply could not be read/);
    expect(app.frame()).toContain('Why: The reply could not be read as scores.');
    expect(app.frame()).toContain('Q1 was decent overall.');
  });

  it('g grades the interview again through the driver at temperature 0 and replaces the feedback', async () => {
    fake.setScenario({ kind: 'normal', text: GRADER_JSON, deltas: 6 });
    const session = makeSession({ feedback: GRADED });
    const store = storeWith(session);
    const app = await renderScreen({ screen: 'feedback', sessionId: session.id }, store);
    await waitForFrame(app.frame, /72\/100 · Solid/);
    await waitForFrame(app.frame, /g re-grade/);
    const before = fake.requests.length;
    await app.press('g');
    await waitForFrame(app.frame, COMPUTED);
    expect(fake.requests.length).toBe(before + 1);
    expect((fake.requests.at(-1)?.body as { inferenceConfig?: { temperature?: number } }).inferenceConfig?.temperature).toBe(0);
    await waitForFrame(() => ((store.getSession(session.id)?.feedback as { overall?: { score?: number } } | undefined)?.overall?.score === 63 ? 'ok' : ''), /ok/);
    expect(store.getSession(session.id)?.feedback).toMatchObject({ kind: 'graded', droppedQuotes: 1, overall: { score: 63 } });
    expect(store.getSession(session.id)?.turns).toHaveLength(4);
  });

  it('marks a score unsupported when its quote is not in the answer, even after the grader is asked again', async () => {
    const invented = GRADER_JSON.replace('the team picked mine.', 'we doubled revenue in one quarter');
    fake.setScenario({ kind: 'normal', text: invented });
    const session = makeSession();
    const store = storeWith(session);
    const app = await renderScreen({ screen: 'feedback', sessionId: session.id }, store);
    await waitForFrame(app.frame, /\d+\/100/);
    await waitForFrame(app.frame, /g re-grade/);
    await app.press(KEYS.end);
    const f = await waitForFrame(app.frame, /Impact 3 · unsupported: no quote found word for word/);
    expect(f).not.toContain('doubled revenue');
    expect(f).toContain('✓ “I wrote a short design doc comparing both options”');
  });

  it('says so when there is nothing to grade', async () => {
    const session = makeSession({ turns: [] });
    const app = await renderScreen({ screen: 'feedback', sessionId: session.id }, storeWith(session));
    await waitForFrame(app.frame, /no answers to grade/);
    expect(app.frame()).toContain('no answers to grade');
  });
});
