// Level calibration (intern … principal): what scope, autonomy and ambiguity an answer should show at
// each level. The interviewer prompt and the grader read the same lines, so a "senior" interview asks
// and grades for the same bar.
import type { Level } from '../store/schema.js';

export interface LevelCalibration {
  /** How big the work in a good answer is. */
  scope: string;
  /** How much they decide alone. */
  autonomy: string;
  /** How unclear the problems they are expected to handle are. */
  ambiguity: string;
  /** What the interviewer should push on at this level. */
  probe: string;
}

export const LEVEL_CALIBRATION: Record<Level, LevelCalibration> = {
  intern: {
    scope: 'a task or a small feature, often from coursework or a first internship',
    autonomy: 'works with close guidance; asks good questions',
    ambiguity: 'well-defined problems',
    probe: 'fundamentals, learning speed and how they reason out loud',
  },
  junior: {
    scope: 'features within one component',
    autonomy: 'delivers well-defined work with some guidance',
    ambiguity: 'mostly clear problems with a few open details',
    probe: 'correctness, testing habits and owning their own tasks',
  },
  mid: {
    scope: 'a feature or service end to end',
    autonomy: 'works independently on a scoped project',
    ambiguity: 'turns a loosely written request into a plan',
    probe: 'trade-offs they chose themselves and results they can measure',
  },
  senior: {
    scope: 'a system or a multi-team project',
    autonomy: 'sets direction for a team’s work; unblocks others',
    ambiguity: 'ambiguous problems with competing constraints',
    probe: 'design judgement, failure modes, influence without authority and measurable impact',
  },
  staff: {
    scope: 'several teams or an organisation-wide technical area',
    autonomy: 'chooses which problems matter; aligns other teams',
    ambiguity: 'problems nobody has framed yet',
    probe: 'strategy, long-term trade-offs, mentoring and changing how other teams work',
  },
  principal: {
    scope: 'the company’s technical direction in a domain',
    autonomy: 'sets multi-year direction; accountable for outcomes across the organisation',
    ambiguity: 'open-ended business and technical problems',
    probe: 'vision, industry-level trade-offs and the leverage of their decisions',
  },
  manager: {
    scope: 'a team and its delivery',
    autonomy: 'owns hiring, growth and delivery of the team',
    ambiguity: 'people and priority conflicts with no clear answer',
    probe: 'people decisions, feedback they gave, delivery under pressure and team health',
  },
};

/** One line for a prompt (interviewer or grader). */
export function levelLine(level: Level): string {
  const c = LEVEL_CALIBRATION[level];
  return `Calibrate to ${level}: scope ${c.scope}; autonomy: ${c.autonomy}; ambiguity: ${c.ambiguity}. Probe ${c.probe}.`;
}
