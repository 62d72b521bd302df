// What a grading covers: which questions are graded and at which stage (the self-introduction and the
// close are light and left out of the overall), and which are listed as not graded because they were
// not reached or not answered. Pure; read by the grading prompt, the parser and the gold set.
import type { Session, Turn } from '../store/schema.js';
import { type GradingStage } from './rubric.js';
import { questionThreads, type QuestionThread } from './transcript.js';

export interface GradedQuestion extends QuestionThread {
  stage: GradingStage;
}

export interface NotGradedQuestion {
  questionNumber: number;
  question: string;
  reason: 'not reached' | 'not answered' | 'not graded';
}

export interface GradingPlan {
  graded: GradedQuestion[];
  notGraded: NotGradedQuestion[];
}

const INTRODUCTION =
  /introduce yourself|tell me (a bit |a little )?about yourself|walk me through your (background|resume|résumé|cv|career)|自我介[绍紹]|介[绍紹]一下(你)?自己|自己紹介|자기소개/i;
const CLOSE =
  /any questions (for|about) (me|us|the (role|team))|(questions|anything) you('d| would) like to (ask|know)|what (would you like|do you want) to (ask|know)|questions (do )?you have for|(有什么|有什麼)(问题|問題|想问|想問)|(想问|想問)(我们|我們|我)|(还有|還有)(什么|什麼)(问题|問題)/i;

/** The stage the engine stored on the main question's turn, if it did (its field names vary). */
function storedStage(turn: Turn | undefined): GradingStage | undefined {
  const raw = (turn as { stage?: unknown; kind?: unknown } | undefined)?.stage ?? (turn as { kind?: unknown } | undefined)?.kind;
  if (typeof raw !== 'string') return undefined;
  if (/^(intro|introduction|opening|self-?intro)/i.test(raw)) return 'introduction';
  if (/^(close|closing|wrap|farewell)/i.test(raw)) return 'close';
  return 'main';
}

/** Stage from the stored turn, else from the question's own words (the close only when it is last). */
export function stageOf(thread: QuestionThread, isLast: boolean): GradingStage {
  const main = thread.turns.find((t) => t.role === 'interviewer' && !t.followUp);
  const stored = storedStage(main);
  if (stored) return stored;
  if (INTRODUCTION.test(thread.question)) return 'introduction';
  if (isLast && CLOSE.test(thread.question)) return 'close';
  return 'main';
}

const hasWords = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

export function gradingPlan(session: Session, stages: Readonly<Record<number, GradingStage>> = {}): GradingPlan {
  const threads = questionThreads(session);
  const graded: GradedQuestion[] = [];
  const notGraded: NotGradedQuestion[] = [];
  const lastNumber = threads.at(-1)?.questionNumber;
  for (const thread of threads) {
    const answers = thread.answers.filter(hasWords);
    if (answers.length === 0) {
      notGraded.push({ questionNumber: thread.questionNumber, question: thread.question, reason: 'not answered' });
      continue;
    }
    const stage = stages[thread.questionNumber] ?? stageOf(thread, thread.questionNumber === lastNumber);
    graded.push({ ...thread, answers, stage });
  }
  const planned = Math.max(session.setup.questionCount, session.setup.plannedQuestions?.length ?? 0);
  const asked = new Set(threads.map((t) => t.questionNumber));
  for (let n = 1; n <= planned; n++) {
    if (!asked.has(n)) notGraded.push({ questionNumber: n, question: session.setup.plannedQuestions?.[n - 1] ?? '', reason: 'not reached' });
  }
  notGraded.sort((a, b) => a.questionNumber - b.questionNumber);
  return { graded, notGraded };
}
