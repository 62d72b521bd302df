// "On-demand throughput isn't supported" means the model is only callable through a cross-region
// inference profile. Before any token we retry once with the region's profile id and say so, with
// the id attached so a screen can offer to keep it in the configuration.
import type { StreamEvent } from '../providers/types.js';
import { isProviderError, type ProviderError } from './error-types.js';
import { profileIdFor } from './regions.js';

/** Bedrock's words, straight or curly apostrophe: "…with on-demand throughput isn’t supported." */
const ON_DEMAND = /on-demand throughput (isn['’]t|is not) supported/i;

/** True for Bedrock's "on-demand throughput isn't supported" refusal, raw or already classified. */
export function isOnDemandNotSupported(err: unknown): boolean {
  if (isProviderError(err)) return err.errorClass === 'needs-inference-profile';
  const message = (err as { message?: unknown } | null)?.message;
  return typeof message === 'string' && ON_DEMAND.test(message);
}

export type ProfileNotice = Extract<StreamEvent, { type: 'notice' }> & { profileId: string };

/** The notice for retrying with a profile, or undefined when that retry does not apply. */
export function profileRetryFor(err: ProviderError, modelId: string, region: string): ProfileNotice | undefined {
  if (!isOnDemandNotSupported(err) || err.afterFirstToken) return undefined;
  const profileId = profileIdFor(modelId, region);
  if (profileId === modelId) return undefined; // already a profile id or an ARN: nothing to switch to
  return {
    type: 'notice',
    message: `on-demand throughput isn't supported for ${modelId}; retried with inference profile ${profileId}`,
    profileId,
  };
}
