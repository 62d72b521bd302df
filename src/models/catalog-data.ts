// The built-in model catalog as of 2026-11: the seed's §4 models with today's lifecycle, plus the newer
// ones. This is the offline fallback; `listCallableModels` (src/bedrock/catalog-live.ts) asks Bedrock
// itself what the account can call and merges it with these facts.
//
// Where each fact was checked (every entry names its page in `source`):
// - Claude ids, which geography profiles exist (global/us/eu/jp/apac columns) and which are marked
//   deprecated: Anthropic's "Claude on Amazon Bedrock" model table, CLAUDE_TABLE below. Opus 4.7 and
//   later have dateless ids (CLAUDE_IDS) and take no sampling parameter (issue #12: Opus 4.7+ reject
//   temperature). Haiku 4.5's au. profile: the Bedrock enum of a public crate (AU_PROFILES) — not an
//   AWS page; the live list overrides it.
// - Max output: Claude 4.5 models 64,000 ("max_tokens: 65536 > 64000", issue #12's live error), Opus
//   4/4.1 32,000, 3.5 Sonnet 8,192 (Anthropic's model table), Opus 4.6 128,000 (Anthropic's models
//   overview, CLAUDE_OVERVIEW), Llama 3 8B/70B 2,048 through Converse. Others keep the seed's value,
//   which is at or below AWS's limit. Opus 4.7's own limit was not found here: 64,000 is a safe floor.
// - Lifecycle (Active / Legacy / EOL) and replacements: AWS's lifecycle page for models launched before
//   2026-09-07 (LIFECYCLE), as audited in issue #12 (22 of the seed's models past EOL, Opus 4.1 Legacy).
// - System prompts: Converse's feature table (CONVERSE_FEATURES): Titan "No"; Mistral 7B and Mixtral
//   answer "This model doesn't support system messages" (issue #12).
// - Parameters: inferenceConfig temperature/top_p 0–1 for every model (INFERENCE_CONFIG); top_k only
//   through additionalModelRequestFields where the family takes it; Mistral Large 2407 and Pixtral take
//   no top_k (issue #12).
// Not added, because their Bedrock ids could not be confirmed from here: Nova 2 Pro, DeepSeek V3.2,
// Claude Sonnet 5 / Opus 4.8 and the unsuffixed gpt-oss ids. Typed in by hand they get the safe
// unknown-model rules (no sampling parameter the user did not set), and the live list names them.
import type { z } from 'zod';
import type { CatalogModelSchema } from './catalog-types.js';

type Entry = z.input<typeof CatalogModelSchema>;

const CLAUDE_TABLE = 'https://platform.claude.com/docs/en/build-with-claude/claude-on-amazon-bedrock-legacy';
const CLAUDE_IDS = 'https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions';
const CLAUDE_OVERVIEW = 'https://platform.claude.com/docs/en/about-claude/models/overview';
const AU_PROFILES = 'https://docs.rs/aether-llm/latest/llm/catalog/enum.BedrockFoundationModel.html';
const LIFECYCLE = 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-lifecycle-legacy.html';
const CONVERSE_FEATURES = 'https://docs.aws.amazon.com/bedrock/latest/userguide/conversation-inference-supported-models-features.html';
const INFERENCE_CONFIG = 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InferenceConfiguration.html';
const MISTRAL_CARDS = 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-cards-mistral-ai.html';
const MODEL_IDS = 'https://docs.aws.amazon.com/bedrock/latest/userguide/models-supported.html';

type Extra = Partial<Omit<Entry, 'id' | 'name' | 'vendor' | 'family' | 'maxOutput' | 'use' | 'useZh'>>;

const make =
  (vendor: Entry['vendor'], family: Entry['family'], base: Extra = {}) =>
  (id: string, name: string, maxOutput: number, use: string, useZh: string, extra: Extra = {}): Entry => ({
    id, name, vendor, family, maxOutput, use, useZh, needsProfile: false, source: MODEL_IDS, ...base, ...extra,
  });
