import chalk from 'chalk';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { startFakeBedrock } from '../fake-bedrock/server.js';
import { testConfig } from '../helpers/config.js';
import { KEYS, renderApp, waitForFrame } from '../helpers/ink.js';
import { tempDir } from '../helpers/tmp.js';

const { down, up, right, enter, escape } = KEYS;

function storeWithModels() {
  const store = openStore({ dataDir: tempDir() });
  store.addModel(testConfig({ name: 'Claude' }));
  store.addModel(testConfig({ name: 'Nova', modelId: 'amazon.nova-pro-v1:0', region: 'us-west-2' }));
  return store;
}

describe('models screen', () => {
  it('lists models with the default marker, model name, region and last test', async () => {
    const app = await renderApp({ screen: 'models' }, { store: storeWithModels() });
    const f = app.frame();
    expect(f).toMatch(/›\*\s+Claude\s+Claude 4\.5 Haiku\s+us-east-1\s+not tested/);
    expect(f).toMatch(/Nova\s+Nova Pro\s+us-west-2/);
    expect(f).toMatch(/demo\s+Offline demo\s+local\s+offline/);
  });

  it('marks a saved model that is Legacy on Bedrock', async () => {
    const store = openStore({ dataDir: tempDir() });
    store.addModel(testConfig({ name: 'Old Opus', modelId: 'anthropic.claude-opus-4-1-20250805-v1:0' }));
    const app = await renderApp({ screen: 'models' }, { store });
    expect(app.frame()).toMatch(/Old Opus\s+Claude 4\.1 Opus Legacy\s+us-east-1/);
    app.unmount();
  });

  it('sets the default with *', async () => {
    const app = await renderApp({ screen: 'models' }, { store: storeWithModels() });
    await app.press(down);
    await app.press('*');
    await waitForFrame(app.frame, /'Nova' is now the default model\./);
    expect(app.frame()).toContain("'Nova' is now the default model.");
    expect(app.store.defaultModelName()).toBe('Nova');
  });

  it('deletes only after confirmation', async () => {
    const app = await renderApp({ screen: 'models' }, { store: storeWithModels() });
    await app.press(down);
    await app.press('x');
    await waitForFrame(app.frame, /Delete model 'Nova'\? \(y\/N\)/);
    await app.press('n');
    expect(app.store.getModel('Nova')).toBeDefined();
    await app.press('x');
    await waitForFrame(app.frame, /Delete model 'Nova'\?/);
    await app.press('y');
    await waitForFrame(() => (app.store.getModel('Nova') ? 'still there' : 'gone'), /gone/);
  });

  it('opens a duplicate prefilled with the secret masked', async () => {
    const app = await renderApp({ screen: 'models' }, { store: storeWithModels() });
    await app.press('d');
    expect(app.frame()).toContain('Models › Duplicate › Amazon Bedrock');
    expect(app.frame()).toContain('Claude copy');
    expect(app.frame()).toMatch(/API key\s+ABSK•+/);
  });

  it('tests the highlighted model once with t, records the result, and does not test again', async () => {
    const fake = await startFakeBedrock();
    process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME = fake.url;
    try {
      const store = storeWithModels();
      const app = await renderApp({ screen: 'models' }, { store });
      await app.press('t');
      await waitForFrame(app.frame, /✓ Connected/);
      await waitForFrame(() => (store.getModel('Claude')?.lastTest ? 'saved' : ''), /saved/);
      // The stored result and the keys after it redraw the list: none of that starts another test.
      await app.press(down, up);
      expect(fake.requests).toHaveLength(1);
      expect(app.frame()).toMatch(/Claude\s+.*✓ \d/);
      app.unmount();
    } finally {
      delete process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME;
      await fake.close();
    }
  });

  it('protects the built-in demo', async () => {
    const app = await renderApp({ screen: 'models' }, { store: storeWithModels() });
    await app.press(down, down, 'x');
    expect(app.frame()).toContain('The offline demo is built in');
  });
});

