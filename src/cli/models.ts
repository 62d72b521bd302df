// `mockview models …`: the model setup of the screens, for scripts and quick SSH use.
import { Command } from 'commander';
import { describeSource, listCallableModels, type CallableModels } from '../bedrock/catalog-live.js';
import { profileRegion } from '../bedrock/default-region.js';
import { findModel, formatTokens } from '../models/catalog.js';
import { isBedrockRegion } from '../models/regions.js';
import { openCatalogCache } from '../store/catalog-cache.js';
import { maskConfig, validateModelConfig } from '../store/model-config.js';
import { safeText } from '../terminal/safe-text.js';
import type { ModelConfig } from '../store/schema.js';
import type { Store } from '../store/types.js';
import { err, out, printJson, readSecretFlags, requireModel, storeFor } from './context.js';
import { usageError } from './errors.js';
import { FLAG_FOR_FIELD, inputFromFlags, type ModelAddFlags } from './model-flags.js';
import { padCells } from './table.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** "Claude 4.5 Sonnet" for catalog ids, else the id itself. */
export function modelDisplayName(config: ModelConfig): string {
  if (config.provider === 'demo') return 'Offline demo (no network)';
  return findModel(config.modelId)?.name ?? config.modelId;
}

function authSummary(config: ModelConfig): string {
  const masked = maskConfig(config).auth;
  switch (masked.type) {
    case 'apiKey':
      return `API key ${masked.apiKey}`;
    case 'iam':
      return `IAM ${masked.accessKeyId}`;
    case 'profile':
      return masked.profile ? `profile ${masked.profile}` : 'default chain';
    case 'none':
      return 'none';
  }
}

function testSummary(config: ModelConfig): string {
  const t = config.lastTest;
  if (!t) return config.provider === 'demo' ? 'offline' : 'not tested';
  if (t.ok) return `ok ${t.firstTokenMs != null ? `${(t.firstTokenMs / 1000).toFixed(2)}s` : ''}`.trim();
  return `failed: ${t.errorClass ?? 'error'}`;
}

function listModels(store: Store, json: boolean): void {
  const models = store.listModels();
  const def = store.defaultModelName();
  if (json) {
    printJson(models.map((m) => ({ ...maskConfig(m), default: m.name === def })));
    return;
  }
  const rows = models.map((m) => [
    m.name === def ? '*' : ' ',
    m.name,
    modelDisplayName(m),
    m.region,
    authSummary(m),
    testSummary(m),
  ]);
  out(padCells([[' ', 'NAME', 'MODEL', 'REGION', 'AUTH', 'LAST TEST'], ...rows]).join('\n'));
  if (models.every((m) => m.provider === 'demo')) {
    out('\nNo Bedrock model yet. Add one: mockview models add --name NAME --model-id ID --api-key -');
  }
}

async function addModel(store: Store, flags: ModelAddFlags): Promise<void> {
  await readSecretFlags(flags);
  // No --region: the AWS profile's region (the named one, else AWS_PROFILE / default), as the SDK reads it.
  const fromProfile = flags.region === undefined ? await profileRegion(flags.profile, process.env) : undefined;
  const parsed = inputFromFlags(flags, new Date().toISOString(), process.env, fromProfile);
  if (!parsed.ok) throw usageError(...parsed.problems.map((p) => `${p.flag}: ${p.message}`));
  const result = validateModelConfig(parsed.input);
  if (!result.ok) throw usageError(...result.problems.map((p) => `${FLAG_FOR_FIELD[p.field]}: ${p.message}`));
  if (store.getModel(result.config.name)) {
    throw usageError(`--name: a model named '${result.config.name}' already exists`);
  }
  for (const notice of [...parsed.notices, ...result.notices]) err(`note: ${notice}`);
  store.addModel(result.config);
  const isDefault = store.defaultModelName() === result.config.name;
  out(
    `Added '${result.config.name}' (${modelDisplayName(result.config)} · ${result.config.region})` +
      (isDefault ? '. It is the default model.' : '.'),
  );
  out(`Test it: mockview models test '${result.config.name}'`);
}


interface CatalogFlags {
  json?: boolean;
  refresh?: boolean;
  region?: string;
  model?: string;
}

/** The credentials to ask Bedrock with: the named model, else the default one if it is Bedrock, else the default chain. */
function credentialsFor(store: Store, name: string | undefined): ModelConfig {
  if (name) return requireModel(store, name);
  const chosen = store.getModel(store.defaultModelName());
  if (chosen && chosen.provider === 'bedrock') return chosen;
  const now = new Date().toISOString();
  return { name: 'default chain', provider: 'bedrock', auth: { type: 'profile' }, region: '', modelId: 'none', params: { stopSequences: [] }, createdAt: now, updatedAt: now };
}

const lifecycleLabel = (l: string): string => (l === 'legacy' ? 'Legacy' : 'Active');

function printCallable(list: CallableModels, json: boolean): void {
  if (json) {
    printJson({ source: list.source, region: list.region, fetchedAt: list.fetchedAt, ...(list.notice ? { notice: list.notice } : {}), models: list.models });
    return;
  }
  out(`Models in ${list.region} (${describeSource(list)})`);
  const rows = list.models.map((m) => [
    '  ' + safeText(m.callableId),
    safeText(m.name),
    m.maxOutput ? `${formatTokens(m.maxOutput)} out` : '?',
    lifecycleLabel(m.lifecycle),
    m.onDemand ? 'on demand' : 'inference profile',
    m.known ? '' : 'not in mockview\'s catalog: only the parameters you set are sent',
  ]);
  out(padCells([['  ID', 'NAME', 'MAX OUT', 'LIFECYCLE', 'CALLED', ''], ...rows]).join('\n'));
}

