import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/bedrock/error-types.js';
import {
  bandFor,
  buildGradingPrompt,
  buildRepairRequest,
  checklistFeedback,
  gradeSession,
  parseGraderOutput,
  textFallbackFeedback,
} from '../../src/interview/feedback.js';
import { createDemoProvider } from '../../src/providers/demo.js';
import type { ChatRequest, Provider, StreamEvent } from '../../src/providers/types.js';
import { FeedbackSchema, type Feedback } from '../../src/store/schema.js';
import { makeSetup, sessionFrom } from './helpers.js';

const ANSWER_1 = 'At my last job I led the migration of our billing system.\nWe  moved 40 services   in “six weeks”, and I wrote the rollback plan.';
const FOLLOW_UP_ANSWER = "I measured p99 latency and error rates; the team's dashboards helped.";
const ANSWER_2 = 'We disagreed about deadlines. I proposed a phased release and we shipped on time.';

const session = sessionFrom(makeSetup({ questionCount: 2 }), [
  { say: '[Q1] Tell me about a project you led.' },
  { answer: ANSWER_1 },
  { say: '[Follow-up] How did you know it was safe?' },
  { answer: FOLLOW_UP_ANSWER },
  { say: '[Q2] Tell me about a conflict.' },
  { answer: ANSWER_2 },
  { say: '[End] Thank you.' },
]);

const scores = { star: 4, specificity: 3, impact: 4, relevance: 5 };
function graderJson(over: { q1?: object; q2?: object; overall?: object } = {}): string {
  return JSON.stringify({
    questions: [
      { questionNumber: 1, scores, strengths: ['Clear ownership'], improvements: ['Name the risk'], betterAnswer: 'Start with the stakes.', evidence: ['I led the migration of our billing system.'], ...over.q1 },
      { questionNumber: 2, scores, strengths: ['Proposed a plan'], improvements: ['Say what you learned'], betterAnswer: 'Add the result.', evidence: ['I proposed a phased release'], ...over.q2 },
    ],
    overall: { score: 72, summary: 'Solid, specific answers.', ...over.overall },
  });
}

const parse = (text: string) => parseGraderOutput(text, session, 'sonnet');
const graded = (text: string): Extract<Feedback, { kind: 'graded' }> => {
  const r = parse(text);
  if (!r.ok) throw new Error(r.error);
  if (r.feedback.kind !== 'graded') throw new Error('not graded');
  return r.feedback;
};

describe('grading prompt', () => {
  it('asks for strict JSON with the exact schema and the type criteria', () => {
    const { system, messages } = buildGradingPrompt(session);
    expect(system).toContain('[mockview-grading]');
    expect(system).toMatch(/ONLY one JSON object/);
    for (const key of ['"questionNumber"', '"scores"', '"star"', '"specificity"', '"impact"', '"relevance"', '"strengths"', '"improvements"', '"betterAnswer"', '"evidence"', '"overall"', '"summary"']) {
      expect(system).toContain(key);
    }
    expect(system).toMatch(/character for character/);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.text).toContain(FOLLOW_UP_ANSWER);
    expect(messages[0]!.text).toContain('Interviewer (follow-up): How did you know it was safe?');
    const technical = buildGradingPrompt(sessionFrom(makeSetup({ type: 'coding', questionCount: 1 }), [{ say: '[Q1] Reverse a list.' }, { answer: 'Two pointers.' }]));
    for (const key of ['correctness', 'depth', 'tradeoffs', 'communication']) expect(technical.system).toContain(`"${key}"`);
    expect(technical.system).not.toContain('"star"');
  });

  it('the repair request carries the bad reply and the error, and asks for shorter strings after truncation', () => {
    const [assistant, user] = buildRepairRequest('{"questions": [', 'the JSON is cut off before its end (truncated)');
    expect(assistant).toEqual({ role: 'assistant', text: '{"questions": [' });
    expect(user!.role).toBe('user');
    expect(user!.text).toContain('the JSON is cut off');
    expect(user!.text).toMatch(/keep every string short/);
    expect(buildRepairRequest('  ', 'no JSON object in the reply')[0]!.text).toBe('(empty reply)');
  });
});