const claude = make('Anthropic', 'claude', { source: CLAUDE_TABLE, needsProfile: true });
const nova = make('Amazon', 'nova');
const titan = make('Amazon', 'titan', { systemPrompt: false, source: CONVERSE_FEATURES });
const llama = make('Meta', 'llama');
const mistral = make('Mistral AI', 'mistral', { source: MISTRAL_CARDS });
const jamba = make('AI21 Labs', 'jamba');
const cohere = make('Cohere', 'cohere');
const deepseek = make('DeepSeek', 'deepseek');
const qwen = make('Qwen', 'qwen');
const gptOss = make('OpenAI', 'gpt-oss', { reasoning: 'effort' });

const eol = (replacement: string): Extra => ({ lifecycle: 'eol', replacement, source: LIFECYCLE });

const OPUS_46 = 'anthropic.claude-opus-4-6-v1';
const OPUS_45 = 'anthropic.claude-opus-4-5-20251101-v1:0';
const SONNET_46 = 'anthropic.claude-sonnet-4-6';
const HAIKU_45 = 'anthropic.claude-haiku-4-5-20251001-v1:0';
const NOVA_LITE = 'amazon.nova-lite-v1:0';
const LLAMA_33 = 'meta.llama3-3-70b-instruct-v1:0';
const MISTRAL_LARGE_3 = 'mistral.mistral-large-3-675b-instruct';

