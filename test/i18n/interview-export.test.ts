// The Markdown export in the interface language: every heading, label and table header our code
// writes is Chinese under zh-Hans / zh-Hant (names, ids, the model's and the candidate's words aside),
// English stays as it was, and the date is local time with its UTC offset.
import { afterEach, describe, expect, it } from 'vitest';
import { switchUiLanguage } from '../../src/i18n/index.js';
import { localTime, utcOffset } from '../../src/i18n/time.js';
import { sessionToMarkdown } from '../../src/interview/export.js';
import { checklistFeedback, gradeSession } from '../../src/interview/feedback.js';
import type { Feedback, Session } from '../../src/store/schema.js';
import { makeSetup, sessionFrom } from '../interview/helpers.js';
import { englishLeft, KEEP_AS_IS } from './english-left.js';

afterEach(() => switchUiLanguage('en'));

// Chinese setup and words, so any English left in the export is ours. "haiku"/"sonnet" are model names.
const KEEP = new Set([...KEEP_AS_IS, 'haiku', 'sonnet']);
const base = sessionFrom(makeSetup({ questionCount: 2, role: '后端工程师', company: '某公司', jdPath: '/home/me/jd.txt', language: '中文' }), [
  { say: '[Q1] 讲讲你负责过的一个项目。' },
  { answer: '去年我负责把账单系统迁移到新架构，我先梳理了依赖，然后分三批切换，最后出错率从百分之二降到千分之一。' },
  { say: '[追问] 你是怎么衡量的？' },
  { answer: '看错误率。' },
  { say: '[Q2] 讲一次和同事意见不合的经历。' },
]);
const session: Session = { ...base, turns: [...base.turns.slice(0, -1), { ...base.turns.at(-1)!, cut: true, flags: ['one-question'] }] };

const graded: Feedback = {
  kind: 'graded',
  graderModel: 'sonnet',
  overall: { score: 68, band: 'Solid', summary: '具体，但结果不够有力。' },
  overallBasis: 'supported',
  questions: [
    {
      questionNumber: 1,
      question: '讲讲你负责过的一个项目。',
      scores: { star: 4, specificity: 3 },
      criteria: [
        { key: 'star', score: 4, status: 'supported', quote: '我先梳理了依赖，然后分三批切换', why: '步骤清楚。' },
        { key: 'specificity', score: 3, status: 'unsupported', why: '细节偏少。' },
      ],
      strengths: ['主导了计划'],
      improvements: ['把结果量化'],
      betterAnswer: '先讲风险，再讲数字。',
      evidence: [{ quote: '最后出错率从百分之二降到千分之一', verified: true }],
    },
    { questionNumber: 2, question: '讲一次和同事意见不合的经历。', scores: { clarity: 3 }, scored: false, strengths: [], improvements: [], betterAnswer: '', evidence: [] },
  ],
  droppedQuotes: 2,
  rejectedOverall: 90,
  notGraded: [{ questionNumber: 3, question: '最后一个问题', reason: 'not reached' }],
};

describe.each(['zh-Hans', 'zh-Hant'] as const)('the Markdown export in %s', (lang) => {
  it('writes its headings, labels and tables with no English but names', async () => {
    await switchUiLanguage(lang);
    for (const feedback of [graded, checklistFeedback(session)]) {
      const md = sessionToMarkdown({ ...session, feedback });
      expect(englishLeft(md, KEEP), md).toEqual([]);
      expect(md).toContain(`${localTime(session.createdAt)}（UTC${utcOffset(session.createdAt)}）`);
    }
  });
});

describe('the Markdown export in English', () => {
  it('keeps its English headings and gives the date in local time with the offset', () => {
    const md = sessionToMarkdown({ ...session, feedback: graded });
    expect(md).toContain('## Transcript');
    expect(md).toContain('| Criterion | Score | From your answer | Why |');
    expect(md).toContain(`| Date | ${localTime(session.createdAt)} (UTC${utcOffset(session.createdAt)}) |`);
    expect(md).toContain('_Not graded: question 3 (not reached)._');
  });
});

describe.each(['zh-Hans', 'zh-Hant'] as const)('grading words our code writes in %s', (lang) => {
  it('says there is nothing to grade, and why, with no English', async () => {
    await switchUiLanguage(lang);
    const empty = sessionFrom(makeSetup({ questionCount: 1, language: '中文' }), [{ say: '[Q1] 讲讲你自己。' }]);
    const feedback = await gradeSession(empty, async () => '', { graderModel: 'sonnet' });
    expect(feedback.kind).toBe('text');
    if (feedback.kind === 'text') expect(englishLeft(`${feedback.text} ${feedback.reason}`, KEEP)).toEqual([]);
  });
});