async function catalogCommand(store: Store, flags: CatalogFlags): Promise<void> {
  if (flags.region !== undefined && !isBedrockRegion(flags.region)) {
    throw usageError(`--region: '${safeText(flags.region).slice(0, 32)}' is not a Bedrock region (e.g. us-east-1, us-west-2, eu-central-1)`);
  }
  const config = credentialsFor(store, flags.model);
  const region = flags.region ?? (config.region || (await profileRegion(config.auth.type === 'profile' ? config.auth.profile : undefined)) || undefined);
  const list = await listCallableModels(config, {
    refresh: Boolean(flags.refresh),
    cache: openCatalogCache(store.paths.dir),
    ...(region ? { region } : {}),
  });
  if (list.notice) err(`note: ${safeText(list.notice)}`);
  if (list.error && list.source !== 'live') {
    // Best effort: a damaged logs.json must not stand between the user and the list (or its error).
    try {
      store.appendLog({ level: 'warn', kind: 'test', errorClass: list.error.errorClass, region: list.region, message: `model list: ${list.error.title}`, details: { ...list.error.raw } });
    } catch (e) {
      err(`note: not logged (${(e as Error).message})`);
    }
    if (list.error.fix) err(`  fix: ${safeText(list.error.fix)}`);
  }
  printCallable(list, Boolean(flags.json));
}

export function registerModels(program: Command): Command {
  const models = program.command('models').description('set up Bedrock models (list, add, test, default, remove)');

  models
    .command('list')
    .description('configured models; * marks the default; secrets masked')
    .option('--json', 'print JSON')
    .action(function (this: Command, opts: { json?: boolean }) {
      listModels(storeFor(this), Boolean(opts.json));
    });

  models
    .command('catalog')
    .description('the models your account can call in a region (live from Bedrock, cached for a day; built-in list when offline)')
    .option('--refresh', 'ask Bedrock now instead of using the cached list')
    .option('--region <region>', "region to list (default: the model's, else the AWS profile's, else $AWS_REGION, else us-east-1)")
    .option('--model <name>', 'use the credentials of this configured model (default: the default model, else the AWS default chain)')
    .option('--json', 'print JSON')
    .action(async function (this: Command, opts: CatalogFlags) {
      await catalogCommand(storeFor(this), opts);
    });

  models
    .command('add')
    .description('add a Bedrock model configuration (same checks as the form)')
    .option('--name <name>', 'a name for this configuration')
    .option('--provider <provider>', 'bedrock', 'bedrock')
    .option('--region <region>', "AWS region (default: the AWS profile's region, else $AWS_REGION / $AWS_DEFAULT_REGION, else us-east-1)")
    .option('--model-id <id>', 'catalog id, inference-profile id (us.…) or ARN')
    .option('--api-key <key>', "Bedrock API key ('-' reads it from stdin, keeping it out of shell history)")
    .option('--access-key-id <id>', 'IAM access key id')
    .option('--secret-access-key <secret>', "IAM secret access key ('-' reads one line from stdin)")
    .option('--session-token <token>', "session token for temporary IAM credentials ('-' reads stdin)")
    .option('--profile <name>', 'AWS profile from ~/.aws (omit every auth flag for the default chain)')
    .option('--endpoint <url>', 'endpoint URL (VPC endpoint or proxy)')
    .option('--temperature <n>', 'sampling temperature 0–1 (every model through Converse)')
    .option('--max-tokens <n>', 'max output tokens (256 … the model maximum)')
    .option('--top-p <n>', 'nucleus sampling 0–1 (families that take it)')
    .option('--top-k <n>', 'top_k (Claude, Mistral, Nova only)')
    .option('--stop <text>', 'stop sequence (repeat, at most 4)', collect, [])
    .option('--guardrail-id <id>', 'Bedrock guardrail id')
    .option('--guardrail-version <v>', 'Bedrock guardrail version')
    .option('--reasoning-budget <n>', 'Claude extended thinking budget_tokens (≥ 1024, below --max-tokens)')
    .option('--reasoning-effort <level>', 'gpt-oss reasoning effort: low, medium or high')
    .option('--reply-deadline <seconds>', 'longest a whole reply may take (default 300)')
    .action(async function (this: Command, opts: ModelAddFlags) {
      await addModel(storeFor(this), opts);
    });

  models
    .command('default')
    .description('make NAME the default model')
    .argument('<name>')
    .action(function (this: Command, name: string) {
      const store = storeFor(this);
      const model = requireModel(store, name);
      store.setDefaultModel(model.name);
      out(`'${model.name}' is now the default model.`);
    });

  models
    .command('remove')
    .description('delete the configuration NAME')
    .argument('<name>')
    .action(function (this: Command, name: string) {
      const store = storeFor(this);
      const model = requireModel(store, name);
      if (model.provider === 'demo') throw usageError("the offline demo is built in and cannot be removed");
      store.removeModel(model.name);
      out(`Removed '${model.name}'. The default model is now '${store.defaultModelName()}'.`);
    });
  return models;
}
