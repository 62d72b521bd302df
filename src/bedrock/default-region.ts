// The region a new configuration gets when the user names none: the AWS profile's `region` (read
// with the SDK's own shared-config loader, so ~/.aws/config and ~/.aws/credentials, AWS_CONFIG_FILE,
// AWS_SHARED_CREDENTIALS_FILE and `[profile x]` sections are read exactly as the SDK reads them), else
// AWS_REGION / AWS_DEFAULT_REGION, else us-east-1.
import { DEFAULT_REGION } from '../models/regions.js';

/** The profile the SDK would use: the named one, else AWS_PROFILE, else "default". */
export function profileNameOf(profile: string | undefined, env: NodeJS.ProcessEnv): string {
  return profile || env.AWS_PROFILE || 'default';
}

/** The `region` of the profile, or undefined when there is none (or the files cannot be read). */
export async function profileRegion(profile: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const { loadSharedConfigFiles } = await import('@smithy/core/config');
  // The loader reads AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE from process.env; a caller's own
  // environment is honoured by passing the paths explicitly.
  const files = await loadSharedConfigFiles({
    ...(env.AWS_CONFIG_FILE ? { configFilepath: env.AWS_CONFIG_FILE } : {}),
    ...(env.AWS_SHARED_CREDENTIALS_FILE ? { filepath: env.AWS_SHARED_CREDENTIALS_FILE } : {}),
    ignoreCache: true,
  }).catch(() => undefined);
  if (!files) return undefined;
  const name = profileNameOf(profile, env);
  const region = files.configFile?.[name]?.region ?? files.credentialsFile?.[name]?.region;
  return region?.trim() || undefined;
}

/** A configuration's region, else the profile's, else AWS_REGION / AWS_DEFAULT_REGION, else us-east-1. */
export async function resolveRegion(opts: { region?: string; profile?: string; env?: NodeJS.ProcessEnv }): Promise<string> {
  const env = opts.env ?? process.env;
  if (opts.region) return opts.region;
  return (await profileRegion(opts.profile, env)) || env.AWS_REGION || env.AWS_DEFAULT_REGION || DEFAULT_REGION;
}
