import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { scenarios, startFakeBedrock, type FakeBedrock } from '../fake-bedrock/server.js';
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
    expect(res.stderr).toMatch(/note: model id .* is not in the catalog: only the parameters you set are sent/);
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
    ['temperature out of the Converse range', [...add, '--temperature', '1.5'], /^mockview: --temperature: temperature 1.5 is outside 0–1 \(Bedrock's Converse range for every model\)$/m],
    ['temperature 1.5 for Llama (the seed said 0–2)', ['models', 'add', '--name', 'l', '--model-id', 'meta.llama3-3-70b-instruct-v1:0', '--api-key', KEY, '--temperature', '1.5'], /^mockview: --temperature: temperature 1.5 is outside 0–1/m],
    ['an end-of-life model', ['models', 'add', '--name', 'old', '--model-id', 'anthropic.claude-3-5-haiku-20241022-v1:0', '--api-key', KEY], /^mockview: --model-id: Claude 3.5 Haiku has reached end of life on Bedrock; use Claude 4.5 Haiku \(anthropic.claude-haiku-4-5-20251001-v1:0\)$/m],
    ['a reasoning effort that is not a level', ['models', 'add', '--name', 'g', '--model-id', 'openai.gpt-oss-120b-1:0', '--api-key', KEY, '--reasoning-effort', 'max'], /^mockview: --reasoning-effort: 'max' is not one of low, medium, high$/m],
    ['a reasoning budget for a model without extended thinking', ['models', 'add', '--name', 'n', '--model-id', 'amazon.nova-pro-v1:0', '--api-key', KEY, '--reasoning-budget', '2048'], /^mockview: --reasoning-budget: Nova Pro takes no reasoning budget/m],
    ['a reply deadline under a second', [...add, '--reply-deadline', '0.5'], /^mockview: --reply-deadline: must be at least 1 second$/m],
    ['a temperature that is not a number', [...add, '--temperature', 'warm'], /^mockview: --temperature: 'warm' is not a number$/m],
    ['max_tokens above the model', [...add, '--max-tokens', '65536'], /^mockview: --max-tokens: max_tokens 65536 is above 64000/m],
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
    ['a guardrail id without version', [...add, '--guardrail-id', 'gr1'], /^mockview: --guardrail-version: guardrail version is empty$/m],
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

describe('mockview models with today\'s Bedrock', () => {
  let fake: FakeBedrock;
  beforeAll(async () => {
    fake = await startFakeBedrock();
  });
  afterAll(async () => {
    await fake.close();
  });
  /** No ~/.aws of the machine running the tests, no stray region. */
  const awsFiles = (config = ''): NodeJS.ProcessEnv => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'config'), config);
    fs.writeFileSync(path.join(dir, 'credentials'), '');
    return { AWS_CONFIG_FILE: path.join(dir, 'config'), AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'credentials'), AWS_REGION: '', AWS_DEFAULT_REGION: '', AWS_PROFILE: '' };
  };

  it("models add takes the AWS profile's region when --region is not given, else AWS_DEFAULT_REGION", async () => {
    const env = awsFiles('[profile tokyo]\nregion = ap-northeast-1\n');
    const dataDir = tempDir();
    expect((await runCli(['models', 'add', '--name', 'T', '--model-id', SONNET, '--profile', 'tokyo'], { dataDir, env })).stdout).toContain('ap-northeast-1');
    const res = await runCli(['models', 'add', '--name', 'E', '--model-id', SONNET, '--api-key', KEY], { dataDir, env: { ...env, AWS_DEFAULT_REGION: 'eu-west-1' } });
    expect(res.stdout).toContain('(Claude 4.5 Sonnet · eu-west-1)');
  });

  it('models add keeps the reasoning and deadline settings', async () => {
    const dataDir = tempDir();
    const res = await runCli(
      ['models', 'add', '--name', 'O', '--model-id', 'anthropic.claude-opus-4-5-20251101-v1:0', '--api-key', KEY, '--max-tokens', '16000', '--reasoning-budget', '4096', '--reply-deadline', '120'],
      { dataDir, env: awsFiles() },
    );
    expect(res.code).toBe(0);
    const params = JSON.parse(fs.readFileSync(`${dataDir}/config.json`, 'utf8')).models[0].params;
    expect(params).toEqual({ maxTokens: 16000, reasoningBudget: 4096, replyDeadlineMs: 120000, stopSequences: [] });
  });

  it('models catalog --refresh --json lists what the account can call, live, and caches it', async () => {
    const dataDir = tempDir();
    const env = { ...awsFiles(), AWS_ENDPOINT_URL_BEDROCK: fake.url };
    await runCli(add, { dataDir, env });
    const res = await runCli(['models', 'catalog', '--refresh', '--json'], { dataDir, env });
    expect(res.code).toBe(0);
    const list = JSON.parse(res.stdout) as { source: string; region: string; models: { id: string; callableId: string; lifecycle: string }[] };
    expect(list.source).toBe('live');
    expect(list.region).toBe('us-east-1');
    expect(list.models.find((m) => m.id === 'anthropic.claude-haiku-4-5-20251001-v1:0')?.callableId).toBe('us.anthropic.claude-haiku-4-5-20251001-v1:0');
    expect(list.models.find((m) => m.id === 'anthropic.claude-opus-4-1-20250805-v1:0')?.lifecycle).toBe('legacy');
    expect(fs.existsSync(`${dataDir}/catalog-cache.json`)).toBe(true);

    const table = await runCli(['models', 'catalog'], { dataDir, env });
    expect(table.stdout).toMatch(/^Models in us-east-1 \(cached \d{4}-\d{2}-\d{2}\)/);
    expect(table.stdout).toMatch(/us\.anthropic\.claude-haiku-4-5-20251001-v1:0\s+Claude 4\.5 Haiku\s+64,000 out\s+Active\s+inference profile/);
    expect(table.stdout).toMatch(/acme\.newmodel-v1:0\s+Acme New Model\s+\?\s+Active\s+on demand\s+not in mockview's catalog/);
  });

  it('models catalog neutralises escape sequences in names Bedrock sends', async () => {
    const { foundationModel } = await import('../fake-bedrock/list-data.js');
    const { DEFAULT_FOUNDATION_MODELS } = await import('../fake-bedrock/list-data.js');
    fake.setCatalog({ models: [...DEFAULT_FOUNDATION_MODELS, foundationModel('acme.evil-v1:0', 'Evil\u001b[2J\u001b]0;owned\u0007', 'Acme')] });
    try {
      const res = await runCli(['models', 'catalog', '--refresh'], { dataDir: tempDir(), env: { ...awsFiles(), AWS_ENDPOINT_URL_BEDROCK: fake.url, AWS_BEARER_TOKEN_BEDROCK: KEY } });
      expect(res.code).toBe(0);
      expect(res.stdout).toContain('acme.evil-v1:0');
      expect(res.stdout).not.toMatch(/\u001b|\u0007/);
    } finally {
      fake.setCatalog({ models: DEFAULT_FOUNDATION_MODELS });
    }
  });

  it.each([
    ['Claude Opus 4.5', 'anthropic.claude-opus-4-5-20251101-v1:0', scenarios.normal('Hello, I am Claude.')],
    ['DeepSeek R1', 'deepseek.r1-v1:0', scenarios.reasoning(['The user wants a greeting. '], 'Hello, I am DeepSeek-R1.')],
    ['Llama 3 8B', 'meta.llama3-8b-instruct-v1:0', scenarios.normal('Hello, I am Llama.')],
  ])('adds and tests %s with its defaults: Bedrock\'s checks accept every request', async (_, modelId, scenario) => {
    const dataDir = tempDir();
    const env = { ...awsFiles(), AWS_ENDPOINT_URL_BEDROCK_RUNTIME: fake.url };
    expect((await runCli(['models', 'add', '--name', 'M', '--model-id', modelId, '--api-key', KEY], { dataDir, env })).code).toBe(0);
    fake.setScenario(scenario);
    try {
      const res = await runCli(['models', 'test', 'M'], { dataDir, env });
      expect(res.stderr).not.toMatch(/✗/);
      expect(res.code).toBe(0);
      expect(res.stdout).toMatch(/Hello, I am/);
      expect(res.stdout).toMatch(/✓ first token/);
    } finally {
      fake.setScenario(scenarios.normal());
    }
  });

  it('models catalog offline: the built-in list, saying so, exit 0', async () => {
    const dataDir = tempDir();
    const env = { ...awsFiles(), AWS_ENDPOINT_URL_BEDROCK: 'http://127.0.0.1:9', AWS_BEARER_TOKEN_BEDROCK: KEY };
    const res = await runCli(['models', 'catalog', '--region', 'eu-central-1'], { dataDir, env });
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^Models in eu-central-1 \(built-in\)/);
    expect(res.stdout).toContain('eu.anthropic.claude-haiku-4-5-20251001-v1:0');
    expect(res.stdout).not.toContain('claude-3-7-sonnet');
    expect(res.stderr).toMatch(/^note: could not ask Bedrock for the model list .*built-in list/m);
    expect(res.stderr + res.stdout).not.toContain(KEY.slice(8));
  });

  it('models catalog refuses an unknown --region with exit 2', async () => {
    const res = await runCli(['models', 'catalog', '--region', 'mars-1'], { dataDir: tempDir(), env: awsFiles() });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^mockview: --region: 'mars-1' is not a Bedrock region/m);
  });

  it('models test fails when a guardrail blocked the reply, and says so', async () => {
    const dataDir = tempDir();
    const env = { ...awsFiles(), AWS_ENDPOINT_URL_BEDROCK_RUNTIME: fake.url };
    await runCli(add, { dataDir, env });
    fake.setScenario(scenarios.stopReason('guardrail_intervened', 'Sorry, the model cannot answer this question.'));
    try {
      const res = await runCli(['models', 'test', 'Claude'], { dataDir, env });
      expect(res.code).toBe(1);
      expect(res.stderr).toMatch(/✗ A guardrail or content filter blocked this reply/);
      expect(res.stdout).not.toMatch(/✓/);
      const stored = JSON.parse(fs.readFileSync(`${dataDir}/config.json`, 'utf8')).models[0].lastTest;
      expect(stored).toMatchObject({ ok: false, errorClass: 'guardrail-blocked' });
    } finally {
      fake.setScenario(scenarios.normal());
    }
  });
});
