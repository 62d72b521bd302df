import { describe, expect, it } from 'vitest';
import { sessionToJson, sessionToMarkdown } from '../../src/interview/export.js';
import { checklistFeedback } from '../../src/interview/feedback.js';
import { SessionSchema, type Feedback, type Session } from '../../src/store/schema.js';
import { makeSetup, sessionFrom } from './helpers.js';

const base = sessionFrom(makeSetup({ questionCount: 2, company: 'Acme', jdPath: '/home/me/jd.txt' }), [
  { say: '[Q1] Tell me about a project you led.' },
  { answer: 'I led the billing migration.\nIt took 6 weeks.' },
  { say: '[Follow-up] What did you measure?' },
  { answer: 'Error rates.' },
  { say: '[Q2] Tell me about a conflict.' },
]);
const cut: Session = { ...base, turns: [...base.turns.slice(0, -1), { ...base.turns.at(-1)!, text: 'Tell me about a', cut: true }] };

const graded: Feedback = {
  kind: 'graded',
  graderModel: 'sonnet',
  overall: { score: 68, band: 'Solid', summary: 'Specific, but results were thin.' },
  questions: [
    {
      questionNumber: 1,
      question: 'Tell me about a project you led.',
      scores: { star: 4, specificity: 3, impact: 2, relevance: 5 },
      strengths: ['Owned the plan'],
      improvements: ['Quantify the result'],
      betterAnswer: 'Start with the stakes, then the numbers.',
      evidence: [{ quote: 'I led the billing migration.', verified: true }],
    },
  ],
  droppedQuotes: 2,
};

