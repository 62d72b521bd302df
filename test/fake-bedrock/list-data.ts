// What the fake's control-plane list APIs answer by default, in the JSON shapes of the Bedrock API
// reference (ListFoundationModels: FoundationModelSummary; ListInferenceProfiles:
// InferenceProfileSummary; restJson1 timestamps as ISO date-time strings):
// https://docs.aws.amazon.com/bedrock/latest/APIReference/API_ListFoundationModels.html
// https://docs.aws.amazon.com/bedrock/latest/APIReference/API_ListInferenceProfiles.html
// A small account in us-east-1: some Claude models on demand only through profiles, a Legacy one,
// a model mockview does not know, an embedding model and Nova Sonic (neither a chat model).

export interface FakeFoundationModel {
  modelArn: string;
  modelId: string;
  modelName: string;
  providerName: string;
  inputModalities: string[];
  outputModalities: string[];
  responseStreamingSupported?: boolean;
  customizationsSupported: string[];
  inferenceTypesSupported: string[];
  modelLifecycle: { status: 'ACTIVE' | 'LEGACY'; startOfLifeTime?: string; endOfLifeTime?: string; legacyTime?: string };
}

export interface FakeInferenceProfile {
  inferenceProfileName: string;
  description?: string;
  createdAt?: string;
  updatedAt?: string;
  inferenceProfileArn: string;
  models: { modelArn: string }[];
  inferenceProfileId: string;
  status: 'ACTIVE';
  type: 'SYSTEM_DEFINED' | 'APPLICATION';
}

const REGION = 'us-east-1';
const fmArn = (region: string, id: string): string => `arn:aws:bedrock:${region}::foundation-model/${id}`;

export function foundationModel(
  modelId: string,
  modelName: string,
  providerName: string,
  opts: { inference?: string[]; output?: string[]; input?: string[]; status?: 'ACTIVE' | 'LEGACY'; region?: string } = {},
): FakeFoundationModel {
  return {
    modelArn: fmArn(opts.region ?? REGION, modelId),
    modelId,
    modelName,
    providerName,
    inputModalities: opts.input ?? ['TEXT'],
    outputModalities: opts.output ?? ['TEXT'],
    responseStreamingSupported: true,
    customizationsSupported: [],
    inferenceTypesSupported: opts.inference ?? ['ON_DEMAND'],
    modelLifecycle: { status: opts.status ?? 'ACTIVE', startOfLifeTime: '2025-01-01T00:00:00Z' },
  };
}

/** A system-defined profile `prefix.modelId` routing to the model in the regions given. */
export function systemProfile(prefix: string, modelId: string, name: string, regions: string[] = ['us-east-1', 'us-east-2', 'us-west-2']): FakeInferenceProfile {
  const id = `${prefix}.${modelId}`;
  return {
    inferenceProfileName: `${prefix.toUpperCase()} ${name}`,
    description: `Routes requests to ${name} in ${regions.join(', ')}.`,
    createdAt: '2025-10-01T00:00:00Z',
    updatedAt: '2025-10-01T00:00:00Z',
    inferenceProfileArn: `arn:aws:bedrock:${REGION}:123456789012:inference-profile/${id}`,
    models: regions.map((r) => ({ modelArn: fmArn(r, modelId) })),
    inferenceProfileId: id,
    status: 'ACTIVE',
    type: 'SYSTEM_DEFINED',
  };
}

const HAIKU_45 = 'anthropic.claude-haiku-4-5-20251001-v1:0';
const OPUS_45 = 'anthropic.claude-opus-4-5-20251101-v1:0';
const OPUS_41 = 'anthropic.claude-opus-4-1-20250805-v1:0';

export const DEFAULT_FOUNDATION_MODELS: FakeFoundationModel[] = [
  foundationModel(HAIKU_45, 'Claude Haiku 4.5', 'Anthropic', { inference: ['INFERENCE_PROFILE'], input: ['TEXT', 'IMAGE'] }),
  foundationModel(OPUS_45, 'Claude Opus 4.5', 'Anthropic', { inference: ['INFERENCE_PROFILE'], input: ['TEXT', 'IMAGE'] }),
  foundationModel(OPUS_41, 'Claude Opus 4.1', 'Anthropic', { inference: ['INFERENCE_PROFILE'], status: 'LEGACY' }),
  foundationModel('amazon.nova-pro-v1:0', 'Nova Pro', 'Amazon', { input: ['TEXT', 'IMAGE', 'VIDEO'] }),
  foundationModel('meta.llama3-8b-instruct-v1:0', 'Llama 3 8B Instruct', 'Meta'),
  foundationModel('deepseek.r1-v1:0', 'DeepSeek-R1', 'DeepSeek', { inference: ['INFERENCE_PROFILE'] }),
  foundationModel('acme.newmodel-v1:0', 'Acme New Model', 'Acme'),
  foundationModel('amazon.titan-embed-text-v2:0', 'Titan Text Embeddings V2', 'Amazon', { output: ['EMBEDDING'] }),
  foundationModel('amazon.nova-sonic-v1:0', 'Nova Sonic', 'Amazon', { input: ['SPEECH'], output: ['SPEECH', 'TEXT'] }),
];

export const DEFAULT_INFERENCE_PROFILES: FakeInferenceProfile[] = [
  systemProfile('us', HAIKU_45, 'Claude Haiku 4.5'),
  systemProfile('global', HAIKU_45, 'Claude Haiku 4.5', ['us-east-1', 'eu-west-1', 'ap-northeast-1']),
  systemProfile('us', OPUS_45, 'Claude Opus 4.5'),
  systemProfile('us', OPUS_41, 'Claude Opus 4.1'),
  systemProfile('us', 'deepseek.r1-v1:0', 'DeepSeek-R1'),
];
