// Every stopReason ConverseStream can send, and what the user is told about it. The set is the
// service model's StopReason enum (end_turn, tool_use, max_tokens, stop_sequence,
// guardrail_intervened, content_filtered, model_context_window_exceeded, …); an unknown value is
// passed through as it came.
import type { ChatRequest } from '../models/chat.js';
import type { ModelConfig } from '../store/schema.js';
import { t } from '../i18n/index.js';

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
      return t('models.stop.cut', { param: t('models.form.labels.maxTokens'), limit: limit ? t('models.stop.limit', { n: limit }) : '' });
    case 'blocked':
      return reason === 'content_filtered' ? t('models.stop.filtered') : t('models.stop.guardrail');
    case 'overflow':
      return t('models.stop.overflow');
    case 'other':
      return t('models.stop.other', { reason });
  }
}
