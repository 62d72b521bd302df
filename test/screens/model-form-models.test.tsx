// The model form follows the chosen model's rules (issue #12): why temperature is 0–1, no sampling
// sliders for Opus 4.7+, one-or-the-other for temperature/top_p, Claude's thinking budget, gpt-oss's
// reasoning effort, the reply deadline, Legacy and end-of-life models. Typed keys, real screens.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TEMPERATURE_RANGE_NOTE } from '../../src/models/catalog.js';
import { openStore } from '../../src/store/index.js';
import type { ModelConfig } from '../../src/store/schema.js';
import { startFakeBedrock, type FakeBedrock } from '../fake-bedrock/server.js';
import { testConfig } from '../helpers/config.js';
import { KEYS, renderApp, cleanup } from '../helpers/ink.js';
import { tempDir } from '../helpers/tmp.js';
import { eventually, pressKey, pressKeys, type KeyTarget } from '../components/press.js';

const KEY = 'ABSKQmVkcm9ja0FQSUtleS1ydWxlcy10ZXN0LTEyMzQ1Ng';
const { tab, enter, down, right, backspace } = KEYS;
let fake: FakeBedrock;
let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  fake = await startFakeBedrock();
  env = { ...process.env, AWS_ENDPOINT_URL_BEDROCK_RUNTIME: fake.url, AWS_ENDPOINT_URL_BEDROCK: fake.url };
});
afterAll(() => fake.close());
afterEach(() => cleanup());

const flat = (frame: string): string => frame.replace(/\s+/g, ' ');

/** Moves focus down until the focused row matches (the form wraps, so 40 moves see every field). */
async function focusOn(app: KeyTarget, label: RegExp): Promise<void> {
  const focused = (): boolean => (app.lastFrame() ?? '').split('\n').some((l) => /›/.test(l) && label.test(l));
  for (let i = 0; i < 40 && !focused(); i++) await pressKey(app, down);
  expect(focused()).toBe(true);
}

async function addForm() {
  const store = openStore({ dataDir: tempDir() });
  const app = await renderApp({ screen: 'model-form', mode: 'add' }, { env, store });
  await pressKeys(app, ...'Mine'.split(''), tab, tab);
  await pressKey(app, KEY);
  return { app, store };
}

async function editForm(config: Partial<ModelConfig>, params: Partial<ModelConfig['params']> = {}) {
  const store = openStore({ dataDir: tempDir() });
  store.addModel(testConfig({ name: 'Saved', ...config }, params));
  const app = await renderApp({ screen: 'model-form', mode: 'edit', name: 'Saved' }, { env, store });
  await eventually(() => expect(app.frame()).toContain('Edit Saved'));
  return { app, store };
}

/** Replaces the model id by typing (the field holds at most ~60 characters here). */
async function typeModelId(app: KeyTarget, id: string): Promise<void> {
  await focusOn(app, /Model /);
  for (let i = 0; i < 60; i++) await pressKey(app, backspace);
  await pressKey(app, id);
  await pressKey(app, tab);
}

async function save(app: KeyTarget & { store: ReturnType<typeof openStore> }, name: string): Promise<ModelConfig> {
  // Test and Save share a row, marked by Test's ›: Save is the field after it.
  await focusOn(app, /\[ Test connection \]/);
  await pressKey(app, down);
  await pressKey(app, enter, () => app.store.getModel(name) !== undefined && !(app.lastFrame() ?? '').includes('› Amazon Bedrock'));
  const saved = app.store.getModel(name);
  if (!saved) throw new Error('not saved');
  return saved;
}

