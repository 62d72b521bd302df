// The app's turn directive for the interviewer (src/interview/plan.ts decides it): what the next
// message must be, carried in a ChatRequest as data so the offline demo acts on it instead of re-reading
// the prompt. Here, beside the chat request, because bedrock/ and providers/ both read ChatRequest.

/** The interview the directive belongs to. */
export interface DirectiveInterview {
  type: 'behavioural' | 'technical' | 'system-design' | 'coding' | 'custom';
  role: string;
  level: string;
  language: string;
  focus?: string;
  company?: string;
}

/**
 * The app's decision for the next interviewer message: a main question (N of M, its stage), or a
 * follow-up on the current one while the budget lasts, or the close (the candidate's questions), or the
 * farewell (answer those briefly and end).
 */
export interface TurnDirective {
  kind: 'question' | 'close' | 'farewell';
  interview: DirectiveInterview;
  /** M: the planned number of main questions. */
  total: number;
  /** The main question that comes next (kind 'question'); absent when every main question was asked. */
  next?: { number: number; stage: string; planned?: string; competency?: string; continuesProblem?: boolean };
  /** The current main question (for a follow-up or a clarification) and the follow-ups already asked on it. */
  current?: { number: number; stage: string; text: string; followUps?: string[] };
  /** A follow-up on the current question may come instead of `next`; `left` is its remaining budget. */
  followUp?: { questionNumber: number; left: number; stage: string };
  /** With every main question asked: a follow-up may come, else the close. */
  closeInstead?: boolean;
  /** The time budget ran out: close now. */
  outOfTime?: boolean;
  /** With a time budget: whole minutes left. */
  minutesLeft?: number;
  /** The candidate's latest message. */
  lastAnswer?: string;
  /** Main questions not to repeat: this session's and earlier sessions' (self-introduction exempt). */
  avoid?: string[];
  /** A corrective regeneration: what the previous attempt broke, in words for the model. */
  correction?: string;
}
