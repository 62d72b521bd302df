// Family rules → ConverseStream request fields. A family that does not take a parameter never
// receives it; models that refuse temperature with top_p never get both.
import type { ConverseStreamCommandInput } from '@aws-sdk/client-bedrock-runtime';
import type { ChatRequest } from '../providers/types.js';
import type { ModelConfig } from '../store/schema.js';
import { rulesFor } from './catalog.js';

export function buildConverseInput(config: ModelConfig, request: ChatRequest, modelId = config.modelId): ConverseStreamCommandInput {
  const rules = rulesFor(config.modelId);
  const p = config.params;
  const inferenceConfig: NonNullable<ConverseStreamCommandInput['inferenceConfig']> = {};
  const maxTokens = request.maxTokens ?? p.maxTokens;
  if (maxTokens !== undefined) inferenceConfig.maxTokens = Math.min(maxTokens, rules.maxTokens.max);
  if (p.temperature !== undefined) inferenceConfig.temperature = p.temperature;
  if (p.topP !== undefined && rules.topP && !(rules.noTemperatureWithTopP && p.temperature !== undefined)) {
    inferenceConfig.topP = p.topP;
  }
  if (p.stopSequences.length > 0 && rules.maxStopSequences > 0) {
    inferenceConfig.stopSequences = p.stopSequences.slice(0, rules.maxStopSequences);
  }

  const input: ConverseStreamCommandInput = {
    modelId,
    messages: request.messages.map((m) => ({ role: m.role, content: [{ text: m.text }] })),
    inferenceConfig,
  };
  if (request.system) input.system = [{ text: request.system }];
  if (p.topK !== undefined && rules.topK) {
    input.additionalModelRequestFields =
      rules.topK.field === 'nova' ? { inferenceConfig: { topK: p.topK } } : { top_k: p.topK };
  }
  if (p.guardrail) {
    input.guardrailConfig = { guardrailIdentifier: p.guardrail.id, guardrailVersion: p.guardrail.version };
  }
  return input;
}
