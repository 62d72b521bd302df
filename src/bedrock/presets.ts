// The seed's scenario table (§2.4), fitted to whichever model is chosen. Where the seed gives a
// range we pick one value inside it, and say why on the row.
import type { ModelParams } from '../store/schema.js';
import { rulesFor } from '../models/catalog.js';
import type { Preset } from './catalog-types.js';
import { t } from '../i18n/index.js';

export const PRESETS: readonly Preset[] = [
  // 0.8–0.9 → 0.9 and 4096–8192 → 8192: creative work wants variety and room; 0.9 still fits Claude's 0–1.
  { id: 'creative', key: 'w', name: 'Creative writing', writtenFor: 'Claude', temperature: 0.9, maxTokens: 8192, topP: 0.95, topK: 300 },
  // 0.3–0.5 → 0.4: steady enough for code without looping; 2048–4096 → 4096 so a whole file fits.
  { id: 'code', key: 'c', name: 'Code generation', writtenFor: 'Claude', temperature: 0.4, maxTokens: 4096, topP: 0.9, topK: 100 },
  // 1024–2048 → 2048: the upper end, so a detailed answer is not cut off mid-sentence.
  { id: 'qa', key: 'q', name: 'Q&A', writtenFor: 'Claude', temperature: 0.7, maxTokens: 2048, topP: 0.9, topK: 250 },
  { id: 'reasoning', key: 'r', name: 'Complex reasoning', writtenFor: 'Claude Opus', temperature: 0.7, maxTokens: 32768, topP: 0.9, topK: 250 },
  { id: 'long-form', key: 'l', name: 'Long-form', writtenFor: 'Claude Sonnet', temperature: 0.7, maxTokens: 65536, topP: 0.9, topK: 250 },
  { id: 'fast', key: 'f', name: 'Fast response', writtenFor: 'Claude Haiku', temperature: 0.6, maxTokens: 4096, topP: 0.9, topK: 200 },
  { id: 'large-scale', key: 's', name: 'Large-scale reasoning', writtenFor: 'Llama 3.1 405B', temperature: 0.7, maxTokens: 8192, topP: 0.9, topK: 50 },
  // The seed gives no top_k for Nova Pro's multimodal row.
  { id: 'multimodal', key: 'm', name: 'Multimodal', writtenFor: 'Nova Pro', temperature: 0.7, maxTokens: 8192, topP: 1.0 },
];

/** The preset's name in the interface language (the seed's table names them in Chinese: 創意寫作, 程式碼生成, …). */
export function presetName(preset: Pick<Preset, 'id' | 'name'>): string {
  switch (preset.id) {
    case 'creative':
      return t('models.presets.creative');
    case 'code':
      return t('models.presets.code');
    case 'qa':
      return t('models.presets.qa');
    case 'reasoning':
      return t('models.presets.reasoning');
    case 'long-form':
      return t('models.presets.longForm');
    case 'fast':
      return t('models.presets.fast');
    case 'large-scale':
      return t('models.presets.largeScale');
    case 'multimodal':
      return t('models.presets.multimodal');
    default:
      return preset.name;
  }
}

const clamp = (n: number, min: number, max: number): number => Math.min(max, Math.max(min, n));

/**
 * The preset's values, limited to what the chosen model takes (max_tokens capped at its max output,
 * temperature 0–1, nothing for models that take no sampling parameter); stop sequences, guardrail,
 * reasoning settings and the reply deadline are kept.
 */
export function applyPreset(preset: Preset, modelId: string, current: ModelParams): ModelParams {
  const rules = rulesFor(modelId);
  const next: ModelParams = {
    maxTokens: clamp(preset.maxTokens, rules.maxTokens.min, rules.maxTokens.max),
    stopSequences: current.stopSequences,
    ...(current.guardrail ? { guardrail: current.guardrail } : {}),
    ...(current.reasoningBudget !== undefined ? { reasoningBudget: Math.min(current.reasoningBudget, rules.maxTokens.max - 1) } : {}),
    ...(current.reasoningEffort !== undefined ? { reasoningEffort: current.reasoningEffort } : {}),
    ...(current.replyDeadlineMs !== undefined ? { replyDeadlineMs: current.replyDeadlineMs } : {}),
  };
  if (rules.sampling === 'none') return next;
  next.temperature = clamp(preset.temperature, rules.temperature.min, rules.temperature.max);
  if (rules.topP && preset.topP !== undefined && !rules.noTemperatureWithTopP) {
    next.topP = clamp(preset.topP, rules.topP.min, rules.topP.max);
  }
  if (rules.topK && preset.topK !== undefined) next.topK = clamp(preset.topK, rules.topK.min, rules.topK.max);
  return next;
}