describe('model form: the model decides the fields', () => {
  it("says beside temperature why it is 0–1 when the seed's guide says Llama/DeepSeek 0–2", async () => {
    const { app } = await editForm({ modelId: 'meta.llama3-8b-instruct-v1:0' }, { maxTokens: 1024 });
    await focusOn(app, /temperature/);
    expect(flat(app.frame())).toContain(TEMPERATURE_RANGE_NOTE);
    await pressKey(app, down);
    expect(flat(app.frame())).not.toContain(TEMPERATURE_RANGE_NOTE);
  });

  it('Opus 4.7 takes no sampling: no temperature/top_p/top_k sliders, and the picked model drops the carried temperature', async () => {
    const { app, store } = await addForm();
    await focusOn(app, /Model /);
    await pressKey(app, enter, () => app.frame().includes('Pick a model'));
    await pressKey(app, 'us.anthropic.claude-opus-4-7');
    await eventually(() => expect(app.frame()).toContain('Use "us.anthropic.claude-opus-4-7" as typed'));
    await pressKey(app, enter, () => !app.frame().includes('Pick a model'));
    await focusOn(app, /Advanced/);
    await pressKey(app, enter, () => app.frame().includes('▾ Advanced'));
    const f = app.frame();
    expect(f).toContain('Claude Opus 4.7 takes no temperature, top_p or top_k');
    // No slider rows for them (their label, then the bar).
    expect(f).not.toMatch(/^\s*(› )?(temperature|top_p|top_k)\s{2,}/m);
    const saved = await save({ ...app, store }, 'Mine');
    expect(saved.modelId).toBe('us.anthropic.claude-opus-4-7');
    expect(saved.params.temperature).toBeUndefined();
  });

  it('an id typed by hand that the catalog does not know loses the carried temperature when the field is left', async () => {
    const { app, store } = await editForm({});
    expect(app.frame()).toMatch(/temperature .* 0\.70/);
    await typeModelId(app, 'acme.newmodel-v1:0');
    expect(app.frame()).toContain('not in the catalog: only the parameters you set are sent');
    expect(app.frame()).toMatch(/temperature .* — not sent/);
    const saved = await save({ ...app, store }, 'Saved');
    expect(saved.modelId).toBe('acme.newmodel-v1:0');
    expect(saved.params.temperature).toBeUndefined();
  });

  it('keeps the one-or-the-other rule for temperature and top_p (Claude Haiku 4.5)', async () => {
    const { app } = await editForm({});
    await focusOn(app, /top_p/);
    await pressKey(app, right);
    await pressKey(app, down);
    expect(app.frame()).toMatch(/does not accept temperature and top_p together; set only one/);
    await focusOn(app, /temperature/);
    await pressKey(app, 'x', () => /temperature .* — not sent/.test(app.frame()));
    expect(app.frame()).not.toMatch(/together; set only one/);
  });

  it("offers Claude's thinking budget (1024 … max output − 1), below max_tokens, and saves it", async () => {
    const { app, store } = await addForm();
    await focusOn(app, /Advanced/);
    await pressKey(app, enter, () => app.frame().includes('▾ Advanced'));
    await focusOn(app, /thinking {3,}/);
    expect(app.frame()).toMatch(/thinking .* — not sent \(1024–63999, recommended 4096/);
    await pressKey(app, KEYS.end);
    await pressKey(app, down);
    expect(app.frame()).toMatch(/reasoning budget 63999 must be below max_tokens \(8192\)/);
    await focusOn(app, /thinking {3,}/);
    await pressKey(app, KEYS.home);
    await pressKey(app, right);
    expect(app.frame()).toMatch(/thinking .* 2048 /);
    expect(app.frame()).toContain('Claude rules · thinking on: temperature, top_p, top_k not sent');
    const saved = await save({ ...app, store }, 'Mine');
    expect(saved.params.reasoningBudget).toBe(2048);
  });

  it("offers gpt-oss's reasoning effort as low / medium / high and saves it", async () => {
    const { app, store } = await editForm({ modelId: 'openai.gpt-oss-120b-1:0' }, { maxTokens: 1024 });
    expect(app.frame()).toMatch(/reasoning\s+● off\s+○ low\s+○ medium\s+○ high/);
    expect(app.frame()).not.toContain('thinking');
    await focusOn(app, /reasoning /);
    await pressKeys(app, right, right);
    expect(app.frame()).toMatch(/○ off\s+○ low\s+● medium/);
    const saved = await save({ ...app, store }, 'Saved');
    expect(saved.params.reasoningEffort).toBe('medium');
  });

  it('sets a per-reply deadline in seconds, saved in milliseconds, and x takes it away', async () => {
    const { app, store } = await editForm({});
    await focusOn(app, /deadline s/);
    expect(app.frame()).toMatch(/deadline s .* — not sent \(10–1800, recommended 300/);
    await pressKey(app, right);
    expect(app.frame()).toMatch(/deadline s .* 300 /);
    await pressKey(app, 'x', () => /deadline s .* — not sent/.test(app.frame()));
    await pressKeys(app, right, right);
    expect(app.frame()).toMatch(/deadline s .* 310 /);
    const saved = await save({ ...app, store }, 'Saved');
    expect(saved.params.replyDeadlineMs).toBe(310_000);
  });

  it('labels a Legacy model and says what replaces it', async () => {
    const { app } = await editForm({ modelId: 'anthropic.claude-opus-4-1-20250805-v1:0' });
    expect(app.frame()).toMatch(/Claude 4\.1 Opus · Legacy · 32,000 out/);
    expect(flat(app.frame())).toMatch(/! Claude 4\.1 Opus is Legacy on Bedrock: .* consider Claude Opus 4\.6/);
  });

  it('notes that a stored temperature is not sent to a model that takes none', async () => {
    const { app } = await editForm({ modelId: 'anthropic.claude-opus-4-7' }, { temperature: 0.7 });
    expect(app.frame()).toContain('! Claude Opus 4.7 takes no temperature, top_p or top_k; they are not sent');
  });

  it('refuses an end-of-life model id, naming the replacement', async () => {
    const { app, store } = await addForm();
    await typeModelId(app, 'anthropic.claude-3-5-sonnet-20240620-v1:0');
    expect(flat(app.frame())).toContain(
      '✗ Claude 3.5 Sonnet v1 has reached end of life on Bedrock; use Claude Sonnet 4.6 (anthropic.claude-sonnet-4-6)',
    );
    await focusOn(app, /\[ Test connection \]/);
    await pressKeys(app, down);
    await pressKey(app, enter, () => /Cannot save yet/.test(app.frame()));
    expect(store.getModel('Mine')).toBeUndefined();
  });
});
