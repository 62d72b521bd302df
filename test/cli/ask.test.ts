import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeBedrock, type FakeBedrock } from '../fake-bedrock/server.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const KEY = 'ABSKQmVkcm9ja0FQSUtleS1hc2stdGVzdC0xMjM0NTY3ODkw';
let fake: FakeBedrock;
beforeAll(async () => {
  fake = await startFakeBedrock();
});
afterAll(() => fake.close());

async function withModel(modelId = 'anthropic.claude-haiku-4-5-20251001-v1:0') {
  const dataDir = tempDir();
  const env = { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: fake.url };
  const res = await runCli(['models', 'add', '--name', 'Haiku', '--model-id', modelId, '--api-key', KEY], { dataDir, env });
  expect(res.code).toBe(0);
  return { dataDir, env };
}

describe('mockview models test', () => {
  it('streams the reply through the standard endpoint variable and prints the timing', async () => {
    fake.setScenario({ kind: 'normal', text: 'Hello from the fake Bedrock.' });
    const { dataDir, env } = await withModel();
    const res = await runCli(['models', 'test', 'Haiku'], { dataDir, env });
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Hello from the fake Bedrock.');
    expect(res.stdout).toMatch(/✓ first token \d+\.\d\d s · total \d+\.\d\d s · \d+ in \/ \d+ out tokens/);
    const list = await runCli(['models', 'list'], { dataDir, env });
    expect(list.stdout).toMatch(/Haiku .* ok \d+\.\d\ds/);
  });

  it.each([
    ['accessDenied', 'model-access-denied', /Model access/],
    ['iamDenied', 'iam-permission', /AmazonBedrockFullAccess/],
    ['badCredentials', 'bad-credentials', /API key/],
    ['modelNotFound', 'region-unavailable', /us-east-1 or us-west-2/],
    ['quota', 'quota-exceeded', /TPM/],
  ] as const)('explains %s with its fix, logs it, and exits 1', async (error, cls, fix) => {
    fake.setScenario({ kind: 'httpError', error });
    const { dataDir, env } = await withModel();
    const res = await runCli(['models', 'test', 'Haiku'], { dataDir, env });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/^✗ /m);
    expect(res.stderr).toMatch(fix);
    expect(res.stderr).toMatch(/details: mockview logs \(entry [0-9a-f]+\)/);
    expect(res.stderr).not.toMatch(/\n\s+at .*\.js/);
    const logs = JSON.parse((await runCli(['logs', '--json'], { dataDir, env })).stdout) as { errorClass?: string; kind: string; details?: { requestId?: string } }[];
    const entry = logs.find((l) => l.kind === 'test');
    expect(entry?.errorClass).toBe(cls);
    expect(entry?.details?.requestId).toBeTruthy();
    expect(JSON.stringify(logs)).not.toContain(KEY.slice(6));
  });

  it('retries with the inference profile and keeps it when asked', async () => {
    fake.setScenario({ kind: 'onDemand' });
    const { dataDir, env } = await withModel('anthropic.claude-sonnet-4-5-20250929-v1:0');
    const res = await runCli(['models', 'test', 'Haiku', '--keep-profile'], { dataDir, env });
    expect(res.code).toBe(0);
    expect(res.stderr).toContain('retried with inference profile us.anthropic.claude-sonnet-4-5-20250929-v1:0');
    const list = JSON.parse((await runCli(['models', 'list', '--json'], { dataDir })).stdout) as { name: string; modelId: string }[];
    expect(list[0]?.modelId).toBe('us.anthropic.claude-sonnet-4-5-20250929-v1:0');
  });

  it('prints JSON with --json', async () => {
    fake.setScenario({ kind: 'normal', text: 'JSON please.' });
    const { dataDir, env } = await withModel();
    const res = await runCli(['models', 'test', 'Haiku', '--json'], { dataDir, env });
    expect(JSON.parse(res.stdout)).toMatchObject({ ok: true, reply: 'JSON please.' });
  });
});

describe('mockview ask', () => {
  it('streams one answer to stdout, reading the prompt from stdin with -', async () => {
    fake.setScenario({ kind: 'normal', text: 'Piped answer.' });
    const { dataDir, env } = await withModel();
    const res = await runCli(['ask', '-'], { dataDir, env, input: 'What is a STAR answer?' });
    expect(res.code).toBe(0);
    expect(res.stdout).toBe('Piped answer.\n');
    const body = fake.requests.at(-1)?.body as { messages: { content: { text: string }[] }[] };
    expect(body.messages[0]?.content[0]?.text).toBe('What is a STAR answer?');
  });

  it('puts errors on stderr and keeps stdout clean', async () => {
    fake.setScenario({ kind: 'exception', exception: 'modelStreamErrorException', afterDeltas: 2 });
    const { dataDir, env } = await withModel();
    const res = await runCli(['ask', 'hello'], { dataDir, env });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/✗ The model failed while answering/);
  });

  it('works offline with the demo, which says it is not a model', async () => {
    const res = await runCli(['ask', '--model', 'demo', 'hello'], { dataDir: tempDir(), env: { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: 'http://127.0.0.1:9' } });
    expect(res.code).toBe(0);
    expect(res.stdout).toContain("offline demo, not a language model");
  });

  it('names an unknown model', async () => {
    const res = await runCli(['ask', '--model', 'ghost', 'hi'], { dataDir: tempDir() });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain("no model named 'ghost'");
  });
});
