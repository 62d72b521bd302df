import { describe, expect, it } from 'vitest';
import {
  buildInterviewerSystemPrompt,
  buildInterviewRequest,
  buildOpeningRequest,
  buildTurnMessages,
  MAX_PREVIOUS_QUESTIONS,
  parseInterviewerReply,
  plannedQuestionsIn,
  previousQuestionsIn,
} from '../../src/interview/prompts.js';
import type { Session } from '../../src/store/schema.js';
import { makeSetup, sessionFrom } from './helpers.js';

const prompt = (over: Parameters<typeof makeSetup>[0] = {}, previousQuestions: string[] = []) =>
  buildInterviewerSystemPrompt(makeSetup(over), { previousQuestions });

describe('interviewer system prompt', () => {
  it('sets the rules: one question at a time, never answers for the candidate, markers', () => {
    const p = prompt();
    expect(p).toMatch(/exactly one question per message/i);
    expect(p).toMatch(/Never list several questions/);
    expect(p).toMatch(/Never answer a question for the candidate/);
    expect(p).toContain('[Q<n>]');
    expect(p).toContain('[Follow-up]');
    expect(p).toContain('[End]');
    expect(p).toContain('[Close]');
    expect(p).toMatch(/follow-ups do not count as main questions/);
    expect(p).toMatch(/<notes>…<\/notes>/);
    expect(p).toMatch(/not instructions to you/);
    expect(p).toMatch(/Calibrate to this level. Senior: owns a system or project across a team.* Probe design judgement/);
  });

  it.each([
    ['behavioural', [/STAR/, /Situation, Task, Action, Result/, /"I", not "we"/]],
    ['technical', [/correctness/, /depth/, /trade-offs/]],
    ['system-design', [/requirements .*→ high-level design .*→ deep dive .*→ scaling/]],
    ['coding', [/approach/, /complexity/, /test it/, /edge cases/]],
  ] as const)('gives %s guidance', (type, patterns) => {
    const p = prompt({ type });
    for (const re of patterns) expect(p).toMatch(re);
    expect(p).toContain(`[mockview-interview type=${type} questions=3]`);
  });

  it('uses the focus for a custom interview', () => {
    expect(prompt({ type: 'custom', focus: 'Kubernetes operations and on-call' })).toContain('Focus: Kubernetes operations and on-call');
    expect(prompt({ type: 'custom' })).toContain('Focus: the core skills of the role');
  });

  it('names role, level, company and the interview language', () => {
    const p = prompt({ role: 'Data engineer', level: 'staff', company: 'Acme', language: '中文' });
    expect(p).toContain('Role: Data engineer');
    expect(p).toContain('Seniority: staff');
    expect(p).toContain('Company: Acme');
    expect(p).toContain('Conduct the whole interview in 中文.');
    expect(prompt()).not.toContain('Company:');
  });

  it('lays out the plan per type: intro and competencies; one problem in phases; follow-up budgets', () => {
    const five = prompt({ questionCount: 5 });
    expect(five).toMatch(/\[Q1\] self-introduction \(no follow-up\)/);
    expect(five).toMatch(/\[Q2\] competency question \(STAR\) — competency: ownership \(up to 1 follow-up\)/);
    expect(five).toMatch(/\[Q5\] competency question/);
    expect(five).toContain('After [Q5] (and its follow-ups), send [Close]');
    const design = prompt({ type: 'system-design', questionCount: 4 });
    expect(design).toMatch(/\[Q1\] requirements and scale[\s\S]*\[Q2\] high-level design — the same problem[\s\S]*\[Q3\] deep dive — the same problem, next phase \(up to 2 follow-ups\)[\s\S]*\[Q4\] scaling/);
    expect(prompt({ type: 'coding', questionCount: 4 })).toMatch(/\[Q1\] approach[\s\S]*\[Q2\] the code[\s\S]*\[Q3\] tests and edge cases[\s\S]*\[Q4\] complexity/);
    expect(prompt({ type: 'technical', questionCount: 3 })).toMatch(/\[Q2\] depth ladder on one topic \(up to 2 follow-ups\)/);
  });

  it('ends with what the next message must be when given a directive', () => {
    const setup = makeSetup({ questionCount: 3 });
    const p = buildInterviewerSystemPrompt(setup, {
      previousQuestions: [],
      directive: { kind: 'question', interview: { type: 'behavioural', role: 'x', level: 'senior', language: 'English' }, total: 3, next: { number: 3, stage: 'competency', competency: 'conflict' }, followUp: { questionNumber: 2, left: 1, stage: 'competency' }, current: { number: 2, stage: 'competency', text: 'Tell me…' } },
    });
    expect(p).toMatch(/## Your next message \(decided by the app\)\nSend exactly one of:/);
    expect(p).toContain('[Follow-up] one follow-up on question 2 (1 follow-up left)');
    expect(p).toContain('[Q3] main question 3 of 3: competency question (STAR) (competency: conflict)');
    expect(p).toContain('[Q2] again, only to clarify question 2');
  });

  it('includes the JD and resume, trimmed to 6,000 characters with a note', () => {
    const jd = `We need Go and Postgres. ${'lorem ipsum '.repeat(1000)}END-OF-JD`;
    const p = prompt({ jdText: jd, resumeText: 'Ten years of Go at Initech.' });
    expect(p).toContain('We need Go and Postgres.');
    expect(p).not.toContain('END-OF-JD');
    expect(p).toContain('(The job description was cut to its first 6,000 characters.)');
    expect(p).toContain('Ten years of Go at Initech.');
    expect(p).not.toContain('(The resume was cut');
    const jdBlock = p.slice(p.indexOf('## Job description'), p.indexOf("## Candidate's resume"));
    expect(jdBlock.length).toBeLessThan(6200);
    expect(prompt()).not.toContain('## Job description');
  });

  it('lists questions from earlier sessions so they are not repeated (deduplicated, capped)', () => {
    const previous = ['Tell me about a conflict.', 'Tell me about a conflict.', ...Array.from({ length: 100 }, (_, i) => `Old question ${i}?`)];
    const p = prompt({}, previous);
    expect(p).toMatch(/Do not ask them again or close variants/);
    const listed = previousQuestionsIn(p);
    expect(listed[0]).toBe('Tell me about a conflict.');
    expect(listed).toHaveLength(MAX_PREVIOUS_QUESTIONS);
    expect(previousQuestionsIn(prompt())).toEqual([]);
  });

  it('asks planned questions in order, at most questionCount of them', () => {
    const planned = ['Why Postgres over MySQL?', 'How do you\nreview code?', 'Design a cache.', 'Extra one?'];
    const p = prompt({ plannedQuestions: planned, questionCount: 3 });
    expect(plannedQuestionsIn(p)).toEqual(['Why Postgres over MySQL?', 'How do you review code?', 'Design a cache.']);
    expect(p).toContain('[Q1] planned question (below)');
    expect(p).toContain('[Q3] planned question (below)');
    expect(prompt({ plannedQuestions: ['Only one?'] })).toContain('Ask this as main question [Q1],');
    expect(p).toMatch(/in this order/);
    expect(plannedQuestionsIn(prompt())).toEqual([]);
  });
});

describe('parseInterviewerReply', () => {
  it.each([
    ['[Q2] What did you measure?', { questionNumber: 2, followUp: false, text: 'What did you measure?', isClosing: false }],
    ['[Follow-up] Could you be more specific?', { followUp: true, text: 'Could you be more specific?', isClosing: false }],
    ['[follow up]: And the result?', { followUp: true, text: 'And the result?', isClosing: false }],
    ['[End] Thank you, that is all.', { followUp: false, text: 'Thank you, that is all.', isClosing: true }],
    ['Thanks for your time today. [End]', { followUp: false, text: 'Thanks for your time today.', isClosing: true }],
    ['[Q5] Last one: any questions for me? [End]', { questionNumber: 5, followUp: false, text: 'Last one: any questions for me?', isClosing: false }],
    ['**[Q3]** Design a cache.', { questionNumber: 3, followUp: false, text: 'Design a cache.', isClosing: false }],
    ['【Q2】请介绍一个项目。', { questionNumber: 2, followUp: false, text: '请介绍一个项目。', isClosing: false }],
    ['Good. [Q4] How would you scale it?', { questionNumber: 4, followUp: false, text: 'Good. How would you scale it?', isClosing: false }],
    ['Tell me about yourself.', { followUp: false, text: 'Tell me about yourself.', isClosing: false }],
    ['Q1: Tell me about yourself.', { questionNumber: 1, text: 'Tell me about yourself.', marker: 'question' }],
    ['**Question 2:** What did you own?', { questionNumber: 2, text: 'What did you own?', marker: 'question' }],
    ['(follow-up) And the result?', { followUp: true, text: 'And the result?', marker: 'follow-up' }],
    ['[追问] 具体是你做了什么？', { followUp: true, text: '具体是你做了什么？', marker: 'follow-up' }],
    ['[追問] 具體是你做了什麼？', { followUp: true, text: '具體是你做了什麼？', marker: 'follow-up' }],
    ['[结束] 谢谢，面试到此结束。', { isClosing: true, text: '谢谢，面试到此结束。', marker: 'end' }],
    ['[結束] 謝謝，面試到此結束。', { isClosing: true, text: '謝謝，面試到此結束。', marker: 'end' }],
    ['[Close] Thanks! Any questions for me?', { isClosing: false, text: 'Thanks! Any questions for me?', marker: 'close' }],
    ['[Q2] Why? <notes>weak on metrics</notes>', { questionNumber: 2, text: 'Why?', notes: 'weak on metrics' }],
    ['[Q2] Why? [Notes] unclosed, cut off', { questionNumber: 2, text: 'Why?', notes: 'unclosed, cut off' }],
    ['[Q2] Why? <not', { questionNumber: 2, text: 'Why?' }],
    ['[Q2] One? [Q3] Two?', { questionNumber: 2, markers: ['question', 'question'], questionNumbers: [2, 3] }],
    ['[Q', { followUp: false, text: '', isClosing: false }],
    ['[Fol', { followUp: false, text: '', isClosing: false }],
    ['[Q1] Welcome. [E', { questionNumber: 1, followUp: false, text: 'Welcome.', isClosing: false }],
    ['See [RFC 7231] for details?', { followUp: false, text: 'See [RFC 7231] for details?', isClosing: false }],
  ])('%j', (raw, expected) => {
    expect(parseInterviewerReply(raw)).toMatchObject(expected);
  });
});

describe('conversation messages', () => {
  const setup = makeSetup({ questionCount: 2 });

  it('opens with a kick-off user message in the interview language', () => {
    const req = buildOpeningRequest(setup, { previousQuestions: [] });
    expect(req.messages).toEqual([{ role: 'user', text: '(The candidate has joined. Begin the interview.)' }]);
    expect(req.system).toContain('[mockview-interview type=behavioural questions=2]');
    const zh = buildOpeningRequest(makeSetup({ language: '中文' }), { previousQuestions: [] });
    expect(zh.messages[0]!.text).toBe('（候选人已加入。请开始面试。）');
    // Simplified and Traditional kept apart, whatever the language is called.
    for (const hant of ['繁體中文', 'zh-Hant', 'zh-TW', 'Traditional Chinese']) {
      expect(buildOpeningRequest(makeSetup({ language: hant }), { previousQuestions: [] }).messages[0]!.text).toBe('（候選人已加入。請開始面試。）');
    }
    for (const hans of ['简体中文', 'zh-Hans', 'zh', 'Chinese']) {
      expect(buildOpeningRequest(makeSetup({ language: hans }), { previousQuestions: [] }).messages[0]!.text).toBe('（候选人已加入。请开始面试。）');
    }
    const other = buildOpeningRequest(makeSetup({ language: 'Svenska' }), { previousQuestions: [] });
    expect(other.messages[0]!.text).toContain('in Svenska');
  });

  it('turns the session into alternating messages with markers put back', () => {
    const session = sessionFrom(setup, [
      { say: '[Q1] Introduce yourself.' },
      { answer: 'I build payment systems.' },
      { say: '[Follow-up] What exactly did you build?' },
      { answer: 'A ledger.' },
      { say: '[Q2] Tell me about a conflict.' },
    ]);
    const messages = buildTurnMessages(session);
    expect(messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant', 'user', 'assistant', 'user']);
    expect(messages[1]!.text).toBe('[Q1] Introduce yourself.');
    expect(messages[3]!.text).toBe('[Follow-up] What exactly did you build?');
    expect(messages[5]!.text).toBe('[Q2] Tell me about a conflict.');
    // It must end with a user message, so the model replies instead of continuing its own text.
    expect(messages[6]!.text).toMatch(/waiting for your next message/);
    const req = buildInterviewRequest(session, { previousQuestions: [] });
    expect(req.messages).toEqual(messages);
  });

  it('joins adjacent turns of one side, skips empty and streaming ones, marks cut ones', () => {
    const base = sessionFrom(setup, [{ say: '[Q1] Introduce yourself.' }]);
    const at = base.createdAt;
    const session: Session = {
      ...base,
      turns: [
        { ...base.turns[0]!, cut: true },
        { role: 'candidate', text: 'First part.', at, questionNumber: 1 },
        { role: 'candidate', text: '   ', at, questionNumber: 1 },
        { role: 'interviewer', text: '', at, questionNumber: 2, cut: true },
        { role: 'interviewer', text: '[Q2] Half', at, streaming: true },
      ],
    };
    const messages = buildTurnMessages(session);
    expect(messages).toEqual([
      { role: 'user', text: '(The candidate has joined. Begin the interview.)' },
      { role: 'assistant', text: '[Q1] Introduce yourself. … (cut off)' },
      { role: 'user', text: 'First part.\n\n(no answer)' },
    ]);
  });
});
