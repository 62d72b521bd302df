// The model picker asks Bedrock (the fake's ListFoundationModels / ListInferenceProfiles, through the
// real @aws-sdk/client-bedrock) with the form's own, unsaved credentials, and falls back to the
// built-in list saying why.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FOUNDATION_MODELS, DEFAULT_INFERENCE_PROFILES, foundationModel } from '../fake-bedrock/list-data.js';
import { startFakeBedrock, type FakeBedrock } from '../fake-bedrock/server.js';
import { KEYS, renderApp, cleanup } from '../helpers/ink.js';
import { eventually, pressKey, pressKeys } from '../components/press.js';
import { openStore } from '../../src/store/index.js';
import { tempDir } from '../helpers/tmp.js';

const KEY = 'ABSKQmVkcm9ja0FQSUtleS1waWNrZXItdGVzdC0xMjM0';
const CTRL_R = '\u0012';
const { tab, enter, down, escape } = KEYS;
let fake: FakeBedrock;
let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  fake = await startFakeBedrock();
  // Runtime and control plane both at the fake; nothing reaches AWS.
  env = { ...process.env, AWS_ENDPOINT_URL_BEDROCK_RUNTIME: fake.url, AWS_ENDPOINT_URL_BEDROCK: fake.url };
});
afterAll(() => fake.close());
afterEach(() => {
  cleanup();
  fake.setListError(undefined);
  fake.setCatalog({ models: DEFAULT_FOUNDATION_MODELS, profiles: DEFAULT_INFERENCE_PROFILES });
});

/** Add form with a name and an API key typed (not saved), focus on the model field. */
async function openPicker(store = openStore({ dataDir: tempDir() })) {
  const app = await renderApp({ screen: 'model-form', mode: 'add' }, { env, store });
  await pressKeys(app, ...'Mine'.split(''), tab, tab);
  await pressKey(app, KEY);
  await pressKeys(app, tab, tab);
  await eventually(() => expect(app.frame()).toMatch(/› Model/));
  await pressKey(app, enter, () => app.frame().includes('Pick a model'));
  return app;
}

const listCalls = (): number => fake.requests.filter((r) => r.path.startsWith('/foundation-models')).length;

