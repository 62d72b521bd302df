// Test connection from the Models screen (t), against the fake with the real SDK: reasoning shown
// apart as "thinking", stop reasons as notices, a guardrail and a reasoning-only reply as failures,
// today's error classes with their fixes, and the inference-profile retry that learns from the
// cached live list and offers to keep the profile id.
import chalk from 'chalk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cacheKey } from '../../src/bedrock/catalog-live.js';
import { openCatalogCache } from '../../src/store/catalog-cache.js';
import { openStore } from '../../src/store/index.js';
import type { ModelConfig } from '../../src/store/schema.js';
import { scenarios, startFakeBedrock, type FakeBedrock } from '../fake-bedrock/server.js';
import { testConfig } from '../helpers/config.js';
import { renderApp, cleanup } from '../helpers/ink.js';
import { tempDir } from '../helpers/tmp.js';
import { eventually, pressKey } from '../components/press.js';

let fake: FakeBedrock;
beforeAll(async () => {
  fake = await startFakeBedrock();
});
afterAll(() => fake.close());
afterEach(() => cleanup());

/** The frame as one line: a notice wraps at the panel's width. */
const flat = (frame: string): string => frame.replace(/\s+/g, ' ');
const R1 = 'deepseek.r1-v1:0';
const HAIKU = 'anthropic.claude-haiku-4-5-20251001-v1:0';

/** The Models screen with one saved model, tested with t; resolves once the frame shows `done`. */
async function runTest(config: Partial<ModelConfig>, done: RegExp, params: Partial<ModelConfig['params']> = {}) {
  const store = openStore({ dataDir: tempDir() });
  const saved = testConfig({ name: 'Under test', endpoint: fake.url, ...config }, params);
  store.addModel(saved);
  const app = await renderApp({ screen: 'models' }, { store, env: { ...process.env } });
  await pressKey(app, 't', () => app.frame().includes('Test connection'));
  await eventually(() => expect(app.frame()).toMatch(done), 5000);
  await eventually(() => expect(store.getModel('Under test')?.lastTest).toBeDefined());
  return { app, store, saved };
}

