// The one interface every screen and command talks to. Amazon Bedrock and the offline demo implement
// it; nothing outside src/providers and src/bedrock knows which one it has.

export interface ChatMessage {
  role: 'user' | 'assistant';
  text: string;
}

export interface ChatRequest {
  system?: string;
  messages: ChatMessage[];
  /** Overrides the configuration's max_tokens (e.g. a short connection test). */
  maxTokens?: number;
  /**
   * What the interviewer's next message must be, as data (src/interview/plan.ts). A model reads the same
   * thing as text in the system prompt; the offline demo acts on this instead of re-reading the prompt.
   */
  turn?: TurnDirective;
}

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

export type StreamEvent =
  | { type: 'text'; text: string }
  /**
   * The model's reasoning ("thinking", Bedrock's reasoningContent). Shown apart and dimmed; never part
   * of the answer, the graded transcript or an export's answer text. It keeps the stall timer alive.
   */
  | { type: 'reasoning'; text: string }
  | { type: 'usage'; inputTokens: number; outputTokens: number; totalTokens: number }
  | { type: 'stop'; reason: string }
  /** Measured on our side; serverLatencyMs is Bedrock's own figure when it sends one. */
  | {
      type: 'metrics';
      firstTokenMs: number | null;
      totalMs: number;
      tokensPerSecond: number | null;
      serverLatencyMs?: number;
    }
  /**
   * Something the user should know that is not an error, e.g. "on-demand is not supported for this
   * model, retried with inference profile us.anthropic…". profileId is set for that case so a screen
   * can offer to keep it in the configuration.
   */
  | { type: 'notice'; message: string; profileId?: string };

export interface Provider {
  readonly kind: 'bedrock' | 'demo';
  /** Short human label, e.g. "Claude 4.5 Haiku · us-east-1" or "Offline demo". */
  readonly label: string;
  readonly offline: boolean;
  /**
   * Streams one reply. Throws a ProviderError (src/bedrock/errors.ts) on failure; when the signal
   * aborts it throws a ProviderError of class 'cancelled'. Text already yielded stays valid.
   */
  stream(request: ChatRequest, signal?: AbortSignal): AsyncIterable<StreamEvent>;
}
