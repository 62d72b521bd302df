// The offline demo's question bank and checklist, behind the few functions the demo needs: choose a
// bank question for the role, focus, level and type that was not asked before (in the interview's
// language: English, 简体中文 or 繁體中文); find the checklist item an answer missed and the follow-up
// aimed at it. A thin adapter over the bank module (src/interview/banks/): the questions and the
// checklist rules are its data.
import type { TurnDirective } from '../providers/types.js';
import { isLevel, type InterviewType } from '../store/schema.js';
import { bankLanguage, checklistFor, evaluateAnswer, introQuestion, pickQuestions, type RuleId } from './banks/index.js';
import { GENERIC_FOLLOW_UP, type DemoLanguage } from './demo-lines.js';
import { findRepeat } from './similarity.js';
import { countWords } from './words.js';

/** Answers shorter than this get a follow-up for more detail, as a real interviewer would ask. */
export const SHORT_ANSWER_WORDS = 15;

export const firstQuestionSentence = (q: string): string => {
  const i = q.search(/[?？]/u);
  return i >= 0 ? q.slice(0, i + 1) : q;
};

export const demoIntroQuestion = (language: string): string => introQuestion(bankLanguage(language)).text;

/** The best-fitting bank question not asked in this or earlier sessions (none when the bank ran dry). */
export function chooseBankQuestion(d: TurnDirective, random: () => number): string {
  const avoid = d.avoid ?? [];
  const level = isLevel(d.interview.level) ? d.interview.level : undefined;
  const pick = (exclude: readonly string[]) =>
    pickQuestions(
    {
      type: d.interview.type,
      role: d.interview.role,
      focus: [d.interview.focus, d.next?.competency].filter(Boolean).join(' '),
      ...(level ? { level } : {}),
      language: d.interview.language,
      exclude,
      random,
    },
    8,
  );
  const fresh = pick(avoid);
  // The bank's own exclusion matches whole questions; a reworded earlier question is caught here.
  // When every question was asked before, the best fit is asked again rather than nothing.
  return (fresh.find((q) => !findRepeat(q.text, avoid)) ?? fresh[0] ?? pick([])[0]!).text;
}

/** The checklist items each phase of a system-design or coding problem is about. */
const STAGE_FOCUS: Record<string, RuleId[]> = {
  requirements: ['requirements'],
  'high-level-design': ['components'],
  'deep-dive': ['dataModel', 'failureModes'],
  scaling: ['scaling', 'failureModes'],
  approach: ['steps'],
  code: ['steps', 'edgeCases'],
  tests: ['testing', 'edgeCases'],
  complexity: ['complexity', 'tradeoff'],
};

export const looksLikeClarification = (answer: string): boolean => /[?？]\s*$/u.test(answer.trim()) && countWords(answer) <= 30;

/**
 * A follow-up aimed at the checklist item the last answer missed — in a phase of one problem, only
 * at what that phase is about — or at more detail when the answer was short.
 */
export function demoFollowUp(d: TurnDirective, lang: DemoLanguage): string | undefined {
  if (!d.followUp || !d.lastAnswer || !d.current) return undefined;
  const type: InterviewType | 'introduction' = d.current.stage === 'intro' ? 'introduction' : d.interview.type;
  const results = evaluateAnswer(checklistFor(d.current.text, type, lang), d.lastAnswer, lang);
  const focus = STAGE_FOCUS[d.current.stage];
  // One question per message, and a ladder climbs: never the same follow-up twice on one question.
  const asked = d.current.followUps ?? [];
  const fresh = (text: string): boolean => !asked.includes(text);
  const missed = results.filter((r) => !r.met && (!focus || focus.includes(r.rule))).map((r) => firstQuestionSentence(r.followUp)).filter(fresh);
  if (missed[0]) return missed[0];
  const generic = GENERIC_FOLLOW_UP[lang];
  return countWords(d.lastAnswer) < SHORT_ANSWER_WORDS && fresh(generic) ? generic : undefined;
}
