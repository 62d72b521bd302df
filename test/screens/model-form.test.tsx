import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeBedrock, type FakeBedrock } from '../fake-bedrock/server.js';
import { KEYS, renderApp, waitForFrame } from '../helpers/ink.js';

const KEY = 'ABSKQmVkcm9ja0FQSUtleS1mb3JtLXRlc3QtMTIzNDU2';
let fake: FakeBedrock;
beforeAll(async () => {
  fake = await startFakeBedrock();
  // The SDK reads the endpoint from the process environment; no test may reach AWS.
  process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME = fake.url;
});
afterAll(() => fake.close());

const { down, up, right, left, shiftRight, home, end, enter, escape, tab } = KEYS;

async function formWithBasics(env: NodeJS.ProcessEnv = process.env) {
  const app = await renderApp({ screen: 'model-form', mode: 'add' }, { env });
  await app.press('My Claude', tab, tab, KEY);
  return app;
}

/** Focus moves top to bottom: name, auth, apiKey, region, modelId, endpoint, advanced, temperature, … */
const toAdvanced = [tab, tab, tab, tab];

describe('configuration form', () => {
  it('masks the API key while typed and after', async () => {
    const app = await renderApp({ screen: 'model-form', mode: 'add' });
    await app.press(tab, tab);
    // A terminal delivers typing a few characters at a time.
    for (let i = 0; i < KEY.length; i += 4) await app.press(KEY.slice(i, i + 4));
    await app.press(tab);
    expect(app.frame()).toContain('ABSK••••••••');
    for (const f of app.frames) expect(f).not.toContain(KEY.slice(4, 20));
  });

  it('shows inline errors for touched fields and refuses to save while invalid', async () => {
    const app = await renderApp({ screen: 'model-form', mode: 'add' });
    await app.press(tab, tab, tab);
    expect(app.frame()).toMatch(/✗ name is (empty|required)/);
    await app.press(up, up, up);
    // Jump to Save (last field) and press Enter.
    await app.press(...Array(8).fill(KEYS.down), enter);
    expect(app.frame()).toMatch(/Cannot save yet: \d problems? to fix/);
    expect(app.store.listModels()).toHaveLength(1);
  });

  it('switches auth with ←/→ and shows the IAM fields', async () => {
    const app = await formWithBasics();
    await app.press(up, right);
    expect(app.frame()).toMatch(/○ API key\s+● IAM keys/);
    expect(app.frame()).toContain('Secret key');
    await app.press(right);
    expect(app.frame()).toContain('empty: default credential chain');
  });

  it('steps the temperature slider within the Claude range and clamps at its ends', async () => {
    const app = await formWithBasics();
    await app.press(...toAdvanced, enter, down);
    expect(app.frame()).toMatch(/› temperature .* 0\.70 \(0–1, recommended 0\.7/);
    await app.press(right);
    expect(app.frame()).toMatch(/temperature .* 0\.75 /);
    await app.press(shiftRight);
    expect(app.frame()).toMatch(/temperature .* 1\.00 \(0–1/);
    await app.press(left, left);
    expect(app.frame()).toMatch(/temperature .* 0\.90 /);
    await app.press(home);
    expect(app.frame()).toMatch(/temperature .* 0\.00 \(0–1/);
    await app.press('1', '.', '5', enter);
    expect(app.frame()).toContain('temperature must be between 0 and 1');
    await app.press(escape);
    await app.press('0', '.', '3', enter);
    expect(app.frame()).toMatch(/temperature .* 0\.30 /);
  });

  it('caps max_tokens at the model maximum and takes big steps', async () => {
    const app = await formWithBasics();
    await app.press(...toAdvanced, enter, down, down, end);
    expect(app.frame()).toMatch(/max_tokens .* 64000 \(256–64000/); // Claude 4.5 caps at 64,000 (issue 12)
    await app.press(KEYS.pageDown);
    expect(app.frame()).toMatch(/max_tokens .* 61440 /);
  });

  it('offers only the sliders the family takes: Llama has top_p but no top_k, and 0–1 temperature (Converse)', async () => {
    const app = await formWithBasics();
    await app.press(tab, tab, tab, escape);
    // Type a Llama id directly into the model field.
    const app2 = await renderApp({ screen: 'model-form', mode: 'add' });
    await app2.press('L', tab, tab, KEY, tab, tab);
    for (let i = 0; i < 45; i++) await app2.press(KEYS.backspace);
    await app2.press('meta.llama3-1-70b-instruct-v1:0', tab, tab, enter);
    expect(app2.frame()).toContain('Meta Llama rules');
    expect(app2.frame()).toMatch(/temperature .*\(0–1/);
    expect(app2.frame()).toContain('top_p');
    expect(app2.frame()).not.toContain('top_k');
    app.unmount();
  });

  it('applies a scenario preset fitted to the model (Claude 4.5 Sonnet: no top_p)', async () => {
    const app = await formWithBasics();
    await app.press(...toAdvanced, enter, down, 'w');
    const f = app.frame();
    expect(f).toContain('Preset applied: Creative writing');
    expect(f).toMatch(/temperature .* 0\.90 /);
    expect(f).toMatch(/top_k .* 300 /);
    expect(f).toMatch(/top_p .* — not sent/);
  });

  it('tests the connection with the form values, then saves the model with its test result', async () => {
    const app = await formWithBasics();
    fake.setScenario({ kind: 'normal', text: 'Connection works.' });
    // to Test connection: region, model, endpoint, advanced, test
    await app.press(tab, tab, tab, tab, tab, enter);
    const frame = await waitForFrame(app.frame, /✓ Connected · first token \d+\.\d\d s/);
    expect(frame).toContain('Connection works.');
    await app.press('s', enter);
    await waitForFrame(() => (app.store.getModel('My Claude') ? 'saved' : app.frame()), /^saved$/);
    const saved = app.store.getModel('My Claude');
    expect(saved?.lastTest?.ok).toBe(true);
    expect(saved?.auth).toEqual({ type: 'apiKey', apiKey: KEY });
  });

  it('explains a failed test with its fix and points to the log', async () => {
    const app = await formWithBasics();
    fake.setScenario({ kind: 'httpError', error: 'accessDenied' });
    await app.press(tab, tab, tab, tab, tab, enter);
    const frame = await waitForFrame(app.frame, /✗ No access to Claude 4\.5 Sonnet in us-east-1/);
    expect(frame).toMatch(/Model access/);
    expect(frame).toMatch(/Full error in Logs \(entry [0-9a-f]+\)/);
    expect(app.store.listLogs()[0]?.errorClass).toBe('model-access-denied');
  });

  it('asks before dropping typed input on Esc', async () => {
    const app = await formWithBasics();
    await app.press(escape);
    expect(app.frame()).toContain('Discard your changes? (y/N)');
    await app.press('n');
    expect(app.frame()).toContain('My Claude');
  });
});
