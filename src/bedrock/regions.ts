// Regions that offer the Bedrock runtime, and the geography prefix of their inference profiles.
export interface BedrockRegion {
  id: string;
  name: string;
}

export const DEFAULT_REGION = 'us-east-1';

/**
 * Where the bedrock-runtime endpoint is offered (AWS "Regional availability by endpoints"). Not every
 * model is in every region; us-east-1 has the widest choice, so it comes first and is the default.
 */
export const BEDROCK_REGIONS: readonly BedrockRegion[] = [
  { id: 'us-east-1', name: 'US East (N. Virginia)' },
  { id: 'us-east-2', name: 'US East (Ohio)' },
  { id: 'us-west-2', name: 'US West (Oregon)' },
  { id: 'us-west-1', name: 'US West (N. California)' },
  { id: 'us-gov-west-1', name: 'AWS GovCloud (US-West)' },
  { id: 'us-gov-east-1', name: 'AWS GovCloud (US-East)' },
  { id: 'ca-central-1', name: 'Canada (Central)' },
  { id: 'ca-west-1', name: 'Canada West (Calgary)' },
  { id: 'sa-east-1', name: 'South America (São Paulo)' },
  { id: 'eu-central-1', name: 'Europe (Frankfurt)' },
  { id: 'eu-west-1', name: 'Europe (Ireland)' },
  { id: 'eu-west-2', name: 'Europe (London)' },
  { id: 'eu-west-3', name: 'Europe (Paris)' },
  { id: 'eu-north-1', name: 'Europe (Stockholm)' },
  { id: 'eu-south-1', name: 'Europe (Milan)' },
  { id: 'eu-south-2', name: 'Europe (Spain)' },
  { id: 'eu-central-2', name: 'Europe (Zurich)' },
  { id: 'ap-northeast-1', name: 'Asia Pacific (Tokyo)' },
  { id: 'ap-northeast-2', name: 'Asia Pacific (Seoul)' },
  { id: 'ap-northeast-3', name: 'Asia Pacific (Osaka)' },
  { id: 'ap-south-1', name: 'Asia Pacific (Mumbai)' },
  { id: 'ap-south-2', name: 'Asia Pacific (Hyderabad)' },
  { id: 'ap-southeast-1', name: 'Asia Pacific (Singapore)' },
  { id: 'ap-southeast-2', name: 'Asia Pacific (Sydney)' },
  { id: 'ap-southeast-3', name: 'Asia Pacific (Jakarta)' },
  { id: 'ap-southeast-4', name: 'Asia Pacific (Melbourne)' },
  { id: 'ap-southeast-5', name: 'Asia Pacific (Malaysia)' },
  { id: 'ap-southeast-6', name: 'Asia Pacific (New Zealand)' },
  { id: 'ap-southeast-7', name: 'Asia Pacific (Thailand)' },
  { id: 'ap-east-2', name: 'Asia Pacific (Taipei)' },
  { id: 'me-central-1', name: 'Middle East (UAE)' },
  { id: 'il-central-1', name: 'Israel (Tel Aviv)' },
];

const IDS = new Set(BEDROCK_REGIONS.map((r) => r.id));

export const isBedrockRegion = (id: string): boolean => IDS.has(id);

/**
 * The cross-region inference profile geography for a region. Some models also have jp., au. and
 * global. profiles; the geography one is the safe default, and users may type any profile id.
 */
export function profilePrefixFor(region: string): string {
  if (region.startsWith('us-gov-')) return 'us-gov';
  if (/^(us|ca|sa)-/.test(region)) return 'us';
  if (/^(eu|me|il)-/.test(region)) return 'eu';
  if (region.startsWith('ap-')) return 'apac';
  return 'us';
}

const HAS_PREFIX = /^(us|eu|apac|jp|au|ca|us-gov|global)\./;

/** `anthropic.claude-…` in us-east-1 → `us.anthropic.claude-…`; profile ids and ARNs stay as they are. */
export function profileIdFor(modelId: string, region: string): string {
  if (modelId.startsWith('arn:') || HAS_PREFIX.test(modelId)) return modelId;
  return `${profilePrefixFor(region)}.${modelId}`;
}
