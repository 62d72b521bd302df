// Level calibration (intern … principal) for the interviewer. What each level is expected to show
// (scope, autonomy, ambiguity) is one text, rubric.ts's LEVEL_CALIBRATION, which the grader reads too,
// so a "senior" interview asks and grades for the same bar; here only what the interviewer should push on.
import type { Level } from '../store/schema.js';
import { LEVEL_CALIBRATION } from './rubric.js';

/** What the interviewer probes at each level. */
export const LEVEL_PROBE: Record<Level, string> = {
  intern: 'fundamentals, learning speed and how they reason out loud',
  junior: 'correctness, testing habits and owning their own tasks',
  mid: 'trade-offs they chose themselves and results they can measure',
  senior: 'design judgement, failure modes, influence without authority and measurable impact',
  staff: 'strategy, long-term trade-offs, mentoring and changing how other teams work',
  principal: 'vision, industry-level trade-offs and the leverage of their decisions',
  manager: 'people decisions, feedback they gave, delivery under pressure and team health',
};

/** One line for the interviewer prompt: the shared calibration, then what to probe. */
export function levelLine(level: Level): string {
  return `Calibrate to this level. ${LEVEL_CALIBRATION[level]} Probe ${LEVEL_PROBE[level]}.`;
}
