import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const KEY = 'ABSKQmVkcm9ja0FQSUtleS1jbGktdGVzdC0xMjM0NTY3ODkw';
const SONNET = 'anthropic.claude-sonnet-4-5-20250929-v1:0';
const add = ['models', 'add', '--name', 'Claude', '--model-id', SONNET, '--api-key', KEY];

describe('mockview models', () => {
  it('adds, lists (masked), sets the default and removes models from the shell', async () => {
    const dataDir = tempDir();
    const added = await runCli(add, { dataDir });
    expect(added.code).toBe(0);
    expect(added.stdout).toContain("Added 'Claude' (Claude 4.5 Sonnet · us-east-1). It is the default model.");
    expect(added.stdout + added.stderr).not.toContain(KEY);

    expect((await runCli(['models', 'add', '--name', 'Nova', '--model-id', 'amazon.nova-pro-v1:0', '--region', 'us-west-2', '--profile', 'work'], { dataDir })).code).toBe(0);
    const list = await runCli(['models', 'list'], { dataDir });
    expect(list.stdout).toMatch(/\*\s+Claude\s+Claude 4.5 Sonnet\s+us-east-1\s+API key ABSK…ODkw/);
    expect(list.stdout).toMatch(/Nova\s+Nova Pro\s+us-west-2\s+profile work/);
    expect(list.stdout).not.toContain(KEY);

    expect((await runCli(['models', 'default', 'nova'], { dataDir })).stdout).toContain("'Nova' is now the default model.");
    const json = JSON.parse((await runCli(['models', 'list', '--json'], { dataDir })).stdout) as { name: string; default: boolean; auth: { apiKey?: string } }[];
    expect(json.find((m) => m.default)?.name).toBe('Nova');
    expect(json.find((m) => m.name === 'Claude')?.auth.apiKey).toBe('ABSK…ODkw');

    expect((await runCli(['models', 'remove', 'Nova'], { dataDir })).code).toBe(0);
    const after = JSON.parse((await runCli(['models', 'list', '--json'], { dataDir })).stdout) as { name: string }[];
    expect(after.map((m) => m.name)).toEqual(['Claude', 'demo']);
    expect(fs.readFileSync(`${dataDir}/config.json`, 'utf8')).toContain(KEY);
  });

  it('reads the API key from stdin with --api-key -', async () => {
    const dataDir = tempDir();
    const res = await runCli(['models', 'add', '--name', 'k', '--model-id', SONNET, '--api-key', '-'], { dataDir, input: `${KEY}\n` });
    expect(res.code).toBe(0);
    const config = JSON.parse(fs.readFileSync(`${dataDir}/config.json`, 'utf8'));
    expect(config.models[0].auth).toEqual({ type: 'apiKey', apiKey: KEY });
  });

  it('accepts a model id outside the catalog with a notice', async () => {
    const res = await runCli(['models', 'add', '--name', 'arn', '--model-id', 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123', '--profile', 'p'], { dataDir: tempDir() });
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/note: model id .* is not in the catalog; using permissive rules/);
  });

  it('prints --help and --version with exit 0', async () => {
    const dataDir = tempDir();
    const help = await runCli(['models', 'add', '--help'], { dataDir });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--guardrail-version');
    const version = await runCli(['--version'], { dataDir });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('refuses the full-screen app without a terminal, pointing to the subcommands', async () => {
    const res = await runCli([], { dataDir: tempDir() });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('needs a terminal');
    expect(res.stderr).toContain('mockview models list');
  });

  it('reports a damaged store by file and keeps it', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(`${dataDir}/config.json`, '{ broken');
    const res = await runCli(['models', 'list'], { dataDir });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`${dataDir}/config.json: not valid JSON`);
    expect(fs.readFileSync(`${dataDir}/config.json`, 'utf8')).toBe('{ broken');
  });
});

describe('mockview models add refuses bad input with exit 2 and one line naming the flag', () => {
  const cases: [string, string[], RegExp][] = [
    ['a missing name', ['models', 'add', '--model-id', SONNET, '--api-key', KEY], /^mockview: --name: required/m],
    ['a missing model id', ['models', 'add', '--name', 'x', '--api-key', KEY], /^mockview: --model-id: required/m],
    ['an unknown region', [...add, '--region', 'xx-nowhere-1'], /^mockview: --region: region 'xx-nowhere-1' is not a Bedrock region/m],
    ['temperature out of the Claude range', [...add, '--temperature', '1.5'], /^mockview: --temperature: temperature 1.5 is outside 0–1 for Claude models$/m],
    ['a temperature that is not a number', [...add, '--temperature', 'warm'], /^mockview: --temperature: 'warm' is not a number$/m],
    ['max_tokens above the model', [...add, '--max-tokens', '100000'], /^mockview: --max-tokens: max_tokens 100000 is above 65536/m],
    ['a fractional max_tokens', [...add, '--max-tokens', '1000.5'], /^mockview: --max-tokens: '1000.5' is not a whole number$/m],
    ['top_k for Llama', ['models', 'add', '--name', 'l', '--model-id', 'meta.llama3-1-8b-instruct-v1:0', '--api-key', KEY, '--top-k', '40'], /^mockview: --top-k: top_k is not supported by Meta Llama models$/m],
    ['top_k out of range', [...add, '--top-k', '900'], /^mockview: --top-k: top_k 900 is outside 0–500/m],
    ['top_p above 1', ['models', 'add', '--name', 'n', '--model-id', 'amazon.nova-pro-v1:0', '--api-key', KEY, '--top-p', '1.5'], /^mockview: --top-p: /m],
    ['temperature with top_p on Claude 4.5', [...add, '--temperature', '0.5', '--top-p', '0.9'], /^mockview: --top-p: Claude 4.5 Sonnet does not accept temperature and top_p together/m],
    ['a fifth stop sequence', [...add, '--stop', 'a', '--stop', 'b', '--stop', 'c', '--stop', 'd', '--stop', 'e'], /^mockview: --stop: at most 4 stop sequences \(got 5\)$/m],
    ['two auth methods', [...add, '--profile', 'work'], /^mockview: --api-key \/ --access-key-id \/ --profile: choose one way to sign in/m],
    ['an access key without its secret', ['models', 'add', '--name', 'i', '--model-id', SONNET, '--access-key-id', 'AKIAIOSFODNN7EXAMPLE'], /^mockview: --secret-access-key: required with --access-key-id$/m],
    ['a session token alone', ['models', 'add', '--name', 'i', '--model-id', SONNET, '--session-token', 'tok'], /^mockview: --session-token: only goes with/m],
    ['a bad endpoint', [...add, '--endpoint', 'ftp://proxy'], /^mockview: --endpoint: endpoint must be an http:\/\/ or https:\/\/ URL$/m],
    ['a guardrail id without version', [...add, '--guardrail-id', 'gr-1'], /^mockview: --guardrail-version: guardrail version is empty$/m],
    ['an unknown provider', [...add, '--provider', 'openai'], /^mockview: --provider: unknown provider 'openai'/m],
    ['the name demo', ['models', 'add', '--name', 'demo', '--model-id', SONNET, '--api-key', KEY], /^mockview: --name: 'demo' is the built-in offline demo/m],
    ['an unknown flag', [...add, '--colour', 'red'], /unknown option '--colour'/],
  ];

  it.each(cases)('%s', async (_, args, message) => {
    const res = await runCli(args, { dataDir: tempDir() });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(message);
    expect(res.stderr).not.toContain(KEY.slice(8));
    expect(res.stdout).not.toContain(KEY.slice(8));
  });

  it('refuses a duplicate name', async () => {
    const dataDir = tempDir();
    await runCli(add, { dataDir });
    const res = await runCli(add, { dataDir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^mockview: --name: a model named 'Claude' already exists$/m);
  });

  it('refuses to set an unknown default', async () => {
    const res = await runCli(['models', 'default', 'ghost'], { dataDir: tempDir() });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain("no model named 'ghost'");
  });
});
