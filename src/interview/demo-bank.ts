// The offline demo's question bank and checklist, behind the few functions the demo needs: choose a
// bank question for the role, focus and type that was not asked before; find the checklist item an
// answer missed and the follow-up aimed at it. Today it reads the bank in question-bank.ts and the
// self-check list of checklist.ts. The grader's richer banks (src/interview/banks/: pickQuestions with
// role families and Chinese banks, followUpForAnswer) plug in here, and only here.
import type { TurnDirective } from '../providers/types.js';
import { InterviewSetupSchema, SCHEMA_VERSION, type Session } from '../store/schema.js';
import { checklistFeedback } from './checklist.js';
import { FOLLOW_UP_FOR, GENERIC_FOLLOW_UP, type DemoLanguage } from './demo-lines.js';
import { findRepeat, normaliseQuestion } from './similarity.js';
import { countWords } from './words.js';

/** Answers shorter than this get a follow-up for more detail, as a real interviewer would ask. */
export const SHORT_ANSWER_WORDS = 15;

const pick = <T>(list: readonly T[], random: () => number): T | undefined => list[Math.floor(random() * list.length)] ?? list[0];

export const firstQuestionSentence = (q: string): string => {
  const i = q.search(/[?？]/u);
  return i >= 0 ? q.slice(0, i + 1) : q;
};

const stems = (text: string): Set<string> =>
  new Set(normaliseQuestion(text).split(' ').filter((w) => w.length > 3).map((w) => w.replace(/(ing|ed|es|s)$/u, '')));

/** Bank questions not asked before, the ones sharing words with the role and focus first. */
export function chooseBankQuestion(bank: readonly string[], d: TurnDirective, random: () => number): string | undefined {
  const avoid = d.avoid ?? [];
  const fresh = bank.filter((q) => !findRepeat(q, avoid));
  const pool = fresh.length ? fresh : bank;
  const wanted = stems(`${d.interview.role} ${d.interview.focus ?? ''} ${d.next?.competency ?? ''}`);
  const score = (q: string): number => [...stems(q)].filter((w) => wanted.has(w)).length;
  const best = Math.max(0, ...pool.map(score));
  return pick(pool.filter((q) => score(q) === best), random);
}

/** The first checklist item the answer missed (the checklist is the one the self-check list uses). */
function missedItem(d: TurnDirective): string | undefined {
  if (!d.current || !d.lastAnswer) return undefined;
  const setup = InterviewSetupSchema.parse({ type: d.interview.type, role: d.interview.role || 'role', modelName: 'demo', language: d.interview.language, questionCount: d.total });
  const at = new Date(0).toISOString();
  const session: Session = {
    version: SCHEMA_VERSION,
    id: 'demo',
    createdAt: at,
    updatedAt: at,
    status: 'in-progress',
    setup,
    modelLabel: 'Offline demo',
    turns: [
      { role: 'interviewer', text: d.current.text, at, questionNumber: 1, stage: d.current.stage },
      { role: 'candidate', text: d.lastAnswer, at, questionNumber: 1 },
    ],
  };
  const feedback = checklistFeedback(session);
  if (feedback.kind !== 'checklist') return undefined;
  const missed = (feedback.questions[0]?.checklist ?? []).filter((c) => c.met === false).map((c) => c.item);
  // A phase of one problem follows up on what that phase is about, not on the whole checklist.
  const focus = STAGE_FOCUS[d.current.stage];
  return focus ? missed.find((item) => focus.test(item)) : missed[0];
}

/** The checklist items each phase of a system-design or coding problem is about. */
const STAGE_FOCUS: Record<string, RegExp> = {
  requirements: /requirement|scale|需求|规模|規模/i,
  'high-level-design': /component|组件|元件/i,
  'deep-dive': /data model|storage|failure|存储|儲存|故障/i,
  scaling: /scal|bottleneck|failure|扩展|擴展|瓶颈|瓶頸|故障/i,
  approach: /approach|思路/i,
  code: /edge|approach|边界|邊界/i,
  tests: /test|edge|测试|測試|边界|邊界/i,
  complexity: /complexity|alternative|复杂度|複雜度|替代/i,
};

export const looksLikeClarification = (answer: string): boolean => /[?？]\s*$/u.test(answer.trim()) && countWords(answer) <= 30;

/** A follow-up aimed at the checklist item the last answer missed (or at more detail when it was short). */
export function demoFollowUp(d: TurnDirective, lang: DemoLanguage): string | undefined {
  if (!d.followUp || !d.lastAnswer) return undefined;
  const item = missedItem(d);
  const short = countWords(d.lastAnswer) < SHORT_ANSWER_WORDS;
  if (!item && !short) return undefined;
  const aimed = item ? FOLLOW_UP_FOR.find((f) => f.about.test(item)) : undefined;
  return aimed?.text[lang] ?? GENERIC_FOLLOW_UP[lang];
}

