// What the grader scores per interview type (SPEC §7), and the score bands shown to the candidate.
import type { InterviewType } from '../store/schema.js';

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

export function criteriaFor(type: InterviewType): Criterion[] {
  return type === 'behavioural' ? BEHAVIOURAL : TECHNICAL;
}

export const CRITERION_LABELS: Record<string, string> = Object.fromEntries(
  [...BEHAVIOURAL, ...TECHNICAL].map((c) => [c.key, c.label]),
);

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
