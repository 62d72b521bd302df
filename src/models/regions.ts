// Regions that offer the Bedrock runtime, and the geography prefix of their inference profiles.

/**
 * Where a region sits for cross-region inference. The profile prefixes are us., eu., apac.,
 * us-gov., jp., au. and global.; the extra values (ca, sa, me, il, af) name regions that borrow
 * another geography's profiles (see PROFILE_PREFIX below).
 */
export type Geography = 'us' | 'ca' | 'sa' | 'us-gov' | 'eu' | 'il' | 'me' | 'af' | 'apac' | 'jp' | 'au';

export interface BedrockRegion {
  id: string;
  name: string;
  geography: Geography;
}

export const DEFAULT_REGION = 'us-east-1';

/**
 * Where the bedrock-runtime endpoint is offered (AWS "Amazon Bedrock endpoints and quotas"). Not
 * every model is in every region; us-east-1 has the widest choice, so it comes first and is the
 * default (seed §1.2, §5.3).
 */
export const BEDROCK_REGIONS: readonly BedrockRegion[] = [
  { id: 'us-east-1', name: 'US East (N. Virginia)', geography: 'us' },
  { id: 'us-east-2', name: 'US East (Ohio)', geography: 'us' },
  { id: 'us-west-2', name: 'US West (Oregon)', geography: 'us' },
  { id: 'us-west-1', name: 'US West (N. California)', geography: 'us' },
  { id: 'us-gov-west-1', name: 'AWS GovCloud (US-West)', geography: 'us-gov' },
  { id: 'us-gov-east-1', name: 'AWS GovCloud (US-East)', geography: 'us-gov' },
  { id: 'ca-central-1', name: 'Canada (Central)', geography: 'ca' },
  { id: 'ca-west-1', name: 'Canada West (Calgary)', geography: 'ca' },
  { id: 'sa-east-1', name: 'South America (São Paulo)', geography: 'sa' },
  { id: 'eu-central-1', name: 'Europe (Frankfurt)', geography: 'eu' },
  { id: 'eu-west-1', name: 'Europe (Ireland)', geography: 'eu' },
  { id: 'eu-west-2', name: 'Europe (London)', geography: 'eu' },
  { id: 'eu-west-3', name: 'Europe (Paris)', geography: 'eu' },
  { id: 'eu-north-1', name: 'Europe (Stockholm)', geography: 'eu' },
  { id: 'eu-south-1', name: 'Europe (Milan)', geography: 'eu' },
  { id: 'eu-south-2', name: 'Europe (Spain)', geography: 'eu' },
  { id: 'eu-central-2', name: 'Europe (Zurich)', geography: 'eu' },
  { id: 'ap-northeast-1', name: 'Asia Pacific (Tokyo)', geography: 'jp' },
  { id: 'ap-northeast-2', name: 'Asia Pacific (Seoul)', geography: 'apac' },
  { id: 'ap-northeast-3', name: 'Asia Pacific (Osaka)', geography: 'jp' },
  { id: 'ap-south-1', name: 'Asia Pacific (Mumbai)', geography: 'apac' },
  { id: 'ap-south-2', name: 'Asia Pacific (Hyderabad)', geography: 'apac' },
  { id: 'ap-southeast-1', name: 'Asia Pacific (Singapore)', geography: 'apac' },
  { id: 'ap-southeast-2', name: 'Asia Pacific (Sydney)', geography: 'au' },
  { id: 'ap-southeast-3', name: 'Asia Pacific (Jakarta)', geography: 'apac' },
  { id: 'ap-southeast-4', name: 'Asia Pacific (Melbourne)', geography: 'au' },
  { id: 'ap-southeast-5', name: 'Asia Pacific (Malaysia)', geography: 'apac' },
  { id: 'ap-southeast-6', name: 'Asia Pacific (New Zealand)', geography: 'apac' },
  { id: 'ap-southeast-7', name: 'Asia Pacific (Thailand)', geography: 'apac' },
  { id: 'ap-east-2', name: 'Asia Pacific (Taipei)', geography: 'apac' },
  { id: 'me-central-1', name: 'Middle East (UAE)', geography: 'me' },
  { id: 'il-central-1', name: 'Israel (Tel Aviv)', geography: 'il' },
  { id: 'af-south-1', name: 'Africa (Cape Town)', geography: 'af' },
];

const BY_ID = new Map(BEDROCK_REGIONS.map((r) => [r.id, r]));

export const isBedrockRegion = (id: string): boolean => BY_ID.has(id);

/**
 * The geography profile a region's requests use. Tokyo and Osaka have their own jp. profiles and
 * Sydney and Melbourne au. (Claude Haiku 4.5 in Tokyo needs jp. or global.; apac. answers "invalid
 * model identifier" there, issue #12). Canada is a source region of the us. profiles and the UAE of the
 * apac. ones. São Paulo and Tel Aviv have no geography of their own: us. and eu., the nearest. Cape
 * Town is served only by global. Where a model has no profile of the region's geography (catalog
 * `profiles`, or the live list), profileCandidates falls back to apac. and then global.
 */
const PROFILE_PREFIX: Record<Geography, string> = {
  us: 'us',
  ca: 'us',
  sa: 'us',
  'us-gov': 'us-gov',
  eu: 'eu',
  il: 'eu',
  me: 'apac',
  af: 'global',
  apac: 'apac',
  jp: 'jp',
  au: 'au',
};

/** The region's geography, also for a region id we do not list (guessed from its prefix). */
export function geographyOf(region: string): Geography {
  const known = BY_ID.get(region);
  if (known) return known.geography;
  if (region.startsWith('us-gov-')) return 'us-gov';
  const match = /^(us|ca|sa|eu|il|me|af|ap)-/.exec(region);
  if (!match) return 'us';
  return match[1] === 'ap' ? 'apac' : (match[1] as Geography);
}

/** us-east-1 → 'us', eu-west-3 → 'eu', ap-northeast-1 → 'apac', us-gov-west-1 → 'us-gov'. */
export function profilePrefixFor(region: string): string {
  return PROFILE_PREFIX[geographyOf(region)];
}

/** A model id that already is an inference-profile id. */
export const HAS_PROFILE_PREFIX = /^(us|eu|apac|jp|au|ca|us-gov|global)\./;

/**
 * The profile ids to try, best first, for a model that cannot be called on demand. `available`
 * lists the prefixes known to exist for it (the live list's profile ids, else the catalog's); when
 * it is empty we know nothing and try the region's geography, then global.
 */
export function profileCandidates(modelId: string, region: string, available: readonly string[] = []): string[] {
  if (modelId.startsWith('arn:') || HAS_PROFILE_PREFIX.test(modelId)) return [];
  const geo = profilePrefixFor(region);
  const order = [geo, ...(geo === 'jp' || geo === 'au' ? ['apac'] : []), 'global'];
  const prefixes = available.length > 0 ? order.filter((p) => available.includes(p)) : order;
  return [...new Set(prefixes)].map((p) => `${p}.${modelId}`);
}

/** `anthropic.claude-…` in us-east-1 → `us.anthropic.claude-…`; profile ids and ARNs stay as they are. */
export function profileIdFor(modelId: string, region: string): string {
  if (modelId.startsWith('arn:') || HAS_PROFILE_PREFIX.test(modelId)) return modelId;
  return `${profilePrefixFor(region)}.${modelId}`;
}
