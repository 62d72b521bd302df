// Runs harness cases through the interview driver and the real Bedrock SDK: against the fake Bedrock
// with each case's scripted model, or (opt-in) against a real model with the same candidate answers.
import stringWidth from 'string-width';
import { createInterviewDriver, type Rejected } from '../../src/app/interview-driver.js';
import { createSession } from '../../src/interview/session.js';
import { createBedrockProvider } from '../../src/providers/bedrock.js';
import { InterviewSetupSchema, type ModelConfig, type Session } from '../../src/store/schema.js';
import { scriptedScenario, type ScriptedRequest } from '../fake-bedrock/scripted.js';
import type { FakeBedrock } from '../fake-bedrock/server.js';
import { noFlags, type Check, type HarnessCase, type RunRecord } from './cases.js';
import { askedFor, wellBehaved } from './model.js';

export type Target = { kind: 'fake'; fake: FakeBedrock } | { kind: 'real'; config: ModelConfig; env?: NodeJS.ProcessEnv };

export interface CaseResult {
  name: string;
  expected: string;
  held: boolean;
  checks: Check[];
  requests: number;
  rejected: number;
  ms: number;
}

const REAL_FILLER = 'In 2024 I led our move to a queue-based billing pipeline; I wrote the retries and the alerts, and failed runs fell from 12 a month to 1.';

export function fakeModelConfig(url: string): ModelConfig {
  const at = new Date(0).toISOString();
  return {
    name: 'harness',
    provider: 'bedrock',
    auth: { type: 'apiKey', apiKey: 'ABSKaGFybmVzcy1rZXktbm90LXJlYWw' },
    region: 'us-east-1',
    modelId: 'anthropic.claude-haiku-4-5-20251001-v1:0',
    endpoint: url,
    params: { stopSequences: [], maxTokens: 1024 },
    createdAt: at,
    updatedAt: at,
  };
}

/** With a real model nothing is scripted: every rule must hold in what was stored (after at most one correction per turn). */
function realChecks(r: RunRecord): Check[] {
  const s = r.session;
  const mains = new Set(s.turns.filter((t) => t.role === 'interviewer' && t.questionNumber && !t.followUp && !t.continuation).map((t) => t.questionNumber)).size;
  return [
    { label: 'no provider failure', ok: !r.failure },
    noFlags(r),
    { label: 'never past the planned count', ok: mains <= s.setup.questionCount },
    { label: 'reached the planned count', ok: mains === s.setup.questionCount },
    { label: 'ended with the farewell', ok: s.turns.at(-1)?.stage === 'farewell' },
  ];
}

export async function runCase(c: HarnessCase, target: Target): Promise<CaseResult> {
  const started = Date.now();
  let served: ScriptedRequest[] = [];
  let config: ModelConfig;
  if (target.kind === 'fake') {
    const scenario = scriptedScenario((req) => c.model(req, askedFor(req.system)) ?? wellBehaved(req, c.zh));
    target.fake.setScenario(scenario);
    served = scenario.served;
    config = fakeModelConfig(target.fake.url);
  } else config = target.config;
  const provider = createBedrockProvider(config, { env: target.kind === 'fake' ? {} : (target.env ?? process.env) });
  const setup = InterviewSetupSchema.parse({ type: 'behavioural', role: 'Backend engineer', level: 'senior', modelName: config.name, ...c.setup });
  const driver = createInterviewDriver({ session: createSession(setup, provider.label, Date.now()), provider, save: () => {}, previousQuestions: c.previous ?? [], batchMs: 0 });
  const rejected: Rejected[] = [];
  let seen: readonly Rejected[] = [];
  driver.subscribe(() => {
    const now = driver.getSnapshot().rejected;
    if (now !== seen) {
      for (const r of now) if (!seen.includes(r) && !rejected.includes(r)) rejected.push(r);
      seen = now;
    }
  });
  // A real model decides its own follow-ups: enough answers to reach the end whatever it asks.
  const queue = target.kind === 'fake' ? [...c.answers] : [...c.answers, ...Array(16).fill(REAL_FILLER)];
  await driver.start();
  while (driver.getSnapshot().state.phase === 'answering' && queue.length && !driver.getSnapshot().failure) await driver.answer(queue.shift()!);
  const snap = driver.getSnapshot();
  driver.dispose();
  const record: RunRecord = { session: snap.session as Session, rejected, served, ...(snap.failure ? { failure: snap.failure } : {}) };
  const checks = target.kind === 'fake' ? [{ label: 'no provider failure', ok: !snap.failure }, ...c.check(record)] : realChecks(record);
  return { name: c.name, expected: target.kind === 'fake' ? c.expected : 'rules held (≤ 1 correction per turn)', held: checks.every((x) => x.ok), checks, requests: snap.requests, rejected: rejected.length, ms: Date.now() - started };
}

export function formatTable(results: readonly CaseResult[]): string {
  const rows = [
    ['case', 'expected reaction', 'rules held', 'requests', 'rejected'],
    ...results.map((r) => [r.name, r.expected, r.held ? 'yes' : `NO: ${r.checks.filter((c) => !c.ok).map((c) => c.label).join('; ')}`, String(r.requests), String(r.rejected)]),
  ];
  // Terminal cells, not characters: CJK case names are two cells wide.
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => stringWidth(row[i]!))));
  const line = (row: string[]): string => row.map((cell, i) => cell + ' '.repeat(widths[i]! - stringWidth(cell))).join('  ').trimEnd();
  const held = results.filter((r) => r.held).length;
  return [line(rows[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line), '', `${held} of ${results.length} cases held`].join('\n');
}
