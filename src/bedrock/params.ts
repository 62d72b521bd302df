// Family rules → ConverseStream request fields. A family that does not take a parameter never
// receives it; models that refuse temperature with top_p never get both; models that take no system
// prompt get it folded into the first user turn; reasoning settings go where AWS documents them.
import type { ConverseStreamCommandInput } from '@aws-sdk/client-bedrock-runtime';
import { rulesFor } from '../models/catalog.js';
import type { ChatMessage, ChatRequest } from '../models/chat.js';
import type { ModelConfig } from '../store/schema.js';

const clamp = (n: number, min: number, max: number): number => Math.min(max, Math.max(min, n));

/** Tokens a reasoning model gets at least when a caller asks for a short reply. */
export const REASONING_ROOM = 2048;

/**
 * Titan, Mistral 7B and Mixtral answer a `system` block with "This model doesn't support system
 * messages" (Converse feature table, "System prompts: No"). The instructions still matter, so they
 * lead the first user turn, set apart so the model reads them as instructions.
 */
export function foldSystemPrompt(system: string, messages: ChatMessage[]): ChatMessage[] {
  const first = messages.findIndex((m) => m.role === 'user');
  const preface = `Instructions:\n${system}\n\n---\n\n`;
  if (first < 0) return [{ role: 'user', text: preface.trimEnd() }, ...messages];
  return messages.map((m, i) => (i === first ? { ...m, text: `${preface}${m.text}` } : m));
}

export function buildConverseInput(config: ModelConfig, request: ChatRequest, modelId = config.modelId): ConverseStreamCommandInput {
  const rules = rulesFor(config.modelId);
  const p = config.params;
  const inferenceConfig: NonNullable<ConverseStreamCommandInput['inferenceConfig']> = {};
  const additional: Record<string, unknown> = {};

  // Claude extended thinking: `thinking: {type: enabled, budget_tokens}`; it does not go with
  // temperature or top_k, and max_tokens must exceed the budget (Anthropic's extended-thinking rules,
  // https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-extended-thinking.html).
  const thinking = rules.reasoning === 'claude-budget' && p.reasoningBudget !== undefined ? p.reasoningBudget : undefined;
  const sampling = rules.sampling !== 'none' && thinking === undefined;

  let maxTokens = request.maxTokens ?? p.maxTokens;
  // A model that always reasons (DeepSeek R1) spends a short request's tokens on thinking and
  // answers nothing: a caller's small cap (the connection test's 256) is raised to leave room.
  if (rules.reasoning === 'always' && request.maxTokens !== undefined) maxTokens = Math.max(request.maxTokens, Math.min(REASONING_ROOM, p.maxTokens ?? REASONING_ROOM));
  if (maxTokens !== undefined) maxTokens = Math.min(maxTokens, rules.maxTokens.max);
  if (thinking !== undefined) {
    // A short test prompt asks for few tokens; the budget must still fit below max_tokens.
    maxTokens = Math.min(rules.maxTokens.max, Math.max(maxTokens ?? 0, thinking + 1024));
    additional.thinking = { type: 'enabled', budget_tokens: thinking };
  }
  if (maxTokens !== undefined) inferenceConfig.maxTokens = Math.max(1, maxTokens);
  // 0–1 for every model (service model range); a stored value from before that rule is clamped.
  // A caller's temperature (grading asks for 0) wins over the configuration's.
  const temperature = request.temperature ?? p.temperature;
  if (sampling && temperature !== undefined) inferenceConfig.temperature = clamp(temperature, 0, 1);
  if (sampling && p.topP !== undefined && rules.topP && !(rules.noTemperatureWithTopP && temperature !== undefined)) {
    inferenceConfig.topP = clamp(p.topP, 0, 1);
  }
  if (p.stopSequences.length > 0 && rules.maxStopSequences > 0) {
    inferenceConfig.stopSequences = p.stopSequences.slice(0, rules.maxStopSequences);
  }
  if (sampling && p.topK !== undefined && rules.topK) {
    if (rules.topK.field === 'nova') additional.inferenceConfig = { topK: p.topK };
    else additional.top_k = p.topK;
  }
  // gpt-oss: `reasoning_effort` low | medium | high.
  if (rules.reasoning === 'effort' && p.reasoningEffort) additional.reasoning_effort = p.reasoningEffort;

  const messages = request.system && !rules.systemPrompt ? foldSystemPrompt(request.system, request.messages) : request.messages;
  const input: ConverseStreamCommandInput = {
    modelId,
    messages: messages.map((m) => ({ role: m.role, content: [{ text: m.text }] })),
    inferenceConfig,
  };
  if (request.system && rules.systemPrompt) input.system = [{ text: request.system }];
  if (Object.keys(additional).length > 0) input.additionalModelRequestFields = additional as never;
  if (p.guardrail) {
    input.guardrailConfig = { guardrailIdentifier: p.guardrail.id, guardrailVersion: p.guardrail.version };
  }
  return input;
}
