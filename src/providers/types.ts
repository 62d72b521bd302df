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
