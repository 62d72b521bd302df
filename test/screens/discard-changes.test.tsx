// Esc never drops typed input without a yes: every screen with fields asks "Discard your changes?".
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { testConfig } from '../helpers/config.js';
import { renderApp, KEYS, type ScreenApp, cleanup } from '../helpers/ink.js';
import { tempDir } from '../helpers/tmp.js';
import { ESC, eventually, pressKey, pressKeys } from '../components/press.js';

afterEach(() => cleanup());

type App = ScreenApp;
const ready = (app: App, re: RegExp): Promise<unknown> => eventually(() => expect(app.frame()).toMatch(re));
const esc = (app: App, re: RegExp): Promise<void> => pressKey(app, ESC, () => re.test(app.frame()));

describe('Esc asks before dropping typed input', () => {
  it('on the model form: n keeps every field, y goes back', async () => {
    const app = await renderApp({ screen: 'model-form', mode: 'add' });
    await ready(app, /Name/);
    await pressKeys(app, 'Work Claude', KEYS.tab, KEYS.tab, 'ABSKsecretvalue12345wxyz');
    await esc(app, /Discard your changes\?/);
    await pressKey(app, 'n');
    await eventually(() => expect(app.frame()).not.toContain('Discard your changes?'));
    expect(app.frame()).toMatch(/Name\s+Work Claude/);
    expect(app.frame()).toMatch(/API key\s+•{24}/); // still focused: every character masked
    expect(app.frame()).not.toContain('secretvalue');
    await esc(app, /Discard your changes\?/);
    await pressKey(app, 'y');
    await ready(app, /mockview · interview practice/); // back on Home (opened directly)
  });

  it('on the advanced panel: a moved slider or a typed stop sequence is kept unless you say yes', async () => {
    const store = openStore({ dataDir: tempDir() });
    store.addModel(testConfig({ name: 'Claude' }));
    const edit = await renderApp({ screen: 'model-form', mode: 'edit', name: 'Claude' }, { store }); // edit opens the panel
    await ready(edit, /temperature/);
    // name, auth, API key, region, model, endpoint, advanced, temperature
    for (let i = 0; i < 7; i++) await pressKey(edit, KEYS.tab);
    await ready(edit, /› temperature .* 0\.70/);
    await pressKey(edit, KEYS.right);
    await ready(edit, /› temperature .* 0\.75/);
    await esc(edit, /Discard your changes\?/);
    await pressKey(edit, 'n', () => !edit.frame().includes('Discard'));
    expect(edit.frame()).toMatch(/temperature .* 0\.75/);
    await esc(edit, /Discard your changes\?/);
    await pressKey(edit, 'y', () => /mockview · interview practice/.test(edit.frame()));
    expect(store.getModel('Claude')?.params.temperature).toBe(0.7); // nothing saved
  });

  it('on the model form: Esc with nothing typed leaves at once', async () => {
    const app = await renderApp({ screen: 'model-form', mode: 'add' });
    await ready(app, /Name/);
    await esc(app, /mockview · interview practice/);
  });

  it('on the interview setup', async () => {
    const app = await renderApp({ screen: 'interview-setup' });
    await ready(app, /Interview › Setup/);
    await pressKeys(app, 'Backend engineer', KEYS.tab, KEYS.tab, 'Acme');
    await esc(app, /Discard your changes\?/);
    await pressKey(app, ESC, () => !app.frame().includes('Discard your changes?')); // Esc answers no
    expect(app.frame()).toMatch(/Role\s+Backend engineer/);
    expect(app.frame()).toMatch(/Company\s+Acme/);
    await esc(app, /Discard your changes\?/);
    await pressKey(app, 'y');
    await ready(app, /mockview · interview practice/);
  });

  it('on a question being added to the bank', async () => {
    const app = await renderApp({ screen: 'questions' });
    await ready(app, /Question bank/);
    await pressKey(app, 'a', () => /Enter add/.test(app.frame()));
    await pressKeys(app, 'What would you do differently?');
    await esc(app, /Discard your changes\?/);
    await pressKey(app, 'n', () => !app.frame().includes('Discard'));
    expect(app.frame()).toContain('What would you do differently?');
    await esc(app, /Discard your changes\?/);
    await pressKey(app, 'y', () => !app.frame().includes('Discard'));
    expect(app.frame()).not.toContain('What would you do differently?');
    expect(app.store.listQuestions()).toHaveLength(0);
  });

  it('on the question generate form', async () => {
    const app = await renderApp({ screen: 'questions' });
    await ready(app, /Question bank/);
    await pressKey(app, 'g', () => /Generate questions/.test(app.frame()));
    await pressKeys(app, 'Data engineer');
    await esc(app, /Discard your changes\?/);
    await pressKey(app, 'n', () => !app.frame().includes('Discard'));
    expect(app.frame()).toMatch(/Role\s+Data engineer/);
    await esc(app, /Discard your changes\?/);
    await pressKey(app, 'y', () => !app.frame().includes('Generate questions'));
    await pressKey(app, 'g', () => /Generate questions/.test(app.frame()));
    expect(app.frame()).not.toContain('Data engineer');
  });
});
