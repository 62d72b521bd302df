// The pure rule checker and the marker placement, fed each misbehaviour directly — and fed good
// interviewer messages, which must pass (a checker that flags good replies is as broken as one that
// flags nothing).
import { describe, expect, it } from 'vitest';
import { fallbackPlacement, placeReply } from '../../src/interview/placement.js';
import { nextDirective, planInterview, progressOf } from '../../src/interview/plan.js';
import { parseInterviewerReply } from '../../src/interview/reply.js';
import { checkReply, correctionFor, type RuleId } from '../../src/interview/rules.js';
import { findRepeat, questionOf, questionSimilarity } from '../../src/interview/similarity.js';
import type { TurnDirective } from '../../src/providers/types.js';
import { makeSetup, sessionFrom } from '../interview/helpers.js';

const interview = { type: 'behavioural' as const, role: 'Backend engineer', level: 'senior', language: 'English' };
const midway: TurnDirective = {
  kind: 'question',
  interview,
  total: 4,
  next: { number: 3, stage: 'competency' },
  current: { number: 2, stage: 'competency', text: 'Tell me about a time you disagreed with your manager.' },
  followUp: { questionNumber: 2, left: 1, stage: 'competency' },
};
const noBudget: TurnDirective = { ...midway, followUp: undefined };
const closing: TurnDirective = { kind: 'close', interview, total: 4, current: midway.current };
const farewell: TurnDirective = { kind: 'farewell', interview, total: 4, lastAnswer: 'What does the team work on next year?' };

function rules(raw: string, d: TurnDirective = midway, previous: string[] = [], here: string[] = ['Tell me about a time you disagreed with your manager.']): RuleId[] {
  const reply = parseInterviewerReply(raw);
  const placement = placeReply(reply, d);
  return checkReply({ reply, directive: d, placement: placement.kind === 'unplaced' ? fallbackPlacement(d) : placement, sessionQuestions: here, previousQuestions: previous }).map((v) => v.rule);
}