describe('model picker (live list)', () => {
  it('shows the built-in list at once, then what the account can call, asked with the typed key', async () => {
    const before = listCalls();
    const app = await openPicker();
    // The built-in list is usable while Bedrock is asked.
    expect(app.frames.some((f) => /built-in · asking Bedrock/.test(f))).toBe(true);
    const f = await eventually(() => {
      expect(app.frame()).toMatch(/live · \d{4}-\d\d-\d\d/);
      return app.frame();
    });
    expect(listCalls()).toBe(before + 1);
    const call = fake.requests.filter((r) => r.path.startsWith('/foundation-models')).at(-1);
    expect(call?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(f).toContain('Acme New Model');
    expect(f).toMatch(/Claude 4\.1 Opus .*Legacy/);
    expect(f).not.toContain('Nova Sonic'); // speech-to-speech, not a chat model
    expect(f).not.toContain('Embeddings');
    // Details of the highlighted row: callable id, max output, how it is called.
    expect(f).toMatch(/amazon\.nova-pro-v1:0 · 8192 out · on demand/);
    await pressKey(app, down, () => /Haiku .*\n[^]*claude-haiku-4-5-20251001-v1:0 · 64000 out · inference profile/.test(app.frame()));
    expect(app.frame()).toMatch(/us\.anthropic\.claude-haiku-4-5-20251001-v1:0 · 64000 out · inference profile$/m);
  });

  it('says when a model is unknown (only the parameters you set are sent) and picks its callable id', async () => {
    const app = await openPicker();
    await eventually(() => expect(app.frame()).toMatch(/live · /));
    for (const ch of 'acme') await pressKey(app, ch);
    await eventually(() => expect(app.frame()).toMatch(/acme\.newmodel-v1:0 · max output \? · on demand · only the parameters you set are sent/));
    expect(app.frame()).toMatch(/Acme New Model .* \?/);
    await pressKey(app, enter, () => !app.frame().includes('Pick a model'));
    expect(app.frame()).toMatch(/Model\s+acme\.newmodel-v1:0/);
    expect(app.frame()).toContain('not in the catalog: only the parameters you set are sent');
  });

  it('picks a model that needs a profile by its profile id (modelId = callableId)', async () => {
    const app = await openPicker();
    await eventually(() => expect(app.frame()).toMatch(/live · /));
    for (const ch of 'opus 4.5') await pressKey(app, ch);
    await eventually(() => expect(app.frame()).toMatch(/us\.anthropic\.claude-opus-4-5-20251101-v1:0 · 64000 out · inference profile/));
    await pressKey(app, enter, () => !app.frame().includes('Pick a model'));
    expect(app.frame()).toMatch(/Model\s+us\.anthropic\.claude-opus-4-5-20251101-v1:0/);
  });

  it('without permission to list: the built-in list, why, and the fix; Ctrl+R asks again', async () => {
    fake.setListError('listDenied');
    const app = await openPicker();
    const f = await eventually(() => {
      expect(app.frame()).toMatch(/could not ask Bedrock for the model list/);
      return app.frame();
    });
    expect(f).toMatch(/Pick a model · us-east-1 · built-in/);
    expect(f).toMatch(/Allow bedrock:ListFoundationModels and bedrock:ListInferenceProfiles/);
    expect(f).toContain('Claude 4.5 Sonnet'); // the built-in list stays usable
    fake.setListError(undefined);
    await pressKey(app, CTRL_R, () => /live · /.test(app.frame()));
    expect(app.frame()).toContain('Acme New Model');
    expect(app.frame()).not.toContain('could not ask Bedrock');
  });

  it('opens from the cache the second time, and Ctrl+R refreshes it from Bedrock', async () => {
    const store = openStore({ dataDir: tempDir() });
    const first = await openPicker(store);
    await eventually(() => expect(first.frame()).toMatch(/live · /));
    first.unmount();
    const before = listCalls();
    const app = await openPicker(store);
    await eventually(() => expect(app.frame()).toMatch(/cached \d{4}-\d\d-\d\d/));
    expect(listCalls()).toBe(before);
    await pressKey(app, CTRL_R, () => /live · /.test(app.frame()));
    expect(listCalls()).toBe(before + 1);
    await pressKey(app, escape, () => !app.frame().includes('Pick a model'));
    await pressKey(app, down);
    expect(app.frame()).toMatch(/Endpoint/);
  });

  it('without credentials yet: the built-in list, saying what would show the live one, and no call', async () => {
    const before = listCalls();
    const app = await renderApp({ screen: 'model-form', mode: 'add' }, { env });
    await pressKeys(app, tab, tab, tab, tab);
    await eventually(() => expect(app.frame()).toMatch(/› Model/));
    await pressKey(app, enter, () => app.frame().includes('Pick a model'));
    expect(app.frame()).toMatch(/Pick a model · us-east-1 · built-in/);
    expect(app.frame()).toContain('Fill in the credentials to see the models your account can call.');
    expect(app.frame()).not.toContain('Ctrl+R');
    expect(listCalls()).toBe(before);
  });

  it("neutralises escape sequences in a live model's name and id", async () => {
    const evilName = '\u001b]0;pwned\u0007Evil \u001b[2JModel';
    fake.setCatalog({ models: [...DEFAULT_FOUNDATION_MODELS, foundationModel('evil.model-v1:0', evilName, 'Evil\u001b[31m Corp')] });
    const app = await openPicker();
    await eventually(() => expect(app.frame()).toMatch(/live · /));
    for (const ch of 'evil') await pressKey(app, ch);
    await eventually(() => expect(app.frame()).toContain('evil.model-v1:0'));
    for (const f of app.frames) {
      expect(f).not.toContain('\u001b]0;');
      expect(f).not.toContain('\u001b[2J');
    }
    // Nor in the bytes written to the terminal (the screen shows only what they left).
    expect(app.output()).not.toContain('\u001b]0;');
    expect(app.output()).not.toContain('\u001b[2J');
    expect(app.frame()).toMatch(/␛.*Evil/);
  });
});
