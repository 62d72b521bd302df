// Every model of the seed's §4 tables (4.1–4.10), in the seed's order. Max outputs as the seed
// gives them (64K = 65536 …). needsProfile marks models that AWS serves on-demand only through a
// cross-region inference profile (us./eu./apac.… ids): the Claude 4.x / 3.7 / 3.5 v2 / 3.5 Haiku
// generation, Nova Premier, Llama 3.2+, Pixtral Large and DeepSeek R1, per the Bedrock model cards.
import type { CatalogModel } from './catalog-types.js';

type Entry = Omit<CatalogModel, 'noTemperatureWithTopP'> & { noTemperatureWithTopP?: boolean };

const K64 = 65536;
const K32 = 32768;
const K8 = 8192;
const K4 = 4096;

const claude = (id: string, name: string, maxOutput: number, use: string, useZh: string, needsProfile: boolean, noTemperatureWithTopP = false): Entry => ({
  id, name, vendor: 'Anthropic', family: 'claude', maxOutput, use, useZh, needsProfile, noTemperatureWithTopP,
});
const make = (vendor: Entry['vendor'], family: Entry['family']) =>
  (id: string, name: string, maxOutput: number, use: string, useZh: string, needsProfile = false): Entry => ({
    id, name, vendor, family, maxOutput, use, useZh, needsProfile,
  });
const nova = make('Amazon', 'nova');
const titan = make('Amazon', 'titan');
const llama = make('Meta', 'llama');
const mistral = make('Mistral AI', 'mistral');
const jamba = make('AI21 Labs', 'jamba');
const cohere = make('Cohere', 'cohere');
const deepseek = make('DeepSeek', 'deepseek');
const qwen = make('Qwen', 'qwen');
const gptOss = make('OpenAI', 'gpt-oss');

