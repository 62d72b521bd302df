import { describe, expect, it } from 'vitest';
import { criterionText, droppedText, feedbackLines } from '../../src/screens/feedback-view.js';
import type { Feedback } from '../../src/store/schema.js';

const feedback: Feedback = {
  kind: 'graded',
  graderModel: 'Claude',
  overall: { score: 50, band: 'Developing', summary: '' },
  droppedQuotes: 1,
  rejectedOverall: 95,
  notGraded: [
    { questionNumber: 3, question: '', reason: 'not answered' },
    { questionNumber: 4, question: '', reason: 'not reached' },
  ],
  questions: [
    {
      questionNumber: 1,
      question: 'Tell me about yourself.',
      stage: 'introduction',
      scored: false,
      scores: { clarity: 3 },
      criteria: [{ key: 'clarity', score: 3, quote: 'I build payment systems at Acme', status: 'supported', why: 'Clear.' }],
      strengths: [],
      improvements: [],
      betterAnswer: '',
      evidence: [{ quote: 'I build payment systems at Acme', verified: true }],
    },
    {
      questionNumber: 2,
      question: 'Tell me about a conflict.',
      stage: 'main',
      scored: true,
      scores: { star: 4, impact: 2 },
      criteria: [
        { key: 'star', score: 4, quote: 'I proposed a phased release', status: 'supported', why: 'In order.' },
        { key: 'impact', score: 2, status: 'unsupported', why: 'No number.' },
      ],
      strengths: [],
      improvements: [],
      betterAnswer: '',
      evidence: [{ quote: 'an old unverified quote', verified: false }],
    },
  ],
};

describe('feedback view', () => {
  const text = feedbackLines(feedback, 100).map((l) => l.text).join('\n');

  it('shows every score with its verified quote, or as unsupported', () => {
    expect(text).toContain('STAR 4 ✓ “I proposed a phased release”');
    expect(text).toContain('Impact 2 · unsupported: no quote found word for word in your answer');
    expect(text).toContain('No number.');
  });

  it('says "not found word for word", never "invented", and never shows an unverified quote', () => {
    expect(droppedText(1)).toBe('1 quote from the grader left out: not found word for word in your answers, or too short to back a score.');
    expect(text).not.toMatch(/invented/i);
    expect(text).not.toContain('an old unverified quote');
    expect(text).toContain('a quote not found word for word in your answers (not shown)');
  });

  it('marks light stages, lists what was not graded and a rejected overall', () => {
    expect(text).toContain('Question 1 (self-introduction, assessed lightly, not in the overall): Tell me about yourself.');
    expect(text).toContain('Not graded: Q3 not answered · Q4 not reached');
    expect(text).toContain("The grader's own overall (95) disagreed with its criterion scores");
    expect(criterionText({ key: 'star', score: 5, status: 'supported', why: '' })).toMatch(/unsupported/);
    expect(text).not.toContain('graded by an earlier version');
  });

  it('marks scores stored without a quote each (older feedback) as unsupported', () => {
    const old: Feedback = { ...feedback, questions: [{ ...feedback.questions[1]!, criteria: undefined }] };
    const lines = feedbackLines(old, 100).map((l) => l.text).join('\n');
    expect(lines).toContain('STAR 4 · Impact 2');
    expect(lines).toContain('unsupported: no quote per score (graded by an earlier version); re-grade to check');
  });
});
