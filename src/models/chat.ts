// What a chat request and a streamed reply are, shared by every provider and by bedrock/ (which
// may not import providers/: the import arrows run one way). providers/types.ts re-exports them.
import type { TurnDirective } from './turn-directive.js';

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
   * Overrides the configuration's temperature (grading asks for 0, so one transcript gets the same
   * grade twice). Dropped for models that take no sampling parameter, like the configuration's.
   */
  temperature?: number;
  /**
   * What the interviewer's next message must be, as data (src/interview/plan.ts). A model reads the same
   * thing as text in the system prompt; the offline demo acts on this instead of re-reading the prompt.
   */
  turn?: TurnDirective;
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
