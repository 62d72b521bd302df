// "On-demand throughput isn't supported" means the model is only callable through a cross-region
// inference profile. Before any token we retry once with the region's profile id and say so, with
// the id attached so a screen can offer to keep it in the configuration.
import type { StreamEvent } from '../models/chat.js';
import { findModel } from '../models/catalog.js';
import { profileCandidates } from '../models/regions.js';
import { isProviderError, type ProviderError } from '../models/provider-error.js';
import { t } from '../i18n/index.js';

/**
 * Profile ids the live list (ListInferenceProfiles) reported, per region; consulted before the
 * catalog's prefixes, since it is what this account can really call there.
 */
const liveProfiles = new Map<string, Set<string>>();
export function rememberLiveProfiles(region: string, ids: readonly string[]): void {
  liveProfiles.set(region, new Set(ids));
}

/** Prefixes with a profile for this model: live first, else the catalog's. */
function availablePrefixes(modelId: string, region: string): string[] {
  const live = liveProfiles.get(region);
  if (live && live.size > 0) {
    const found = [...live].filter((id) => id.endsWith(`.${modelId}`)).map((id) => id.slice(0, id.length - modelId.length - 1));
    if (found.length > 0) return found;
  }
  return findModel(modelId)?.profiles ?? [];
}

/** The profile ids to try for `modelId` in `region`, best first. */
export function profileIdsFor(modelId: string, region: string): string[] {
  return profileCandidates(modelId, region, availablePrefixes(modelId, region));
}

/** Bedrock's words, straight or curly apostrophe: "…with on-demand throughput isn’t supported." */
const ON_DEMAND = /on-demand throughput (isn['’]t|is not) supported/i;

/** True for Bedrock's "on-demand throughput isn't supported" refusal, raw or already classified. */
export function isOnDemandNotSupported(err: unknown): boolean {
  if (isProviderError(err)) return err.errorClass === 'needs-inference-profile';
  const message = (err as { message?: unknown } | null)?.message;
  return typeof message === 'string' && ON_DEMAND.test(message);
}

export type ProfileNotice = Extract<StreamEvent, { type: 'notice' }> & { profileId: string };

/** "The provided model identifier is invalid": what a profile id that does not exist there gets. */
const INVALID_ID = /model identifier is invalid/i;

/**
 * The notice for (re)trying with a profile, or undefined when that retry does not apply: after an
 * on-demand refusal of the base id, the best candidate; after "invalid model identifier" for a
 * candidate we tried, the next one (e.g. apac. → global. in Tokyo). `tried` holds ids already sent.
 */
export function profileRetryFor(err: ProviderError, baseId: string, region: string, tried: ReadonlySet<string>): ProfileNotice | undefined {
  if (err.afterFirstToken) return undefined;
  const candidates = profileIdsFor(baseId, region);
  const onDemand = isOnDemandNotSupported(err);
  const invalidProfile = tried.size > 1 && INVALID_ID.test(err.raw.message);
  if (!onDemand && !invalidProfile) return undefined;
  const profileId = candidates.find((c) => !tried.has(c));
  if (!profileId) return undefined; // already a profile id or an ARN, or every candidate was refused
  const why = onDemand
    ? t('models.profile.onDemand', { model: baseId })
    : t('models.profile.notOffered', { profile: [...tried].at(-1), region });
  return { type: 'notice', message: t('models.profile.retried', { why, profile: profileId }), profileId };
}