describe('sessionToMarkdown', () => {
  it('has the title, setup, transcript with timing and cut markers', () => {
    const md = sessionToMarkdown(cut);
    expect(md).toMatch(/^# Behavioural interview · Backend engineer \(senior\) · Acme\n/);
    expect(md).toContain('| Model | haiku (Claude 4.5 Haiku · us-east-1) |');
    expect(md).toContain('| Questions | 2 of 2 |');
    expect(md).toContain('| Status | in progress |');
    expect(md).toContain('| Job description | /home/me/jd.txt |');
    expect(md).toContain('### Question 1');
    expect(md).toContain('**Interviewer:** Tell me about a project you led.');
    expect(md).toContain('**Interviewer (follow-up):** What did you measure?');
    expect(md).toContain('**You:** _(3s to start · 10s answering · 9 words)_');
    expect(md).toContain('> I led the billing migration.\n> It took 6 weeks.');
    expect(md).toContain('**Interviewer:** Tell me about a *(cut off)*');
    expect(md).not.toContain('## Feedback');
  });

  it('renders graded feedback: overall band, scores, evidence, dropped quotes, better answer', () => {
    const md = sessionToMarkdown({ ...cut, status: 'finished', feedback: graded });
    expect(md).toContain('**Overall: 68/100 — Solid** _(graded by sonnet; computed from the criterion scores)_');
    expect(md).toContain('| STAR structure | 4/5 | _unsupported: graded before each score needed a quote_ |');
    expect(md).toContain('| Impact | 2/5 |');
    expect(md).toContain('- “I led the billing migration.”');
    expect(md).toContain('2 quotes from the grader left out: not found word for word in your answers, or too short to back a score.');
    expect(md).toContain('> Start with the stakes, then the numbers.');
    expect(md).toContain('| Status | finished |');
  });

  it('renders each criterion with its verified quote or as unsupported, light stages, and what was not graded', () => {
    const feedback: Feedback = {
      ...graded,
      rejectedOverall: 95,
      notGraded: [{ questionNumber: 2, question: 'Tell me about a conflict.', reason: 'not answered' }],
      questions: [
        {
          ...graded.questions[0]!,
          criteria: [
            { key: 'star', score: 4, quote: 'I led the billing migration.', status: 'supported', why: 'Clear action.' },
            { key: 'impact', score: 2, status: 'unsupported', why: 'No result | given.' },
          ],
          scores: { star: 4, impact: 2 },
          stage: 'main',
          scored: true,
          evidence: [{ quote: 'I led the billing migration.', verified: true }, { quote: 'We tripled revenue', verified: false }],
        },
        { questionNumber: 3, question: 'Any questions for us?', scores: { engagement: 3 }, criteria: [{ key: 'engagement', score: 3, quote: 'How does the team plan its quarter?', status: 'supported', why: '' }], stage: 'close', scored: false, strengths: [], improvements: [], betterAnswer: '', evidence: [] },
      ],
    };
    const md = sessionToMarkdown({ ...cut, status: 'finished', feedback });
    expect(md).toContain('| STAR structure | 4/5 | “I led the billing migration.” | Clear action. |');
    expect(md).toContain('| Impact | 2/5 | _unsupported: no quote found word for word_ | No result \\| given. |');
    expect(md).not.toContain('We tripled revenue');
    expect(md).not.toContain('- “I led the billing migration.”'); // shown once, beside its criterion
    expect(md).toContain('### Question 3: Any questions for us? _(assessed lightly, not in the overall)_');
    expect(md).toContain('_Not graded: question 2 (not answered)._');
    expect(md).toContain("The grader's own overall (95) disagreed");
    expect(SessionSchema.parse({ ...cut, feedback }).feedback).toEqual(feedback);
  });

  it('renders the checklist with its heuristic label, and the text fallback with its reason', () => {
    const checklist = sessionToMarkdown({ ...cut, feedback: checklistFeedback(cut) });
    expect(checklist).toMatch(/text rules .*not a grade/);
    // "It took 6 weeks." has a number but no outcome tied to it, in a sentence too short to count.
    expect(checklist).toMatch(/- \[ \] A result with a number tied to it/);
    expect(checklist).toMatch(/- \[ \] Your own actions/);
    const withEvidence = sessionToMarkdown({ ...cut, feedback: { kind: 'checklist', questions: [{ questionNumber: 1, question: 'Q', checklist: [{ item: 'A result with a number tied to it', met: true, evidence: 'failed payments fell from 4% to 1%' }] }] } });
    expect(withEvidence).toContain('- [x] A result with a number tied to it — _failed payments fell from 4% to 1%_');
    const text = sessionToMarkdown({ ...cut, feedback: { kind: 'text', graderModel: 'sonnet', text: 'Good overall.', reason: 'could not read scores' } });
    expect(text).toContain('could not read scores');
    expect(text).toContain('```text\nGood overall.\n```');
  });

  it('marks the closing message', () => {
    const closed = sessionFrom(makeSetup({ questionCount: 1 }), [{ say: '[Q1] Why us?' }, { answer: 'Because.' }, { say: '[End] Thanks, we are done.' }]);
    expect(sessionToMarkdown(closed)).toContain('### Close\n\n**Interviewer (closing):** Thanks, we are done.');
  });
});

describe('sessionToJson', () => {
  it('is pretty JSON that reads back as the same session', () => {
    const json = sessionToJson({ ...cut, feedback: graded });
    expect(json).toContain('\n  "id": ');
    expect(SessionSchema.parse(JSON.parse(json))).toEqual(SessionSchema.parse({ ...cut, feedback: graded }));
  });

  it('never carries a secret, even one smuggled into a session', () => {
    const smuggled = {
      ...cut,
      apiKey: 'ABSKQmVkcm9ja0FQSUtleS1hYmNkZWZnaGlqa2xtbm9w',
      turns: [...cut.turns, { role: 'candidate' as const, text: 'my key is AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY1', at: cut.createdAt }],
    } as Session;
    const json = sessionToJson(smuggled);
    expect(json).not.toContain('ABSK');
    expect(json).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(json).not.toContain('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY1');
    expect(() => JSON.parse(json)).not.toThrow();
    expect(sessionToMarkdown(smuggled)).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });
});