describe('rule checker', () => {
  it.each([
    ['[Q3] Thanks. Tell me about a time you had to learn something fast.'],
    ['[Follow-up] What was the result, and how did you measure it?'],
    ['[Q3] Tell me about a project that failed. What did you learn from it?'],
    ['[Q2] Either is fine: pick the one you remember best. Tell me about it.'],
    ['[Q3] You said "why now?" earlier. Tell me about a time you pushed back on scope.'],
    ['[Q3] 谢谢。请讲一次你快速学习新技术的经历。'],
    ['[追问] 具体是你本人做了什么？'],
    ['[Q3] Design a leaderboard that shows the top scores of a game.'],
  ])('passes a good message: %s', (raw) => {
    expect(rules(raw)).toEqual([]);
  });

  it.each<[string, RuleId, TurnDirective?, string[]?]>([
    ['[Q3] What did you do? And what was the result?', 'one-question'],
    ['[Q3] 你具体做了什么？结果如何？', 'one-question'],
    ['[Q3] Tell me about a failure. [Q4] And a success?', 'one-question'],
    ['[Q3] How would you shard it? Hint: think about the user id.', 'no-answer-or-hint'],
    ['[Q3] A good answer would mention idempotency keys. How would you retry safely?', 'no-answer-or-hint'],
    ['[Q3] 提示：可以从缓存入手。你会怎么设计？', 'no-answer-or-hint'],
    ["[Q3] Great answer, I'd give that 9/10. Tell me about a failure.", 'no-grade'],
    ['[Q3] Score: 4. Tell me about a failure.', 'no-grade'],
    ['[Q3] 回答得很好，我给你打9分。请讲一次失败的经历。', 'no-grade'],
    ['[Q3] Tell me about a failure.\nNote to self: weak on metrics.', 'no-notes-shown'],
    ['[Q3] Tell me about a failure.\n面试官笔记：缺少数据。', 'no-notes-shown'],
    ['[Q3] What did you measure?\nCandidate: I measured p99 latency.', 'no-role-play'],
    ['[Q3] 你衡量了什么？\n候选人：我看了延迟。', 'no-role-play'],
    ['[Q3] Tell me about a time you disagreed with your manager.', 'no-repeat'],
    ['[Q3] Tell me about a time you pushed back on a deadline.', 'no-repeat', midway, ['Tell me about a time you had to push back on a deadline. What happened?']],
    ["[End] Thanks, that's all for today.", 'no-early-end'],
    ['[结束] 谢谢，今天就到这里。', 'no-early-end'],
    ['[Q5] One more: tell me about a failure.', 'planned-count', { ...midway, next: undefined, closeInstead: true }],
    ['[Q5] Before we finish, tell me about a failure.', 'planned-count', closing],
    ['[Follow-up] And what did your manager say?', 'follow-up-budget', noBudget],
    ['[Follow-up] Why? [Follow-up] And then?', 'follow-up-budget'],
  ])('catches %s as %s', (raw, rule, d = midway, previous = []) => {
    expect(rules(raw, d, previous)).toContain(rule);
  });

  it('lets the farewell answer the candidate’s questions and ends without flags', () => {
    expect(rules("[End] Good question: I do not know the team's roadmap, so ask the hiring manager. Thank you for your time.", farewell)).toEqual([]);
  });

  it('exempts the self-introduction from the repeat rule, and later phases of one problem from earlier sessions', () => {
    const intro: TurnDirective = { kind: 'question', interview, total: 4, next: { number: 1, stage: 'intro' } };
    expect(rules('[Q1] Welcome! Could you introduce yourself?', intro, ['Could you introduce yourself?'], [])).toEqual([]);
    const phase: TurnDirective = { ...midway, next: { number: 3, stage: 'deep-dive', continuesProblem: true } };
    expect(rules('[Q3] Let us go deeper into the data model of your design.', phase, ['Let us go deeper into the data model of your design.'], [])).toEqual([]);
  });

  it('says what was wrong in the correction', () => {
    const text = correctionFor([{ rule: 'one-question', detail: '2 questions in one message' }]);
    expect(text).toMatch(/more than one question in one message: 2 questions/);
    expect(text).toMatch(/Write that message again/);
  });
});

describe('placement', () => {
  const place = (raw: string, d: TurnDirective = midway) => placeReply(parseInterviewerReply(raw), d);
  it.each([
    ['[Q3] Next one.', { kind: 'main', number: 3 }],
    ['Q3: Next one.', { kind: 'main', number: 3 }],
    ['**Question 3:** Next one.', { kind: 'main', number: 3 }],
    ['[Q2] To clarify: any disagreement works.', { kind: 'continuation', number: 2 }],
    ['(follow-up) And then?', { kind: 'follow-up', number: 2 }],
    ['[追问] 然后呢？', { kind: 'follow-up', number: 2 }],
    ['[追問] 然後呢？', { kind: 'follow-up', number: 2 }],
    ['What did you measure?', { kind: 'unplaced' }],
    ['[Q5] Skipping ahead.', { kind: 'unplaced' }],
    ['[Fol', { kind: 'unplaced' }],
    ['[Q3] <notes>only notes, nothing to show</notes>', { kind: 'unplaced', why: 'it has no text for the candidate' }],
  ])('%s → %o', (raw, expected) => {
    expect(place(raw)).toMatchObject(expected);
  });

  it('the close and the farewell are the app’s: whatever comes at the close is the close', () => {
    expect(place('[Q9] Another question?', closing)).toEqual({ kind: 'close' });
    expect(place('[End] Thanks!', closing)).toEqual({ kind: 'farewell' });
    expect(place('Anything at all', farewell)).toEqual({ kind: 'farewell' });
  });

  it('after a failed re-mark, takes the only placement the plan allows, else a continuation', () => {
    expect(fallbackPlacement({ kind: 'question', interview, total: 3, next: { number: 1, stage: 'intro' } })).toEqual({ kind: 'main', number: 1 });
    expect(fallbackPlacement(midway)).toEqual({ kind: 'continuation', number: 2 });
  });
});

