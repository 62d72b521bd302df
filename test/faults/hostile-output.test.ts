// Text we did not write — model replies, server error messages, names and questions from the store —
// must leave no escape sequence, control character or bidi override in anything a command prints or
// writes, on every command (issue 13). Real processes against the wire-level fake Bedrock.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeBedrock, type FakeBedrock } from '../fake-bedrock/server.js';
import { runCli, type CliResult } from '../helpers/cli.js';
import os from 'node:os';
import { firstActive, HOSTILE } from './hostile.js';

const KEY = 'ABSKQmVkcm9ja0FQSUtleS1ob3N0aWxlLXRlc3QtMTIzNDU2Nzg5MA';
let fake: FakeBedrock;
let dataDir: string;
let env: NodeJS.ProcessEnv;
/** Every captured output, by the command that produced it. */
const captured = new Map<string, string>();

function keep(label: string, res: CliResult): CliResult {
  captured.set(label, `${res.stdout}\n${res.stderr}`);
  return res;
}

beforeAll(async () => {
  fake = await startFakeBedrock();
  fake.setScenario({ kind: 'normal', text: `Reply ${HOSTILE} end.` });
  // One data dir for the whole file (the shared tempDir helper empties itself after each test).
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mockview-hostile-'));
  env = { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: fake.url };
  // A model whose stored name is hostile (models add accepts it: names are free text).
  const add = keep('models add', await runCli(['models', 'add', '--name', `M ${HOSTILE.slice(0, 40)}`, '--model-id', 'anthropic.claude-haiku-4-5-20251001-v1:0', '--api-key', KEY], { dataDir, env }));
  expect(add.code, add.stderr).toBe(0);
  const list = JSON.parse((await runCli(['models', 'list', '--json'], { dataDir, env })).stdout) as { name: string }[];
  expect(list[0]!.name).toContain('\u001b');
  fs.writeFileSync(path.join(dataDir, 'answers.txt'), `My answer ${HOSTILE}\n---\nSecond answer\n`);
});
afterAll(async () => {
  await fake.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function expectClean(label: string, text: string): void {
  expect(firstActive(text), `${label} printed an active character`).toBeUndefined();
}

describe('hostile text never reaches the terminal', () => {
  it('ask: the reply is neutralised, visibly; --raw keeps the bytes', async () => {
    const res = keep('ask', await runCli(['ask', 'hello'], { dataDir, env }));
    expect(res.code, res.stderr).toBe(0);
    expectClean('ask', res.stdout + res.stderr);
    expect(res.stdout).toContain('\u241b]52;c;'); // the trace a user can see
    const raw = await runCli(['ask', '--raw', 'hello'], { dataDir, env });
    expect(raw.stdout).toContain('\u001b]52;c;ZWNobyBwd25lZA==\u0007');
  });

  it('models test (reply, --json, and a hostile server error), logs and logs --json', async () => {
    const ok = keep('models test', await runCli(['models', 'test', 'M'.concat(' ', HOSTILE.slice(0, 40))], { dataDir, env }));
    // The name has an ESC in it; the lookup is by the stored name, so pass it as stored.
    expect(ok.code, ok.stderr).toBe(0);
    const json = keep('models test --json', await runCli(['models', 'test', `M ${HOSTILE.slice(0, 40)}`, '--json'], { dataDir, env }));
    expect(JSON.parse(json.stdout).reply).toContain('\u001b]52'); // the data survives, escaped
    fake.setScenario({ kind: 'httpError', error: 'validation', message: `Bad parameter ${HOSTILE}` });
    const failed = keep('models test (error)', await runCli(['models', 'test', `M ${HOSTILE.slice(0, 40)}`], { dataDir, env }));
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('Bad parameter');
    const askFailed = keep('ask (error)', await runCli(['ask', 'x'], { dataDir, env }));
    expect(askFailed.code).toBe(1);
    fake.setScenario({ kind: 'normal', text: `Reply ${HOSTILE} end.` });
    keep('logs', await runCli(['logs'], { dataDir, env }));
    const logsJson = keep('logs --json', await runCli(['logs', '--json'], { dataDir, env }));
    expect(JSON.stringify(JSON.parse(logsJson.stdout))).toContain('Bad parameter');
    keep('models list', await runCli(['models', 'list'], { dataDir, env }));
    keep('models list --json', await runCli(['models', 'list', '--json'], { dataDir, env }));
  });

  it('interview --answers, sessions list and export (stdout and files, md and json)', async () => {
    const run = keep(
      'interview --answers',
      await runCli(['interview', '--role', `Role ${HOSTILE}`, '--company', HOSTILE, '--questions', '2', '--answers', path.join(dataDir, 'answers.txt')], { dataDir, env }),
    );
    // One fixed (unmarked) reply never gets past question 1: the answers run out, the session is kept (exit 1).
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/ran out of answers/);
    const id = /Saved as (\S+)/.exec(run.stderr)![1]!;
    keep('sessions list', await runCli(['sessions', 'list'], { dataDir, env }));
    keep('sessions list --json', await runCli(['sessions', 'list', '--json'], { dataDir, env }));
    keep('sessions export md', await runCli(['sessions', 'export', id], { dataDir, env }));
    keep('sessions export json', await runCli(['sessions', 'export', id, '--format', 'json'], { dataDir, env }));
    for (const format of ['md', 'json']) {
      const file = path.join(dataDir, `export.${format}`);
      const res = await runCli(['sessions', 'export', id, '--format', format, '--output', file], { dataDir, env });
      expect(res.code, res.stderr).toBe(0);
      const written = fs.readFileSync(file, 'utf8');
      expectClean(`export file (${format})`, written);
      expect(written).toMatch(/Role/);
    }
  });

  it('questions add / list / generate', async () => {
    const add = keep('questions add', await runCli(['questions', 'add', `Why ${HOSTILE}?`, '--role', HOSTILE], { dataDir, env }));
    expect(add.code, add.stderr).toBe(0);
    keep('questions add --json', await runCli(['questions', 'add', `How ${HOSTILE}?`, '--json'], { dataDir, env }));
    keep('questions list', await runCli(['questions', 'list'], { dataDir, env }));
    keep('questions list --json', await runCli(['questions', 'list', '--json'], { dataDir, env }));
    fake.setScenario({ kind: 'normal', text: `1. What ${HOSTILE} is this?\n2. Another one ${HOSTILE}?` });
    const gen = keep('questions generate', await runCli(['questions', 'generate', '--role', 'SRE', '--count', '2'], { dataDir, env }));
    expect(gen.code, gen.stderr).toBe(0);
    fake.setScenario({ kind: 'normal', text: `Reply ${HOSTILE} end.` });
  });

  it('leaves no active character in any captured output', () => {
    expect(captured.size).toBeGreaterThanOrEqual(20);
    for (const [label, text] of captured) expectClean(label, text);
  });
});

describe('an echoed SigV4 header never shows the access key id or signature', () => {
  it('in stderr, the log and logs --json', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mockview-sigv4-'));
    try {
      const add = await runCli(
        ['models', 'add', '--name', 'IAM', '--model-id', 'anthropic.claude-haiku-4-5-20251001-v1:0', '--access-key-id', 'AKIAIOSFODNN7EXAMPLE', '--secret-access-key', '-'],
        { dataDir: dir, env, input: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n' },
      );
      expect(add.code, add.stderr).toBe(0);
      const echoed =
        'Bad header Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261130/us-east-1/bedrock/aws4_request, SignedHeaders=host;x-amz-date, Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024';
      fake.setScenario({ kind: 'httpError', error: 'validation', message: echoed });
      const runs = [await runCli(['models', 'test', 'IAM'], { dataDir: dir, env }), await runCli(['ask', '--model', 'IAM', 'hi'], { dataDir: dir, env })];
      fake.setScenario({ kind: 'normal', text: `Reply ${HOSTILE} end.` });
      const logs = await runCli(['logs'], { dataDir: dir, env });
      const logsJson = await runCli(['logs', '--json'], { dataDir: dir, env });
      for (const res of [...runs, logs, logsJson]) {
        const all = res.stdout + res.stderr;
        expect(all).not.toContain('AKIAIOSFODNN7EXAMPLE');
        expect(all).not.toContain('fe5f80f77d5fa3be');
        expect(all).not.toContain('wJalrXUtnFEMI');
      }
      expect(runs[0]!.stderr).toContain('Credential=AKIA…MPLE');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
