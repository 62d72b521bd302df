// `mockview models …`: the model setup of the screens, for scripts and quick SSH use.
import { Command } from 'commander';
import { describeSource, listCallableModels, type CallableModels } from '../bedrock/catalog-live.js';
import { profileRegion } from '../bedrock/default-region.js';
import { findModel, formatTokens } from '../models/catalog.js';
import { isBedrockRegion } from '../models/regions.js';
import { openCatalogCache } from '../store/catalog-cache.js';
import { maskConfig, validateModelConfig } from '../store/model-config.js';
import { t } from '../i18n/index.js';
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
  if (config.provider === 'demo') return t('cli.models.offlineDemo');
  return findModel(config.modelId)?.name ?? config.modelId;
}

function authSummary(config: ModelConfig): string {
  const masked = maskConfig(config).auth;
  switch (masked.type) {
    case 'apiKey':
      return t('cli.models.auth.apiKey', { key: masked.apiKey });
    case 'iam':
      return t('cli.models.auth.iam', { id: masked.accessKeyId });
    case 'profile':
      return masked.profile ? t('cli.models.auth.profile', { profile: masked.profile }) : t('cli.models.auth.defaultChain');
    case 'none':
      return t('cli.models.auth.none');
  }
}

function testSummary(config: ModelConfig): string {
  const last = config.lastTest;
  if (!last) return config.provider === 'demo' ? t('cli.models.test.offline') : t('cli.models.test.notTested');
  if (last.ok) return last.firstTokenMs != null ? t('cli.models.test.okIn', { seconds: (last.firstTokenMs / 1000).toFixed(2) }) : t('cli.models.test.ok');
  return t('cli.models.test.failed', { errorClass: last.errorClass ?? t('cli.models.test.error') });
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
  out(padCells([[' ', t('cli.models.list.name'), t('cli.models.list.model'), t('cli.models.list.region'), t('cli.models.list.auth'), t('cli.models.list.lastTest')], ...rows]).join('\n'));
  if (models.every((m) => m.provider === 'demo')) {
    out(`\n${t('cli.models.list.noBedrock', { command: `mockview models add --name ${t('cli.help.metavars.name')} --model-id ID --api-key -` })}`);
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
    throw usageError(`--name: ${t('cli.models.add.exists', { name: result.config.name })}`);
  }
  for (const notice of [...parsed.notices, ...result.notices]) err(t('cli.common.note', { text: notice }));
  store.addModel(result.config);
  const isDefault = store.defaultModelName() === result.config.name;
  const added = { name: result.config.name, model: modelDisplayName(result.config), region: result.config.region };
  out(isDefault ? t('cli.models.add.addedDefault', added) : t('cli.models.add.added', added));
  out(t('cli.models.add.testIt', { command: `mockview models test '${result.config.name}'` }));
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

const lifecycleLabel = (l: string): string => (l === 'legacy' ? t('cli.models.catalog.legacy') : t('cli.models.catalog.active'));

function printCallable(list: CallableModels, json: boolean): void {
  if (json) {
    printJson({ source: list.source, region: list.region, fetchedAt: list.fetchedAt, ...(list.notice ? { notice: list.notice } : {}), models: list.models });
    return;
  }
  out(t('cli.models.catalog.title', { region: list.region, source: describeSource(list) }));
  const rows = list.models.map((m) => [
    '  ' + safeText(m.callableId),
    safeText(m.name),
    m.maxOutput ? t('cli.models.catalog.maxOut', { tokens: formatTokens(m.maxOutput) }) : '?',
    lifecycleLabel(m.lifecycle),
    m.onDemand ? t('cli.models.catalog.onDemand') : t('cli.models.catalog.inferenceProfile'),
    m.known ? '' : t('cli.models.catalog.unknown'),
  ]);
  const head = ['  ' + t('cli.models.catalog.id'), t('cli.models.catalog.name'), t('cli.models.catalog.maxOutHeader'), t('cli.models.catalog.lifecycle'), t('cli.models.catalog.called'), ''];
  out(padCells([head, ...rows]).join('\n'));
}

async function catalogCommand(store: Store, flags: CatalogFlags): Promise<void> {
  if (flags.region !== undefined && !isBedrockRegion(flags.region)) {
    throw usageError(`--region: ${t('cli.models.catalog.badRegion', { region: safeText(flags.region).slice(0, 32) })}`);
  }
  const config = credentialsFor(store, flags.model);
  const region = flags.region ?? (config.region || (await profileRegion(config.auth.type === 'profile' ? config.auth.profile : undefined)) || undefined);
  const list = await listCallableModels(config, {
    refresh: Boolean(flags.refresh),
    cache: openCatalogCache(store.paths.dir),
    ...(region ? { region } : {}),
  });
  if (list.notice) err(t('cli.common.note', { text: safeText(list.notice) }));
  if (list.error && list.source !== 'live') {
    // Best effort: a damaged logs.json must not stand between the user and the list (or its error).
    try {
      store.appendLog({ level: 'warn', kind: 'test', errorClass: list.error.errorClass, region: list.region, message: `model list: ${list.error.title}`, details: { ...list.error.raw } });
    } catch (e) {
      err(t('cli.common.note', { text: t('cli.common.notLogged', { why: (e as Error).message }) }));
    }
    if (list.error.fix) err(t('cli.common.fix', { text: safeText(list.error.fix) }));
  }
  printCallable(list, Boolean(flags.json));
}

export function registerModels(program: Command): Command {
  const models = program.command('models').description(t('cli.models.help.models'));

  models
    .command('list')
    .description(t('cli.models.help.list'))
    .option('--json', t('cli.common.printJson'))
    .action(function (this: Command, opts: { json?: boolean }) {
      listModels(storeFor(this), Boolean(opts.json));
    });

  models
    .command('catalog')
    .description(t('cli.models.help.catalog'))
    .option('--refresh', t('cli.models.help.refresh'))
    .option('--region <region>', t('cli.models.help.catalogRegion'))
    .option('--model <name>', t('cli.models.help.catalogModel'))
    .option('--json', t('cli.common.printJson'))
    .action(async function (this: Command, opts: CatalogFlags) {
      await catalogCommand(storeFor(this), opts);
    });

  models
    .command('add')
    .description(t('cli.models.help.add'))
    .option('--name <name>', t('cli.models.help.name'))
    .option('--provider <provider>', 'bedrock', 'bedrock')
    .option('--region <region>', t('cli.models.help.region'))
    .option('--model-id <id>', t('cli.models.help.modelId', { example: 'us.…' }))
    .option('--api-key <key>', t('cli.models.help.apiKey'))
    .option('--access-key-id <id>', t('cli.models.help.accessKeyId'))
    .option('--secret-access-key <secret>', t('cli.models.help.secretAccessKey'))
    .option('--session-token <token>', t('cli.models.help.sessionToken'))
    .option('--profile <name>', t('cli.models.help.profile'))
    .option('--endpoint <url>', t('cli.models.help.endpoint'))
    .option('--temperature <n>', t('cli.models.help.temperature'))
    .option('--max-tokens <n>', t('cli.models.help.maxTokens'))
    .option('--top-p <n>', t('cli.models.help.topP'))
    .option('--top-k <n>', t('cli.models.help.topK', { param: 'top_k' }))
    .option('--stop <text>', t('cli.models.help.stop'), collect, [])
    .option('--guardrail-id <id>', t('cli.models.help.guardrailId'))
    .option('--guardrail-version <v>', t('cli.models.help.guardrailVersion'))
    .option('--reasoning-budget <n>', t('cli.models.help.reasoningBudget', { param: 'budget_tokens' }))
    .option('--reasoning-effort <level>', t('cli.models.help.reasoningEffort', { low: 'low', medium: 'medium', high: 'high' }))
    .option('--reply-deadline <seconds>', t('cli.models.help.replyDeadline'))
    .action(async function (this: Command, opts: ModelAddFlags) {
      await addModel(storeFor(this), opts);
    });

  models
    .command('default')
    .description(t('cli.models.help.default', { name: t('cli.help.metavars.name') }))
    .argument('<name>')
    .action(function (this: Command, name: string) {
      const store = storeFor(this);
      const model = requireModel(store, name);
      store.setDefaultModel(model.name);
      out(t('cli.models.default.done', { name: model.name }));
    });

  models
    .command('remove')
    .description(t('cli.models.help.remove', { name: t('cli.help.metavars.name') }))
    .argument('<name>')
    .action(function (this: Command, name: string) {
      const store = storeFor(this);
      const model = requireModel(store, name);
      if (model.provider === 'demo') throw usageError(t('cli.models.remove.demo'));
      store.removeModel(model.name);
      out(t('cli.models.remove.done', { name: model.name, default: store.defaultModelName() }));
    });
  return models;
}