describe('similarity', () => {
  it('finds a reworded question and the question inside a longer message', () => {
    expect(questionSimilarity('Tell me about a time you had to push back on a deadline.', 'Tell me about a time you pushed back on a deadline?')).toBeGreaterThan(0.7);
    expect(findRepeat('描述一次你和同事发生冲突的经历。', ['请描述一次你和同事发生冲突的经历'])).toBeDefined();
    expect(findRepeat('Design a URL shortener.', ['Design a chat backend with read receipts.'])).toBeUndefined();
    expect(questionOf('Thanks, that was clear. Tell me about a time you failed.')).toBe('Tell me about a time you failed.');
    expect(questionOf('Great. What did you learn?')).toBe('What did you learn?');
  });
});

describe('the plan', () => {
  it('tells what comes next: main N of M, follow-ups left, then the close and the farewell', () => {
    const setup = makeSetup({ questionCount: 3 });
    const plan = planInterview(setup);
    expect(plan.slots.map((s) => s.stage)).toEqual(['intro', 'competency', 'competency']);
    const s1 = sessionFrom(setup, [{ say: '[Q1] Introduce yourself.' }, { answer: 'I build payment systems.' }]);
    expect(nextDirective(s1, plan)).toMatchObject({ kind: 'question', next: { number: 2, stage: 'competency' }, total: 3 });
    expect(nextDirective(s1, plan)?.followUp).toBeUndefined(); // the introduction has no follow-up
    const s2 = sessionFrom(setup, [{ say: '[Q1] Intro?' }, { answer: 'a' }, { say: '[Q2] Conflict?' }, { answer: 'b' }]);
    expect(nextDirective(s2, plan)).toMatchObject({ next: { number: 3 }, followUp: { questionNumber: 2, left: 1 } });
    const s3 = sessionFrom(setup, [{ say: '[Q1] Intro?' }, { answer: 'a' }, { say: '[Q2] Conflict?' }, { answer: 'b' }, { say: '[Q3] Failure?' }, { answer: 'c' }, { say: '[Follow-up] Result?' }, { answer: 'd' }]);
    expect(nextDirective(s3, plan)).toMatchObject({ kind: 'close' });
    const s4 = sessionFrom(setup, [{ say: '[Q1] Intro?' }, { answer: 'a' }, { say: '[Q2] Conflict?' }, { answer: 'b' }, { say: '[Q3] Failure?' }, { answer: 'c' }, { say: '[Close] Any questions for me?' }, { answer: 'What is on the roadmap?' }]);
    expect(progressOf(s4).closeSent).toBe(true);
    expect(nextDirective(s4, plan)).toMatchObject({ kind: 'farewell', lastAnswer: 'What is on the roadmap?' });
  });

  it('closes when the time budget is used up', () => {
    const setup = makeSetup({ questionCount: 5, timeBudgetMinutes: 10 });
    const s = sessionFrom(setup, [{ say: '[Q1] Intro?' }, { answer: 'a' }]);
    const plan = planInterview(setup);
    expect(nextDirective(s, plan, { elapsedMs: 5 * 60_000 })).toMatchObject({ kind: 'question', minutesLeft: 5 });
    expect(nextDirective(s, plan, { elapsedMs: 11 * 60_000 })).toMatchObject({ kind: 'close', outOfTime: true });
  });

  it('phases one problem for system design and coding, and gives technical topics a depth ladder', () => {
    expect(planInterview(makeSetup({ type: 'system-design', questionCount: 6 })).slots.map((s) => s.stage)).toEqual(['intro', 'requirements', 'high-level-design', 'deep-dive', 'deep-dive', 'scaling']);
    expect(planInterview(makeSetup({ type: 'coding', questionCount: 2 })).slots.map((s) => s.stage)).toEqual(['approach', 'code']);
    expect(planInterview(makeSetup({ type: 'technical', questionCount: 3 })).slots.map((s) => s.followUps)).toEqual([0, 2, 2]);
  });
});