export const CATALOG_DATA: Entry[] = [
  // 4.1 Anthropic Claude
  claude('anthropic.claude-sonnet-4-5-20250929-v1:0', 'Claude 4.5 Sonnet', K64, 'latest generation; general use, strong reasoning', '最新一代,通用場景、高效能推理', true, true),
  claude('anthropic.claude-haiku-4-5-20251001-v1:0', 'Claude 4.5 Haiku', K64, 'fast responses, high throughput', '快速響應、高吞吐量', true, true),
  claude('anthropic.claude-opus-4-1-20250805-v1:0', 'Claude 4.1 Opus', K32, 'complex reasoning, deep analysis', '複雜推理、深度分析', true, true),
  claude('anthropic.claude-opus-4-20250514-v1:0', 'Claude 4 Opus', K32, 'high-quality output', '高質量輸出', true),
  claude('anthropic.claude-sonnet-4-20250514-v1:0', 'Claude 4 Sonnet', K64, 'balance of performance and cost', '平衡效能與成本', true),
  claude('anthropic.claude-3-7-sonnet-20250219-v1:0', 'Claude 3.7 Sonnet', K64, 'enhanced general model', '增強版通用模型', true),
  claude('anthropic.claude-3-5-sonnet-20241022-v2:0', 'Claude 3.5 Sonnet v2', K64, 'general use, high performance', '通用場景、高效能', true),
  claude('anthropic.claude-3-5-sonnet-20240620-v1:0', 'Claude 3.5 Sonnet v1', K64, 'general use', '通用場景', false),
  claude('anthropic.claude-3-5-haiku-20241022-v1:0', 'Claude 3.5 Haiku', K8, 'fast responses', '快速響應', true),
  claude('anthropic.claude-3-opus-20240229-v1:0', 'Claude 3 Opus', K4, 'complex reasoning', '複雜推理', false),
  claude('anthropic.claude-3-sonnet-20240229-v1:0', 'Claude 3 Sonnet', K4, 'balanced performance', '平衡效能', false),
  claude('anthropic.claude-3-haiku-20240307-v1:0', 'Claude 3 Haiku', K4, 'lightweight tasks', '輕量級任務', false),
  // 4.2 Amazon Nova
  nova('amazon.nova-premier-v1:0', 'Nova Premier', K8, 'flagship multimodal model', '旗艦級多模態模型', true),
  nova('amazon.nova-pro-v1:0', 'Nova Pro', K8, 'high-performance multimodal', '高效能多模態處理'),
  nova('amazon.nova-lite-v1:0', 'Nova Lite', K8, 'lightweight multimodal tasks', '輕量級多模態任務'),
  nova('amazon.nova-micro-v1:0', 'Nova Micro', K8, 'ultra-lightweight use', '超輕量級場景'),
  nova('amazon.nova-sonic-v1:0', 'Nova Sonic', K8, 'fast responses', '快速響應'),
  // 4.3 Amazon Titan
  titan('amazon.titan-text-premier-v1:0', 'Titan Premier', K8, 'enterprise applications', '企業級應用'),
  titan('amazon.titan-text-express-v1', 'Titan Express', K8, 'fast responses', '快速響應'),
  titan('amazon.titan-text-lite-v1', 'Titan Lite', K8, 'lightweight tasks', '輕量級任務'),
  // 4.4 Meta Llama
  llama('meta.llama4-scout-17b-instruct-v1:0', 'Llama 4 Scout 17B', K8, 'new-generation mid-size model', '新一代中等規模模型', true),
  llama('meta.llama4-maverick-17b-instruct-v1:0', 'Llama 4 Maverick 17B', K8, 'new-generation high performance', '新一代高效能模型', true),
  llama('meta.llama3-3-70b-instruct-v1:0', 'Llama 3.3 70B', K8, 'enhanced large-scale reasoning', '增強版大規模推理', true),
  llama('meta.llama3-2-90b-instruct-v1:0', 'Llama 3.2 90B', K8, 'large-scale reasoning', '大規模推理', true),
  llama('meta.llama3-2-11b-instruct-v1:0', 'Llama 3.2 11B', K8, 'mid-size tasks', '中等規模任務', true),
  llama('meta.llama3-2-3b-instruct-v1:0', 'Llama 3.2 3B', K8, 'lightweight tasks', '輕量級任務', true),
  llama('meta.llama3-2-1b-instruct-v1:0', 'Llama 3.2 1B', K8, 'ultra-lightweight', '超輕量級', true),
  llama('meta.llama3-1-405b-instruct-v1:0', 'Llama 3.1 405B', K8, 'very large-scale reasoning', '超大規模推理'),
  llama('meta.llama3-1-70b-instruct-v1:0', 'Llama 3.1 70B', K8, 'large-scale tasks', '大規模任務'),
  llama('meta.llama3-1-8b-instruct-v1:0', 'Llama 3.1 8B', K8, 'standard tasks', '標準任務'),
  llama('meta.llama3-70b-instruct-v1:0', 'Llama 3 70B', K8, 'classic large model', '經典大規模模型'),
  llama('meta.llama3-8b-instruct-v1:0', 'Llama 3 8B', K8, 'classic standard model', '經典標準模型'),
  // 4.5 Mistral AI
  mistral('mistral.pixtral-large-2502-v1:0', 'Pixtral Large 2502', K8, 'large multimodal model', '多模態大模型', true),
  mistral('mistral.mistral-large-2407-v1:0', 'Mistral Large 2407', K8, 'high performance', '高效能場景'),
  mistral('mistral.mistral-large-2402-v1:0', 'Mistral Large 2402', K8, 'general use', '通用場景'),
  mistral('mistral.mistral-small-2402-v1:0', 'Mistral Small 2402', K8, 'light and efficient', '輕量高效'),
  mistral('mistral.mixtral-8x7b-instruct-v0:1', 'Mixtral 8x7B', K4, 'mixture of experts', '混合專家模型'),
  mistral('mistral.mistral-7b-instruct-v0:2', 'Mistral 7B', K8, 'lightweight tasks', '輕量級任務'),
  // 4.6 AI21 Labs
  jamba('ai21.jamba-1-5-large-v1:0', 'Jamba 1.5 Large', K4, 'large hybrid architecture', '大規模混合架構'),
  jamba('ai21.jamba-1-5-mini-v1:0', 'Jamba 1.5 Mini', K4, 'lightweight hybrid architecture', '輕量級混合架構'),
  // 4.7 Cohere
  cohere('cohere.command-r-plus-v1:0', 'Command R+', K4, 'enhanced command model', '增強版命令模型'),
  cohere('cohere.command-r-v1:0', 'Command R', K4, 'standard command model', '標準命令模型'),
  // 4.8 DeepSeek
  deepseek('deepseek.r1-v1:0', 'DeepSeek R1', K8, 'reasoning-optimised', '推理最佳化版本', true),
  deepseek('deepseek.v3-v1:0', 'DeepSeek V3', K8, 'latest generation', '最新一代模型'),
  // 4.9 Qwen
  qwen('qwen.qwen3-coder-480b-a35b-v1:0', 'Qwen 3 Coder 480B', K8, 'very large code generation', '超大規模程式碼生成'),
  qwen('qwen.qwen3-235b-a22b-2507-v1:0', 'Qwen 3 235B', K8, 'very large general reasoning', '超大規模通用推理'),
  qwen('qwen.qwen3-coder-30b-a3b-v1:0', 'Qwen 3 Coder 30B', K8, 'code generation', '程式碼生成專用'),
  qwen('qwen.qwen3-32b-v1:0', 'Qwen 3 32B', K8, 'standard general model', '標準通用模型'),
  // 4.10 OpenAI
  gptOss('openai.gpt-oss-120b-1:0', 'GPT-OSS 120B', K4, 'open-weight GPT, large', '開源版GPT大模型'),
  gptOss('openai.gpt-oss-20b-1:0', 'GPT-OSS 20B', K4, 'open-weight GPT, medium', '開源版GPT中等模型'),
];
