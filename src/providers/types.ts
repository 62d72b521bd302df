// The one interface every screen and command talks to. Amazon Bedrock and the offline demo implement
// it; nothing outside src/providers and src/bedrock knows which one it has.

export type { ChatMessage, ChatRequest, StreamEvent } from '../models/chat.js';
export type { DirectiveInterview, TurnDirective } from '../models/turn-directive.js';
import type { ChatRequest, StreamEvent } from '../models/chat.js';

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
