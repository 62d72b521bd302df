// What the grader scores, per interview type and per stage of the interview (SPEC §7), the level
// calibration it grades against, how the overall is computed from the criteria, and the score bands.
// The self-introduction and the close are assessed lightly and left out of the overall: scoring
// "Tell me about yourself" on STAR or "Any questions for us?" on trade-offs means nothing.
import type { InterviewType, Level } from '../store/schema.js';

export interface Criterion {
  key: string;
  label: string;
  /** What a 5 looks like, for the grader. */
  meaning: string;
}

const BEHAVIOURAL: Criterion[] = [
  { key: 'star', label: 'STAR structure', meaning: 'situation, task, action and result are all clear, in order' },
  { key: 'specificity', label: 'Specificity', meaning: 'one concrete real situation with details, and what the candidate personally did ("I", not "we")' },
  { key: 'impact', label: 'Impact', meaning: 'a result that is measurable or clearly significant, and a reflection on it' },
  { key: 'relevance', label: 'Relevance', meaning: 'answers the question asked and shows what the role needs' },
];

const TECHNICAL: Criterion[] = [
  { key: 'correctness', label: 'Correctness', meaning: 'what is said is right, with no significant errors' },
  { key: 'depth', label: 'Depth', meaning: 'explains how and why, beyond definitions, at the level of the role' },
  { key: 'tradeoffs', label: 'Trade-offs', meaning: 'names alternatives and their costs, and justifies the choice' },
  { key: 'communication', label: 'Communication', meaning: 'structured, clear and concise' },
];

/** Assessed lightly: a short signal for the candidate, never part of the overall. */
const INTRODUCTION: Criterion[] = [
  { key: 'clarity', label: 'Clarity', meaning: 'who they are and what they do now, in a minute or two, easy to follow' },
  { key: 'fit', label: 'Fit to the role', meaning: 'links their experience to this role with one concrete highlight' },
];

const CLOSE: Criterion[] = [
  { key: 'engagement', label: 'Engagement', meaning: 'a thoughtful question or reflection about the role, team or their growth' },
];

/** Where a question sits in the interview: main questions count, the ends are light. */
export type GradingStage = 'introduction' | 'main' | 'close';

export function criteriaFor(type: InterviewType, stage: GradingStage = 'main'): Criterion[] {
  if (stage === 'introduction') return INTRODUCTION;
  if (stage === 'close') return CLOSE;
  return type === 'behavioural' ? BEHAVIOURAL : TECHNICAL;
}

/** Only main questions count towards the overall. */
export const isScoredStage = (stage: GradingStage): boolean => stage === 'main';

export const CRITERION_LABELS: Record<string, string> = Object.fromEntries(
  [...BEHAVIOURAL, ...TECHNICAL, ...INTRODUCTION, ...CLOSE].map((c) => [c.key, c.label]),
);

/** What is expected at each level (scope, autonomy, ambiguity), for interviewer and grader alike. */
export const LEVEL_CALIBRATION: Record<Level, string> = {
  intern: 'Intern: learning fast on well-defined tasks with close guidance; sound fundamentals and curiosity matter more than scope.',
  junior: 'Junior: delivers well-defined features with some guidance; correct fundamentals, asks good questions, owns their own tasks.',
  mid: 'Mid-level: owns features end to end with little guidance; handles moderate ambiguity, weighs trade-offs in their area.',
  senior: 'Senior: owns a system or project across a team; resolves ambiguity, makes and justifies design trade-offs, measures impact, mentors others.',
  staff: 'Staff: sets technical direction across several teams; frames ambiguous problems, aligns people without authority, impact at organisation scale.',
  principal: 'Principal: shapes strategy across the organisation or company; anticipates long-term risks, decisions with broad, lasting business impact.',
  manager: 'Manager: builds and leads a team; hiring, growth, delivery and stakeholder trade-offs, impact through others.',
};

/**
 * The overall 0–100 from criterion scores (the grader passes the main questions' backed ones): the mean criterion
 * score mapped from 1–5 onto 0–100, rounded to a whole number. Undefined when nothing was scored.
 */
export function overallFromScores(scores: readonly number[]): number | undefined {
  if (scores.length === 0) return undefined;
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  return Math.round(((mean - 1) / 4) * 100);
}

/** A grader's own overall further than this from the computed one is rejected. */
export const OVERALL_TOLERANCE = 10;

export const BANDS = [
  { min: 90, label: 'Outstanding' },
  { min: 75, label: 'Strong' },
  { min: 60, label: 'Solid' },
  { min: 40, label: 'Developing' },
  { min: 0, label: 'Not yet' },
] as const;

/** 0–39 Not yet, 40–59 Developing, 60–74 Solid, 75–89 Strong, 90–100 Outstanding. */
export function bandFor(score: number): string {
  return BANDS.find((b) => score >= b.min)?.label ?? 'Not yet';
}