describe('parseGraderOutput', () => {
  it('reads valid JSON into graded feedback with bands and verified evidence', () => {
    const f = graded(graderJson());
    expect(FeedbackSchema.parse(f)).toEqual(f);
    expect(f.overall).toEqual({ score: 72, band: 'Solid', summary: 'Solid, specific answers.' });
    expect(f.graderModel).toBe('sonnet');
    expect(f.questions[0]).toMatchObject({ questionNumber: 1, question: 'Tell me about a project you led.', scores, evidence: [{ quote: 'I led the migration of our billing system.', verified: true }] });
    expect(f.droppedQuotes).toBe(0);
  });

  it('finds the JSON inside ```json fences and prose', () => {
    expect(graded('```json\n' + graderJson() + '\n```').overall.score).toBe(72);
    expect(graded('Here is my assessment:\n\n' + graderJson() + '\n\nLet me know if you need more.').overall.score).toBe(72);
    expect(graded(graderJson().replace(/}]/, '},]')).questions).toHaveLength(2); // trailing comma
  });

  it('coerces numbers sent as strings and accepts near-miss criterion names', () => {
    const f = graded(graderJson({ q1: { scores: { STAR: '4', Specificity: 3, impact: '5', relevance: 2 } }, overall: { score: '81' } }));
    expect(f.questions[0]!.scores).toEqual({ star: 4, specificity: 3, impact: 5, relevance: 2 });
    expect(f.overall).toMatchObject({ score: 81, band: 'Strong' });
  });

  it.each([
    ['invalid JSON', '{"questions": [}', /invalid JSON/],
    ['truncated JSON', graderJson().slice(0, 200), /truncated/],
    ['no JSON at all', 'The candidate did well overall.', /no JSON object/],
    ['a score out of range', graderJson({ q1: { scores: { ...scores, star: 6 } } }), /questions\.0\.scores\.star/],
    ['a fractional score', graderJson({ q1: { scores: { ...scores, star: 3.5 } } }), /whole number/],
    ['an overall score out of range', graderJson({ overall: { score: 140 } }), /overall\.score/],
    ['wrong types', JSON.stringify({ questions: 'all good', overall: { score: 'high' } }), /does not match the schema/],
    ['a missing criterion', graderJson({ q2: { scores: { star: 3, impact: 3, relevance: 3 } } }), /question 2: scores are missing specificity/],
    ['a missing question', JSON.stringify({ questions: [JSON.parse(graderJson()).questions[0]], overall: { score: 50, summary: '' } }), /question 2 was not graded/],
    ['an unknown question', graderJson({ q2: { questionNumber: 9 } }), /question 9 was not in the transcript/],
    ['a question graded twice', graderJson({ q2: { questionNumber: 1 } }), /graded twice/],
    ['an array instead of an object', '[1, 2, 3]', /no JSON object|does not match/],
  ])('reports %s as an error, never throws', (_name, text, error) => {
    const r = parse(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });

  it('drops fabricated quotes and counts them; keeps whitespace- and quote-normalised ones', () => {
    const f = graded(
      graderJson({
        q1: {
          evidence: [
            'We moved 40 services in "six weeks", and I wrote the rollback plan.', // spaces and curly quotes differ: kept
            'I measured p99 latency and error rates; the team’s dashboards helped.', // from the follow-up answer, curly apostrophe
            '"I led the migration of our billing system."', // wrapped in quotes by the model
            'I led the entire company through the migration.', // invented
            'i led the migration', // case changed: not verbatim
            'I proposed a phased release', // from question 2's answer, not this one
          ],
        },
        q2: { evidence: 'I proposed a phased release and we shipped on time.' },
      }),
    );
    expect(f.questions[0]!.evidence.map((e) => e.quote)).toEqual([
      'We moved 40 services in "six weeks", and I wrote the rollback plan.',
      "I measured p99 latency and error rates; the team's dashboards helped.",
      'I led the migration of our billing system.',
    ]);
    expect(f.questions[0]!.evidence.every((e) => e.verified)).toBe(true);
    expect(f.questions[1]!.evidence).toEqual([{ quote: 'I proposed a phased release and we shipped on time.', verified: true }]);
    expect(f.droppedQuotes).toBe(3);
  });

  it('bands scores', () => {
    expect([0, 39, 40, 59, 60, 74, 75, 89, 90, 100].map(bandFor)).toEqual([
      'Not yet', 'Not yet', 'Developing', 'Developing', 'Solid', 'Solid', 'Strong', 'Strong', 'Outstanding', 'Outstanding',
    ]);
  });
});

/** A plain Provider that replies with the given texts in turn and records the requests. */
function fakeProvider(replies: string[]): Provider & { requests: ChatRequest[] } {
  const requests: ChatRequest[] = [];
  return {
    kind: 'bedrock',
    label: 'Fake grader',
    offline: false,
    requests,
    async *stream(request: ChatRequest): AsyncGenerator<StreamEvent> {
      requests.push(request);
      const text = replies.shift() ?? '';
      for (const piece of text.match(/[\s\S]{1,20}/g) ?? []) yield { type: 'text', text: piece };
      yield { type: 'stop', reason: 'end_turn' };
    },
  };
}

