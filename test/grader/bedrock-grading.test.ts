// The grader through the real AWS SDK against the wire-true fake Bedrock: the same outcomes as the
// gold set when the replies arrive as ConverseStream events, including a failure mid-follow-up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradeSession } from '../../src/interview/feedback.js';
import { createBedrockProvider } from '../../src/providers/bedrock.js';
import { startFakeBedrock, type FakeBedrock, type Scenario } from '../fake-bedrock/server.js';
import { testConfig } from '../helpers/config.js';
import { GOLD_CASES } from './gold.js';

let fake: FakeBedrock;
beforeAll(async () => {
  fake = await startFakeBedrock();
});
afterAll(() => fake.close());

const fast = { timeouts: { connectMs: 500, firstTokenMs: 3000, stallMs: 1000 }, retry: { baseDelayMs: 1, attempts: 1 } };
const provider = () => createBedrockProvider(testConfig({ endpoint: fake.url }), fast);

/** Serves the case's replies in order, one per request, then whatever `after` says. */
function script(replies: string[], after?: Scenario): number {
  const start = fake.requests.length;
  fake.setScenario(() => {
    const i = fake.requests.length - start - 1;
    return i < replies.length ? { kind: 'normal', text: replies[i], deltas: 7 } : (after ?? { kind: 'normal', text: '' });
  });
  return start;
}

const bodyText = (body: unknown): string => JSON.stringify(body);

describe('grading over ConverseStream', () => {
  it('asks once more for invented quotes only, and stores the repaired grades', async () => {
    const c = GOLD_CASES.find((x) => x.name.startsWith('invented quotes are asked for again'))!;
    const start = script(c.replies);
    const f = await gradeSession(c.session, provider(), { graderModel: 'Claude' });
    expect(fake.requests.length - start).toBe(2);
    const second = bodyText(fake.requests.at(-1)!.body);
    expect(second).toContain('is not in the candidate');
    expect(second).toContain('I personally rewrote the entire payment stack');
    expect(f).toMatchObject({ kind: 'graded', overall: { score: 88 }, droppedQuotes: 2 });
    expect(JSON.stringify(f)).not.toContain('Revenue doubled');
  });

  it('keeps the graded question when the follow-up fails mid-stream', async () => {
    const c = GOLD_CASES.find((x) => x.name.startsWith('after a failed follow-up'))!;
    script([c.replies[0]!], { kind: 'exception', exception: 'modelStreamErrorException', afterDeltas: 1 });
    const f = await gradeSession(c.session, provider(), { graderModel: 'Claude' });
    expect(f.kind).toBe('graded');
    if (f.kind !== 'graded') return;
    expect(f.questions.map((q) => q.questionNumber)).toEqual([1]);
    expect(f.notGraded?.map((q) => [q.questionNumber, q.reason])).toEqual([[2, 'not graded'], [3, 'not answered'], [4, 'not reached']]);
  });

  it('fences a Chinese answer and matches its quotes across the wire', async () => {
    const c = GOLD_CASES.find((x) => x.name.startsWith('简体中文'))!;
    script(c.replies);
    const f = await gradeSession(c.session, provider(), { graderModel: 'Claude' });
    expect(f).toMatchObject({ kind: 'graded', overall: { score: 94 } });
    const sent = fake.requests.at(-1)!.body as { messages: { content: { text: string }[] }[] };
    expect(sent.messages[0]!.content[0]!.text).toMatch(/\[\S+ BEGIN ANSWER 1\]\n去年双十一前/);
  });
});
