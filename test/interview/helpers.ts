// Builders shared by the interview tests: a setup, and a session driven through the real reducer.
import {
  createSession,
  initialSessionState,
  sessionReducer,
  type SessionAction,
  type SessionState,
} from '../../src/interview/session.js';
import { InterviewSetupSchema, type InterviewSetup, type Session } from '../../src/store/schema.js';

export const T0 = Date.UTC(2026, 10, 24, 17, 5, 0);

export function makeSetup(over: Partial<InterviewSetup> = {}): InterviewSetup {
  return InterviewSetupSchema.parse({ type: 'behavioural', role: 'Backend engineer', level: 'senior', modelName: 'haiku', questionCount: 3, ...over });
}

export function apply(state: SessionState, ...actions: SessionAction[]): SessionState {
  return actions.reduce(sessionReducer, state);
}

/** One step of a scripted interview: what the interviewer streams, or what the candidate answers. */
export type Step = { say: string } | { answer: string };

/** Runs a script through the reducer, one second per event, and returns the final state. */
export function runScript(setup: InterviewSetup, steps: Step[]): SessionState {
  let t = T0;
  let state = apply(initialSessionState(createSession(setup, 'Claude 4.5 Haiku · us-east-1', T0, () => 0.5)), { type: 'start', atMs: t });
  for (const step of steps) {
    t += 1000;
    if ('say' in step) {
      state = apply(state, { type: 'streamStarted', atMs: t }, { type: 'streamDelta', text: step.say }, { type: 'streamDone', atMs: (t += 1000) });
    } else {
      state = apply(state, { type: 'answerStarted', atMs: (t += 2000) }, { type: 'answerSubmitted', text: step.answer, atMs: (t += 10_000) });
    }
  }
  return state;
}

export const sessionFrom = (setup: InterviewSetup, steps: Step[]): Session => runScript(setup, steps).session;