describe('provider selection', () => {
  it('advances to the Bedrock form as soon as it is chosen', async () => {
    const app = await renderApp({ screen: 'provider' });
    expect(app.frame()).toMatch(/Amazon Bedrock[\s\S]*Offline demo/);
    await app.press(enter);
    expect(app.frame()).toContain('Models › Add › Amazon Bedrock');
  });
});

describe('settings', () => {
  it('changes the default model, language and colour, and shows where data lives', async () => {
    const app = await renderApp({ screen: 'settings' }, { store: storeWithModels() });
    expect(app.frame()).toContain(app.store.paths.dir);
    await app.press(right);
    await waitForFrame(app.frame, /Default model\s+◂ Nova ▸[\s\S]*✓ default model saved/);
    expect(app.store.defaultModelName()).toBe('Nova');
    await app.press(down, right);
    await waitForFrame(app.frame, /Interview language\s+◂ 中文（简体） ▸[\s\S]*✓ language saved/);
    expect(app.store.settings().language).toBe('中文');
    await app.press(down, down, enter); // past the interface language
    await waitForFrame(app.frame, /Colour\s+◂ off ▸[\s\S]*✓ colour saved/);
    expect(app.store.settings().color).toBe(false);
  });

  it('opens the choices of a setting as a menu with Enter; Esc keeps it as it is', async () => {
    const app = await renderApp({ screen: 'settings' }, { store: storeWithModels() });
    await app.press(down, enter);
    await waitForFrame(app.frame, /│ Interview language[\s\S]*› English/);
    await app.press(down, down, down, enter); // English, 中文（简体）, 繁體中文, 日本語
    await waitForFrame(app.frame, /Interview language\s+◂ 日本語 ▸/);
    expect(app.store.settings().language).toBe('日本語');
    await app.press(up, enter);
    await waitForFrame(app.frame, /› Claude/);
    await app.press(escape);
    await waitForFrame(app.frame, /^(?![\s\S]*› Claude)/);
    expect(app.store.defaultModelName()).toBe('Claude');
  });

  it('turns colour off and on at once, not only from the next start', async () => {
    const before = chalk.level;
    chalk.level = 1; // as on a colour terminal
    try {
      const app = await renderApp({ screen: 'settings' }, { store: storeWithModels() });
      const ansi = /\u001b\[\d+m/;
      expect(app.styledFrame()).toMatch(ansi);
      await app.press(down, down, down, enter);
      await waitForFrame(app.frame, /Colour\s+◂ off ▸[\s\S]*✓ colour saved/);
      expect(app.store.settings().color).toBe(false);
      expect(app.styledFrame()).not.toMatch(ansi);
      await app.press(enter);
      await waitForFrame(app.frame, /Colour[^\n]*◂ on ▸/);
      await waitForFrame(app.styledFrame, ansi);
      expect(app.store.settings().color).toBe(true);
    } finally {
      chalk.level = before;
    }
  });
});

describe('logs', () => {
  it('lists entries newest first, opens the details, and clears after asking', async () => {
    const store = openStore({ dataDir: tempDir() });
    store.appendLog({ level: 'error', kind: 'test', configName: 'Claude', errorClass: 'iam-permission', message: 'first', details: { name: 'AccessDeniedException', status: 403, requestId: 'req-1', message: 'not authorized' } });
    store.appendLog({ level: 'error', kind: 'chat', configName: 'Nova', errorClass: 'throttled', message: 'second' });
    const app = await renderApp({ screen: 'logs' }, { store });
    expect(app.frame()).toMatch(/chat\s+Nova\s+throttled\s+second[\s\S]*test\s+Claude\s+iam-permission\s+first/);
    await app.press(down, enter);
    expect(app.frame()).toMatch(/Service\s+AccessDeniedException · HTTP 403/);
    expect(app.frame()).toMatch(/Request id\s+req-1/);
    await app.press(escape, 'c', 'y');
    await waitForFrame(app.frame, /✓ Cleared\./);
    expect(store.listLogs()).toEqual([]);
    await app.press(up);
  });
});