export const CATALOG_DATA: Entry[] = [
  // Anthropic Claude — newest first.
  claude('anthropic.claude-opus-4-7', 'Claude Opus 4.7', 64000, 'most capable; complex reasoning and agents', '最強推理與代理任務', {
    sampling: 'none', profiles: ['global', 'us', 'eu', 'jp'], source: CLAUDE_IDS,
  }),
  claude(OPUS_46, 'Claude Opus 4.6', 128000, 'complex reasoning, deep analysis', '複雜推理、深度分析', {
    sampling: 'one', reasoning: 'claude-budget', profiles: ['global', 'us', 'eu', 'jp', 'apac'], source: CLAUDE_OVERVIEW,
  }),
  claude(SONNET_46, 'Claude Sonnet 4.6', 64000, 'general use, strong reasoning', '通用場景、高效能推理', {
    sampling: 'one', reasoning: 'claude-budget', profiles: ['global', 'us', 'eu', 'jp'],
  }),
  claude(OPUS_45, 'Claude Opus 4.5', 64000, 'complex reasoning, high-quality output', '複雜推理、高質量輸出', {
    sampling: 'one', reasoning: 'claude-budget', profiles: ['global', 'us', 'eu'],
  }),
  claude('anthropic.claude-sonnet-4-5-20250929-v1:0', 'Claude 4.5 Sonnet', 64000, 'general use, strong reasoning', '通用場景、高效能推理', {
    sampling: 'one', reasoning: 'claude-budget', profiles: ['global', 'us', 'eu', 'jp'],
  }),
  claude(HAIKU_45, 'Claude 4.5 Haiku', 64000, 'fast responses, high throughput', '快速響應、高吞吐量', {
    sampling: 'one', reasoning: 'claude-budget', profiles: ['global', 'us', 'eu', 'jp', 'au'], source: AU_PROFILES,
  }),
  claude('anthropic.claude-opus-4-1-20250805-v1:0', 'Claude 4.1 Opus', 32000, 'complex reasoning, deep analysis', '複雜推理、深度分析', {
    sampling: 'one', reasoning: 'claude-budget', profiles: ['us'], lifecycle: 'legacy', replacement: OPUS_46, source: LIFECYCLE,
  }),
  claude('anthropic.claude-opus-4-20250514-v1:0', 'Claude 4 Opus', 32000, 'high-quality output', '高質量輸出', eol(OPUS_46)),
  claude('anthropic.claude-sonnet-4-20250514-v1:0', 'Claude 4 Sonnet', 64000, 'balance of performance and cost', '平衡效能與成本', eol(SONNET_46)),
  claude('anthropic.claude-3-7-sonnet-20250219-v1:0', 'Claude 3.7 Sonnet', 64000, 'enhanced general model', '增強版通用模型', eol(SONNET_46)),
  claude('anthropic.claude-3-5-sonnet-20241022-v2:0', 'Claude 3.5 Sonnet v2', 8192, 'general use, high performance', '通用場景、高效能', eol(SONNET_46)),
  claude('anthropic.claude-3-5-sonnet-20240620-v1:0', 'Claude 3.5 Sonnet v1', 8192, 'general use', '通用場景', { ...eol(SONNET_46), needsProfile: false }),
  claude('anthropic.claude-3-5-haiku-20241022-v1:0', 'Claude 3.5 Haiku', 8192, 'fast responses', '快速響應', eol(HAIKU_45)),
  claude('anthropic.claude-3-opus-20240229-v1:0', 'Claude 3 Opus', 4096, 'complex reasoning', '複雜推理', { ...eol(OPUS_46), needsProfile: false }),
  claude('anthropic.claude-3-sonnet-20240229-v1:0', 'Claude 3 Sonnet', 4096, 'balanced performance', '平衡效能', { ...eol(SONNET_46), needsProfile: false }),
  claude('anthropic.claude-3-haiku-20240307-v1:0', 'Claude 3 Haiku', 4096, 'lightweight tasks', '輕量級任務', {
    needsProfile: false, lifecycle: 'legacy', replacement: HAIKU_45, source: LIFECYCLE,
  }),
  // Amazon Nova (Nova Sonic is speech-to-speech, not a ConverseStream chat model: left out).
  nova('amazon.nova-2-lite-v1:0', 'Nova 2 Lite', 8192, 'fast multimodal reasoning', '快速多模態推理', { profiles: ['us', 'global'], source: AU_PROFILES }),
  nova('amazon.nova-pro-v1:0', 'Nova Pro', 8192, 'high-performance multimodal', '高效能多模態處理', { source: CONVERSE_FEATURES }),
  nova(NOVA_LITE, 'Nova Lite', 8192, 'lightweight multimodal tasks', '輕量級多模態任務', { source: CONVERSE_FEATURES }),
  nova('amazon.nova-micro-v1:0', 'Nova Micro', 8192, 'ultra-lightweight use', '超輕量級場景', { source: CONVERSE_FEATURES }),
  nova('amazon.nova-premier-v1:0', 'Nova Premier', 8192, 'flagship multimodal model', '旗艦級多模態模型', { ...eol('amazon.nova-2-lite-v1:0'), needsProfile: true }),
  // Amazon Titan: no system prompt through Converse; all past end of life.
  titan('amazon.titan-text-premier-v1:0', 'Titan Premier', 3072, 'enterprise applications', '企業級應用', eol(NOVA_LITE)),
  titan('amazon.titan-text-express-v1', 'Titan Express', 8192, 'fast responses', '快速響應', eol(NOVA_LITE)),
  titan('amazon.titan-text-lite-v1', 'Titan Lite', 4096, 'lightweight tasks', '輕量級任務', eol('amazon.nova-micro-v1:0')),
  // Meta Llama
  llama('meta.llama4-maverick-17b-instruct-v1:0', 'Llama 4 Maverick 17B', 8192, 'new-generation high performance', '新一代高效能模型', { needsProfile: true, profiles: ['us'] }),
  llama('meta.llama4-scout-17b-instruct-v1:0', 'Llama 4 Scout 17B', 8192, 'new-generation mid-size model', '新一代中等規模模型', { needsProfile: true, profiles: ['us'] }),
  llama(LLAMA_33, 'Llama 3.3 70B', 8192, 'enhanced large-scale reasoning', '增強版大規模推理', { needsProfile: true, profiles: ['us'] }),
  llama('meta.llama3-2-90b-instruct-v1:0', 'Llama 3.2 90B', 8192, 'large-scale reasoning', '大規模推理', { ...eol(LLAMA_33), needsProfile: true }),
  llama('meta.llama3-2-11b-instruct-v1:0', 'Llama 3.2 11B', 8192, 'mid-size tasks', '中等規模任務', { ...eol('meta.llama4-scout-17b-instruct-v1:0'), needsProfile: true }),
  llama('meta.llama3-2-3b-instruct-v1:0', 'Llama 3.2 3B', 8192, 'lightweight tasks', '輕量級任務', { ...eol('meta.llama3-1-8b-instruct-v1:0'), needsProfile: true }),
  llama('meta.llama3-2-1b-instruct-v1:0', 'Llama 3.2 1B', 8192, 'ultra-lightweight', '超輕量級', { ...eol('meta.llama3-1-8b-instruct-v1:0'), needsProfile: true }),
  llama('meta.llama3-1-405b-instruct-v1:0', 'Llama 3.1 405B', 8192, 'very large-scale reasoning', '超大規模推理', eol(LLAMA_33)),
  llama('meta.llama3-1-70b-instruct-v1:0', 'Llama 3.1 70B', 8192, 'large-scale tasks', '大規模任務'),
  llama('meta.llama3-1-8b-instruct-v1:0', 'Llama 3.1 8B', 8192, 'standard tasks', '標準任務'),
  llama('meta.llama3-70b-instruct-v1:0', 'Llama 3 70B', 2048, 'classic large model', '經典大規模模型'),
  llama('meta.llama3-8b-instruct-v1:0', 'Llama 3 8B', 2048, 'classic standard model', '經典標準模型'),
  // Mistral AI
  mistral(MISTRAL_LARGE_3, 'Mistral Large 3', 8192, 'coding, reasoning, multilingual', '程式碼、推理、多語言'),
  mistral('mistral.pixtral-large-2502-v1:0', 'Pixtral Large 2502', 8192, 'large multimodal model', '多模態大模型', { needsProfile: true, topK: false, profiles: ['us', 'eu'] }),
  mistral('mistral.mistral-large-2407-v1:0', 'Mistral Large 2407', 8192, 'high performance', '高效能場景', { topK: false }),
  mistral('mistral.mistral-large-2402-v1:0', 'Mistral Large 2402', 8192, 'general use', '通用場景'),
  mistral('mistral.mistral-small-2402-v1:0', 'Mistral Small 2402', 8192, 'light and efficient', '輕量高效'),
  mistral('mistral.mixtral-8x7b-instruct-v0:1', 'Mixtral 8x7B', 4096, 'mixture of experts', '混合專家模型', { systemPrompt: false }),
  mistral('mistral.mistral-7b-instruct-v0:2', 'Mistral 7B', 8192, 'lightweight tasks', '輕量級任務', { systemPrompt: false }),
  // AI21 Labs, Cohere: past end of life.
  jamba('ai21.jamba-1-5-large-v1:0', 'Jamba 1.5 Large', 4096, 'large hybrid architecture', '大規模混合架構', eol(MISTRAL_LARGE_3)),
  jamba('ai21.jamba-1-5-mini-v1:0', 'Jamba 1.5 Mini', 4096, 'lightweight hybrid architecture', '輕量級混合架構', eol('mistral.mistral-small-2402-v1:0')),
  cohere('cohere.command-r-plus-v1:0', 'Command R+', 4096, 'enhanced command model', '增強版命令模型', eol(MISTRAL_LARGE_3)),
  cohere('cohere.command-r-v1:0', 'Command R', 4096, 'standard command model', '標準命令模型', eol('mistral.mistral-small-2402-v1:0')),
  // DeepSeek: R1 always reasons (its reasoningContent comes before the answer).
  deepseek('deepseek.r1-v1:0', 'DeepSeek R1', 8192, 'reasoning-optimised', '推理最佳化版本', { needsProfile: true, reasoning: 'always', profiles: ['us'] }),
  deepseek('deepseek.v3-v1:0', 'DeepSeek-V3.1', 8192, 'general use, hybrid reasoning', '通用場景、混合推理'),
  // Qwen
  qwen('qwen.qwen3-coder-480b-a35b-v1:0', 'Qwen 3 Coder 480B', 8192, 'very large code generation', '超大規模程式碼生成'),
  qwen('qwen.qwen3-235b-a22b-2507-v1:0', 'Qwen 3 235B', 8192, 'very large general reasoning', '超大規模通用推理'),
  qwen('qwen.qwen3-coder-30b-a3b-v1:0', 'Qwen 3 Coder 30B', 8192, 'code generation', '程式碼生成專用'),
  qwen('qwen.qwen3-32b-v1:0', 'Qwen 3 32B', 8192, 'standard general model', '標準通用模型'),
  // OpenAI gpt-oss: takes a reasoning effort.
  gptOss('openai.gpt-oss-120b-1:0', 'GPT-OSS 120B', 4096, 'open-weight GPT, large', '開源版GPT大模型'),
  gptOss('openai.gpt-oss-20b-1:0', 'GPT-OSS 20B', 4096, 'open-weight GPT, medium', '開源版GPT中等模型'),
];

/** Where inferenceConfig's own limits (temperature/top_p 0–1, maxTokens ≥ 1) come from. */
export const INFERENCE_CONFIG_SOURCE = INFERENCE_CONFIG;
