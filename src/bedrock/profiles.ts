// "On-demand throughput isn't supported" means the model is only callable through a cross-region
// inference profile. Before any token we retry once with the region's profile id and say so, with
// the id attached so a screen can offer to keep it in the configuration.
import type { StreamEvent } from '../providers/types.js';
import type { ProviderError } from './error-types.js';
import { profileIdFor } from './regions.js';

export type ProfileNotice = Extract<StreamEvent, { type: 'notice' }> & { profileId: string };

/** The notice for retrying with a profile, or undefined when that retry does not apply. */
export function profileRetryFor(err: ProviderError, modelId: string, region: string): ProfileNotice | undefined {
  if (err.errorClass !== 'needs-inference-profile' || err.afterFirstToken) return undefined;
  const profileId = profileIdFor(modelId, region);
  if (profileId === modelId) return undefined; // already a profile id or an ARN: nothing to switch to
  return {
    type: 'notice',
    message: `on-demand throughput isn't supported for ${modelId}; retried with inference profile ${profileId}`,
    profileId,
  };
}