describe('gradeSession', () => {
  it('returns graded feedback from a good first reply', async () => {
    const provider = fakeProvider([graderJson()]);
    const seen: string[] = [];
    const f = await gradeSession(session, provider, { graderModel: 'sonnet', onText: (t) => seen.push(t) });
    expect(f.kind).toBe('graded');
    expect(provider.requests).toHaveLength(1);
    expect(seen.at(-1)).toBe(graderJson());
  });

  it('sends one repair request after a bad reply and uses the repaired one', async () => {
    const bad = '```json\n{"questions": [{"questionNumber": 1, "scores": {"star": 9}}';
    const provider = fakeProvider([bad, graderJson()]);
    const f = await gradeSession(session, provider, { graderModel: 'sonnet' });
    expect(f).toMatchObject({ kind: 'graded', overall: { score: 72 } });
    expect(provider.requests).toHaveLength(2);
    const repair = provider.requests[1]!.messages;
    expect(repair.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(repair[1]!.text).toBe(bad);
    expect(repair[2]!.text).toMatch(/truncated/);
    expect(provider.requests[1]!.system).toBe(provider.requests[0]!.system);
  });

  it('falls back to readable text after two bad replies, without throwing', async () => {
    const provider = fakeProvider(['Overall the candidate did well. Q1: 4/5.', '{"questions": "four"}']);
    const f = await gradeSession(session, provider, { graderModel: 'sonnet' });
    expect(f).toMatchObject({ kind: 'text', graderModel: 'sonnet', text: 'Overall the candidate did well. Q1: 4/5.' });
    if (f.kind === 'text') expect(f.reason).toMatch(/even after one repair request/);
    expect(provider.requests).toHaveLength(2);
    expect(FeedbackSchema.parse(f)).toEqual(f);
  });

  it('uses the first reply as text when the repair request itself fails', async () => {
    const provider: Provider = {
      kind: 'bedrock',
      label: 'flaky',
      offline: false,
      async *stream(request) {
        if (request.messages.length > 1) throw new ProviderError('throttled', 'Throttled', 'wait', { message: 'slow down' });
        yield { type: 'text', text: 'Good answers, no JSON.' };
      },
    };
    const f = await gradeSession(session, provider, { graderModel: 'g' });
    expect(f).toMatchObject({ kind: 'text', text: 'Good answers, no JSON.' });
    if (f.kind === 'text') expect(f.reason).toMatch(/repair request failed: Throttled/);
  });

  it('lets a cancelled or unreachable grader throw its ProviderError', async () => {
    const provider: Provider = {
      kind: 'bedrock',
      label: 'down',
      offline: false,
      // eslint-disable-next-line require-yield
      async *stream() {
        throw new ProviderError('connection-lost', 'Connection lost', 'check the network', { message: 'ECONNRESET' });
      },
    };
    await expect(gradeSession(session, provider, { graderModel: 'g' })).rejects.toMatchObject({ errorClass: 'connection-lost' });
  });

  it('gives the offline demo a checklist instead of grades', async () => {
    const f = await gradeSession(session, createDemoProvider({ tokensPerSecond: Infinity }), { graderModel: 'Offline demo' });
    expect(f.kind).toBe('checklist');
  });

  it('textFallbackFeedback strips fences only', () => {
    expect(textFallbackFeedback('```json\n{"a": 1\n```', 'g', 'why')).toEqual({ kind: 'text', graderModel: 'g', text: '{"a": 1', reason: 'why' });
    expect(textFallbackFeedback('', 'g', 'why').kind).toBe('text');
  });
});

describe('checklistFeedback', () => {
  it('checks each answered question with heuristics, undecided where it cannot tell', () => {
    const f = checklistFeedback(session);
    expect(FeedbackSchema.parse(f)).toEqual(f);
    if (f.kind !== 'checklist') throw new Error('kind');
    expect(f.questions.map((q) => q.questionNumber)).toEqual([1, 2]);
    const q1 = Object.fromEntries(f.questions[0]!.checklist.map((c) => [c.item, c.met]));
    expect(q1['Measurable result (a number)']).toBe(true);
    expect(q1['Your own action ("I", not only "we")']).toBe(true);
    expect(q1['Situation stated (when, where, what was at stake)']).toBe(true);
    const q2 = Object.fromEntries(f.questions[1]!.checklist.map((c) => [c.item, c.met]));
    expect(q2['Measurable result (a number)']).toBe(false);
    expect(q2['Enough detail (more than 40 words)']).toBe(false);

    const zh = checklistFeedback(sessionFrom(makeSetup({ questionCount: 1 }), [{ say: '[Q1] 讲一个冲突。' }, { answer: '去年我和同事在发布时间上有分歧，我提出分阶段发布，最后提前3天上线。' }]));
    if (zh.kind !== 'checklist') throw new Error('kind');
    const items = Object.fromEntries(zh.questions[0]!.checklist.map((c) => [c.item, c.met]));
    expect(items['Your own action ("I", not only "we")']).toBeNull();
    expect(items['Measurable result (a number)']).toBe(true);
  });

  it('uses an introduction checklist for the self-introduction and type-specific items otherwise', () => {
    const s = sessionFrom(makeSetup({ type: 'coding', questionCount: 2 }), [
      { say: '[Q1] Could you introduce yourself?' },
      { answer: "I'm a backend engineer with 6 years of experience." },
      { say: '[Q2] Find duplicates in an array.' },
      { answer: 'My approach: a hash set, O(n) time. Edge cases: empty input. I would test it with duplicates at both ends.' },
    ]);
    const f = checklistFeedback(s);
    if (f.kind !== 'checklist') throw new Error('kind');
    expect(f.questions[0]!.checklist.map((c) => c.item)).toContain('Says what you do now');
    expect(f.questions[1]!.checklist.filter((c) => c.met === true).map((c) => c.item)).toEqual([
      'Approach stated before details',
      'Time and space complexity',
      'Edge cases',
      'How you would test it',
    ]);
  });
});
