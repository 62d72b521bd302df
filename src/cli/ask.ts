// `mockview models test NAME` (seed §2.5) and `mockview ask PROMPT`: one streamed reply on stdout,
// errors on stderr as a classified one-screen explanation with its fix, never a stack trace.
import type { Command } from 'commander';
import { isProviderError, type ProviderError } from '../models/provider-error.js';
import { openProvider, whyNotLogged, type ProviderPurpose } from '../providers/index.js';
import type { ChatRequest, StreamEvent } from '../providers/types.js';
import type { ModelConfig, TestResult } from '../store/schema.js';
import type { Store } from '../store/types.js';
import { err, out, printJson, readStdin, requireModel, storeFor, streamWriter } from './context.js';
import { CliExit, usageError } from './errors.js';
import { TEST_PROMPT } from '../models/test-prompt.js';
import { t } from '../i18n/index.js';


export interface StreamOutcome {
  text: string;
  firstTokenMs: number | null;
  totalMs: number;
  tokensPerSecond: number | null;
  usage?: { inputTokens: number; outputTokens: number; totalTokens: number };
  profileId?: string;
  notices: string[];
}

/** Streams one reply, handing each text delta to `onText`; throws the ProviderError on failure. */
export async function runStream(
  store: Store,
  config: ModelConfig,
  purpose: ProviderPurpose,
  request: ChatRequest,
  onText: (text: string) => void,
  signal?: AbortSignal,
): Promise<StreamOutcome> {
  const provider = openProvider(config, { store, purpose });
  const outcome: StreamOutcome = { text: '', firstTokenMs: null, totalMs: 0, tokensPerSecond: null, notices: [] };
  for await (const event of provider.stream(request, signal) as AsyncIterable<StreamEvent>) {
    switch (event.type) {
      case 'text':
        outcome.text += event.text;
        onText(event.text);
        break;
      case 'usage':
        outcome.usage = { inputTokens: event.inputTokens, outputTokens: event.outputTokens, totalTokens: event.totalTokens };
        break;
      case 'metrics':
        outcome.firstTokenMs = event.firstTokenMs;
        outcome.totalMs = event.totalMs;
        outcome.tokensPerSecond = event.tokensPerSecond;
        break;
      case 'notice':
        outcome.notices.push(event.message);
        if (event.profileId) outcome.profileId = event.profileId;
        break;
      case 'stop':
        break;
    }
  }
  return outcome;
}

export const seconds = (ms: number | null): string => (ms === null ? '—' : `${(ms / 1000).toFixed(2)} s`);

export function explainFailure(e: ProviderError): string[] {
  const notLogged = whyNotLogged(e);
  return [
    `✗ ${e.title}`,
    ...(e.fix ? [t('cli.common.fix', { text: e.fix })] : []),
    notLogged
      ? t('cli.common.detailsNotLogged', { why: notLogged })
      : e.logId
        ? t('cli.common.detailsEntry', { command: 'mockview logs', id: e.logId })
        : t('cli.common.details', { command: 'mockview logs' }),
  ];
}


/**
 * Keeps the test's outcome with the model. Best effort: a busy or damaged config file must not hide
 * the result the user is waiting for (it is said on stderr instead).
 */
function recordTest(store: Store, config: ModelConfig, update: Partial<ModelConfig>): void {
  if (config.provider === 'demo') return;
  try {
    store.updateModel(config.name, { ...config, ...update });
  } catch (e) {
    err(t('cli.common.note', { text: t('cli.ask.notKept', { name: config.name, why: (e as Error).message }) }));
  }
}

async function testModel(store: Store, name: string, opts: { json?: boolean; keepProfile?: boolean }): Promise<void> {
  const config = requireModel(store, name);
  const json = Boolean(opts.json);
  if (!json) err(t('cli.ask.testing', { name: config.name, modelId: config.modelId, region: config.region }));
  const at = new Date().toISOString();
  const reply = streamWriter(process.stdout);
  try {
    const result = await runStream(store, config, 'test', TEST_PROMPT, (text) => {
      if (!json) reply.write(text);
    });
    if (!json) reply.end();
    if (!json) out('');
    const lastTest: TestResult = {
      ok: true,
      at,
      firstTokenMs: result.firstTokenMs,
      totalMs: result.totalMs,
      ...(result.usage ? { outputTokens: result.usage.outputTokens } : {}),
    };
    const keep = Boolean(opts.keepProfile && result.profileId);
    recordTest(store, config, { ...(keep && result.profileId ? { modelId: result.profileId } : {}), lastTest });
    if (json) {
      printJson({ ok: true, model: config.name, reply: result.text, ...result, keptProfile: keep });
      return;
    }
    for (const n of result.notices) err(t('cli.common.note', { text: n }));
    if (result.profileId) {
      err(
        t('cli.common.note', {
          text: keep ? t('cli.ask.nowUses', { name: config.name, profile: result.profileId }) : t('cli.ask.keepProfile', { name: config.name, command: `mockview models test '${config.name}' --keep-profile` }),
        }),
      );
    }
    const usage = result.usage ? t('cli.ask.usage', { input: result.usage.inputTokens, output: result.usage.outputTokens }) : '';
    out(t('cli.ask.done', { first: seconds(result.firstTokenMs), total: seconds(result.totalMs), usage }));
  } catch (e) {
    if (!isProviderError(e)) throw e;
    if (!json) reply.end();
    recordTest(store, config, { lastTest: { ok: false, at, errorClass: e.errorClass, message: e.title } });
    if (json) {
      printJson({ ok: false, model: config.name, errorClass: e.errorClass, title: e.title, fix: e.fix, logId: e.logId });
      throw new CliExit(1, []);
    }
    if (!json) out('');
    throw new CliExit(1, explainFailure(e));
  }
}

async function ask(store: Store, prompt: string[], opts: { model?: string; raw?: boolean }): Promise<void> {
  let text = prompt.join(' ');
  if (text === '-') text = await readStdin(t('cli.help.metavars.prompt'));
  if (!text.trim()) throw usageError(t('cli.ask.emptyPrompt', { prompt: t('cli.help.metavars.prompt') }));
  const config = requireModel(store, opts.model);
  const reply = streamWriter(process.stdout, { raw: opts.raw });
  try {
    const result = await runStream(store, config, 'ask', { messages: [{ role: 'user', text }] }, (piece) => reply.write(piece));
    reply.end();
    if (!result.text.endsWith('\n')) out('');
    for (const n of result.notices) err(t('cli.common.note', { text: n }));
  } catch (e) {
    reply.end();
    if (!isProviderError(e)) throw e;
    out('');
    throw new CliExit(1, explainFailure(e));
  }
}

export function registerAsk(program: Command, models: Command): void {
  models
    .command('test')
    .description(t('cli.ask.help.test'))
    .argument('<name>')
    .option('--json', t('cli.ask.help.json'))
    .option('--keep-profile', t('cli.ask.help.keepProfile'))
    .action(async function (this: Command, name: string, opts: { json?: boolean; keepProfile?: boolean }) {
      await testModel(storeFor(this), name, opts);
    });

  program
    .command('ask')
    .description(t('cli.ask.help.ask'))
    .argument('<prompt...>')
    .option('--model <name>', t('cli.ask.help.model'))
    .option('--raw', t('cli.ask.help.raw'))
    .action(async function (this: Command, prompt: string[], opts: { model?: string; raw?: boolean }) {
      await ask(storeFor(this), prompt, opts);
    });
}