describe('test connection', () => {
  it('shows the reasoning dim as "thinking", apart from the reply', async () => {
    fake.setScenario(scenarios.reasoning(['Weighing the greeting. ', 'Short is best. '], 'Hello from R1.'));
    const { app, store } = await runTest({ modelId: `us.${R1}` }, /✓ Connected/, { temperature: 0.5, maxTokens: 4096 });
    const lines = app.frame().split('\n');
    const thinking = lines.find((l) => l.includes('thinking ·'));
    const reply = lines.find((l) => l.includes('Hello from R1.'));
    expect(thinking).toContain('Weighing the greeting. Short is best.');
    expect(thinking).not.toContain('Hello from R1.');
    expect(reply).not.toContain('Weighing');
    expect(store.getModel('Under test')?.lastTest?.ok).toBe(true);
  });

  it('draws the thinking dim on a colour terminal, the reply not', async () => {
    const before = chalk.level;
    chalk.level = 1;
    try {
      fake.setScenario(scenarios.reasoning(['Weighing the greeting. '], 'Hello from R1.'));
      const { app } = await runTest({ modelId: `us.${R1}` }, /✓ Connected/, { temperature: 0.5, maxTokens: 4096 });
      const lines = app.styledFrame().split('\n');
      expect(lines.find((l) => l.includes('thinking ·'))).toContain('\u001b[2m');
      expect(lines.find((l) => l.includes('Hello from R1.'))).not.toContain('\u001b[2m');
    } finally {
      chalk.level = before;
    }
  });

  it('fails a reply that is only reasoning, saying so', async () => {
    fake.setScenario(scenarios.reasoningOnly(['Still thinking about it. ']));
    const { app, store } = await runTest({ modelId: `us.${R1}` }, /only reasoned and gave no answer/, { temperature: 0.5, maxTokens: 4096 });
    expect(app.frame()).toMatch(/Raise max_tokens/);
    expect(app.frame()).toContain('thinking · Still thinking about it.');
    expect(store.getModel('Under test')?.lastTest).toMatchObject({ ok: false, errorClass: 'reasoning-only' });
  });

  it('fails a reply a guardrail blocked, and labels its text as the guardrail’s', async () => {
    fake.setScenario(scenarios.stopReason('guardrail_intervened', 'Sorry, the model cannot answer this question.'));
    const { app, store } = await runTest({}, /A guardrail or content filter blocked this reply/);
    const f = app.frame();
    expect(f).toContain('The guardrail answered (not the model):');
    expect(f).toContain('Sorry, the model cannot answer this question.');
    expect(f).not.toContain('✓ Connected');
    expect(store.getModel('Under test')?.lastTest).toMatchObject({ ok: false, errorClass: 'guardrail-blocked' });
  });

  it('says when the reply was cut at max_tokens', async () => {
    fake.setScenario(scenarios.stopReason('max_tokens', 'Hello, I am a'));
    const { app } = await runTest({}, /✓ Connected/);
    expect(app.frame()).toMatch(/! The reply was cut at max_tokens \(256\)/);
  });

  it("says what to do when the conversation overflows the model's context window", async () => {
    fake.setScenario(scenarios.stopReason('model_context_window_exceeded', 'Hel'));
    const { app } = await runTest({}, /no longer fits the model's context window/);
    expect(flat(app.frame())).toMatch(/shorten the job description or résumé/);
  });

  it("shows today's error classes with their title and fix (Marketplace permission)", async () => {
    fake.setScenario({ kind: 'httpError', error: 'marketplace' });
    const { app, store } = await runTest({}, /AWS Marketplace permission missing/);
    expect(app.frame()).toMatch(/aws-marketplace:Subscribe/);
    expect(store.getModel('Under test')?.lastTest).toMatchObject({ ok: false, errorClass: 'marketplace-permission' });
  });

  it('retries with the profile the cached live list names for the region, and p keeps it', async () => {
    // Tokyo: the catalog would try jp. first; the account's cached list says only global. exists.
    const region = 'ap-northeast-1';
    fake.setScenario({ kind: 'onDemand', validPrefixes: ['global'] });
    const store = openStore({ dataDir: tempDir() });
    const saved = testConfig({ name: 'Under test', endpoint: fake.url, region, modelId: HAIKU });
    store.addModel(saved);
    openCatalogCache(store.paths.dir).put(cacheKey(saved, region, process.env), {
      region,
      fetchedAt: new Date().toISOString(),
      models: [
        {
          id: HAIKU,
          name: 'Claude Haiku 4.5',
          vendor: 'Anthropic',
          lifecycle: 'active',
          maxOutput: 64000,
          known: true,
          onDemand: false,
          profileIds: [`global.${HAIKU}`],
          callableId: `global.${HAIKU}`,
        },
      ],
    });
    const before = fake.requests.length;
    const app = await renderApp({ screen: 'models' }, { store });
    await pressKey(app, 't', () => app.frame().includes('Test connection'));
    await eventually(() => expect(app.frame()).toMatch(/✓ Connected/), 5000);
    const sent = fake.requests.slice(before).map((r) => r.modelId);
    expect(sent).toEqual([HAIKU, `global.${HAIKU}`]);
    expect(flat(app.frame())).toMatch(/retried with inference profile global\.anthropic\.claude-haiku/);
    expect(app.frame()).toMatch(/p keep global\.anthropic\.claude-haiku-4-5-20251001-v1:0/);
    await pressKey(app, 'p', () => store.getModel('Under test')?.modelId === `global.${HAIKU}`);
    await eventually(() => expect(app.frame()).toMatch(/'Under test' now uses global\./));
  });
});
