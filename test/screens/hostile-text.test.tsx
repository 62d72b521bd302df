// Text our code did not write — stored names and roles, server messages, model replies — reaches
// the frame only through safeText: no escape sequence (OSC 52 clipboard write, ESC c reset), no C1
// control, no bidi override survives into what Ink draws.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import type { Session } from '../../src/store/schema.js';
import { startFakeBedrock, type FakeBedrock } from '../fake-bedrock/server.js';
import { testConfig } from '../helpers/config.js';
import { KEYS, renderApp, type ScreenApp, cleanup } from '../helpers/ink.js';
import { tempDir } from '../helpers/tmp.js';
import { eventually, pressKey } from '../components/press.js';

/** Sets the clipboard (OSC 52), resets the terminal (ESC c), a C1 CSI, and a right-to-left override. */
const HOSTILE = 'Evil\u001b]52;c;aGFja2Vk\u0007\u001bc\u009b31m\u202eredro\u202c\u2066x\u2069 end';
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

let fake: FakeBedrock;
beforeAll(async () => {
  fake = await startFakeBedrock();
  process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME = fake.url;
});
afterAll(async () => {
  delete process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME;
  await fake.close();
});
afterEach(() => cleanup());

type App = ScreenApp;
/** Ink's own control sequences (cursor moves, erase, styles, synchronized output) and carriage returns. */
const INK_CONTROLS = /\u001b\[[0-?]*[ -/]*[@-~]|\r/g;

/** Every frame drawn so far is clean: on screen, and in the bytes written to the terminal. */
function expectNothingUnsafe(app: App): void {
  for (const frame of app.frames) expect(frame).not.toMatch(UNSAFE);
  expect(app.output().replace(INK_CONTROLS, '')).not.toMatch(UNSAFE);
}

/** Every frame drawn so far is clean, and the last one shows the visible trace of the attack. */
function expectClean(app: App): void {
  expectNothingUnsafe(app);
  expect(app.frame()).toContain('Evil␛]52;c;aGFja2Vk');
}

function hostileSession(): Session {
  const at = '2026-03-01T10:00:00.000Z';
  return {
    version: 1,
    id: 's-hostile',
    createdAt: at,
    updatedAt: at,
    status: 'in-progress',
    setup: { type: 'behavioural', role: HOSTILE, level: 'mid', questionCount: 1, language: 'English', modelName: HOSTILE },
    modelLabel: 'Offline demo',
    turns: [{ role: 'interviewer', text: 'Tell me about yourself.', at, questionNumber: 1 }],
  };
}

describe('hostile text on my screens', () => {
  it('Logs: the list and the detail of an entry with a hostile message and raw error', async () => {
    const store = openStore({ dataDir: tempDir() });
    store.appendLog({ level: 'error', kind: 'test', configName: HOSTILE, modelId: HOSTILE, errorClass: 'validation', message: HOSTILE, details: { name: HOSTILE, message: `${HOSTILE}\nsecond line`, requestId: HOSTILE } });
    const app = await renderApp({ screen: 'logs' }, { store });
    await eventually(() => expect(app.frame()).toContain('Logs (1)'));
    expectClean(app);
    await pressKey(app, KEYS.enter, () => /Request id/.test(app.frame()));
    expectClean(app);
  });

  it('Models: a model named with escape sequences', async () => {
    const store = openStore({ dataDir: tempDir() });
    store.addModel(testConfig({ name: HOSTILE }));
    const app = await renderApp({ screen: 'models' }, { store });
    await eventually(() => expect(app.frame()).toContain('LAST TEST'));
    expect(app.frame()).toContain('Evil␛]52;c;aGFj'); // cut to its column
    expectNothingUnsafe(app);
    await pressKey(app, '*', () => /is now the default/.test(app.frame()));
    expectClean(app);
  });

  it('Model form: editing a stored model whose name, endpoint and stop sequence are hostile', async () => {
    const store = openStore({ dataDir: tempDir() });
    store.addModel(testConfig({ name: HOSTILE, endpoint: `https://proxy.example/${HOSTILE}` }, { stopSequences: [HOSTILE] }));
    const app = await renderApp({ screen: 'model-form', mode: 'edit', name: HOSTILE }, { store });
    await eventually(() => expect(app.frame()).toContain('Models › Edit'));
    for (let i = 0; i < 3; i++) await pressKey(app, KEYS.tab); // through the fields, focused and not
    expectClean(app);
  });

  it('History: a session whose role and model name are hostile', async () => {
    const store = openStore({ dataDir: tempDir() });
    store.saveSession(hostileSession());
    const app = await renderApp({ screen: 'history' }, { store });
    await eventually(() => expect(app.frame()).toContain('History'));
    expectNothingUnsafe(app);
    expect(app.frame()).toContain('Evil␛]52;c;aG');
    await pressKey(app, 'x', () => /Delete the/.test(app.frame()));
    expectClean(app);
  });

  it('Question bank: a stored question and role, in the list and in the delete question', async () => {
    const store = openStore({ dataDir: tempDir() });
    store.addQuestions([{ id: 'h1', text: HOSTILE, type: 'behavioural', role: HOSTILE, createdAt: '2025-01-01T00:00:00.000Z', source: 'manual' }]);
    const app = await renderApp({ screen: 'questions' }, { store });
    await eventually(() => expect(app.frame()).toContain('Question bank'));
    await pressKey(app, 'x', () => /Delete “/.test(app.frame()));
    expectClean(app);
  });

  it('Test connection: a hostile reply from the model, and a hostile error from the service', async () => {
    const store = openStore({ dataDir: tempDir() });
    store.addModel(testConfig({ name: 'Claude' }));
    fake.setScenario({ kind: 'normal', text: HOSTILE });
    const app = await renderApp({ screen: 'models' }, { store });
    await eventually(() => expect(app.frame()).toContain('LAST TEST'));
    await pressKey(app, 't', () => /✓ Connected/.test(app.frame()));
    expectClean(app);
    cleanup();
    fake.setScenario({ kind: 'httpError', error: 'validation', message: HOSTILE });
    const again = await renderApp({ screen: 'models' }, { store });
    await eventually(() => expect(again.frame()).toContain('LAST TEST'));
    await pressKey(again, 't', () => /✗/.test(again.frame()) && /Logs/.test(again.frame()));
    expectNothingUnsafe(again);
  });
});
