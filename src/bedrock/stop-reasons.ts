// Every stopReason ConverseStream can send, and what the user is told about it. The set is the
// service model's StopReason enum (end_turn, tool_use, max_tokens, stop_sequence,
// guardrail_intervened, content_filtered, model_context_window_exceeded, …); an unknown value is
// passed through as it came.
import type { ChatRequest } from '../models/chat.js';
import type { ModelConfig } from '../store/schema.js';

export const STOP_REASONS = [
  'end_turn',
  'tool_use',
  'max_tokens',
  'stop_sequence',
  'guardrail_intervened',
  'content_filtered',
  'model_context_window_exceeded',
  'malformed_model_output',
  'malformed_tool_use',
] as const;
export type StopReason = (typeof STOP_REASONS)[number];

/** How a reply ended, for views: 'complete' needs nothing said; the others do. */
export type StopKind = 'complete' | 'cut' | 'blocked' | 'overflow' | 'other';

export function stopKind(reason: string): StopKind {
  switch (reason) {
    case 'end_turn':
    case 'stop_sequence':
    case 'tool_use':
      return 'complete';
    case 'max_tokens':
      return 'cut';
    case 'guardrail_intervened':
    case 'content_filtered':
      return 'blocked';
    case 'model_context_window_exceeded':
      return 'overflow';
    default:
      return 'other';
  }
}

/** One user-facing line for a stop that matters, or undefined for a normal end. */
export function stopNotice(reason: string, config: Pick<ModelConfig, 'params'>, request?: Pick<ChatRequest, 'maxTokens'>): string | undefined {
  const limit = request?.maxTokens ?? config.params.maxTokens;
  switch (stopKind(reason)) {
    case 'complete':
      return undefined;
    case 'cut':
      return `The reply was cut at max_tokens${limit ? ` (${limit})` : ''}: ask the model to continue, or raise max_tokens (Models → edit → Advanced).`;
    case 'blocked':
      return reason === 'content_filtered'
        ? "Bedrock's content filter blocked this reply; the text shown is not the model's answer."
        : "A guardrail blocked this reply; the text shown is the guardrail's message, not the model's answer.";
    case 'overflow':
      return "The conversation no longer fits the model's context window: start a new interview, shorten the job description or résumé, or pick a model with a larger window.";
    case 'other':
      return `The model stopped for an unusual reason (${reason}).`;
  }
}
