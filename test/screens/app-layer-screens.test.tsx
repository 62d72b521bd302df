// The screens on the app layer, typed at through the real shell: every write shows its result, a
// damaged file disables only what depends on it, a lock held by another mockview shows as a status
// line while the screen keeps working, and reads are cached (not re-parsed per keystroke).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Repositories } from '../../src/app/repositories.js';
import type { WriteResult } from '../../src/app/results.js';
import { openStore } from '../../src/store/index.js';
import type { BankQuestion, Session } from '../../src/store/schema.js';
import type { Store } from '../../src/store/types.js';
import { testConfig } from '../helpers/config.js';
import { KEYS, renderApp, waitForFrame, type ScreenApp } from '../helpers/ink.js';
import { tempDir } from '../helpers/tmp.js';

const { down, right, enter, escape } = KEYS;

const open: ScreenApp[] = [];
afterEach(() => {
  for (const app of open.splice(0)) app.unmount();
});
const render = async (...args: Parameters<typeof renderApp>) => {
  const app = await renderApp(...args);
  open.push(app);
  return app;
};

const DAMAGED = '{"version": 1, "models": [';

function session(id: string, role: string): Session {
  const at = '2026-03-02T10:00:00.000Z';
  return {
    version: 1,
    id,
    createdAt: at,
    updatedAt: at,
    status: 'finished',
    setup: { type: 'behavioural', role, level: 'mid', questionCount: 1, language: 'English', modelName: 'demo' },
    modelLabel: 'Offline demo',
    turns: [{ role: 'interviewer', text: 'Tell me about yourself.', at, questionNumber: 1 }],
  };
}

const question: BankQuestion = { id: 'aaaa0001', text: 'How do you keep a cache correct?', type: 'technical', role: 'SRE', createdAt: '2025-01-01T00:00:00.000Z', source: 'manual' };

function storeWithModel(): Store {
  const store = openStore({ dataDir: tempDir() });
  store.addModel(testConfig({ name: 'Claude' }));
  return store;
}

describe('a damaged config.json', () => {
  it('shows on Home, refuses a settings change with one line, and the app keeps running', async () => {
    const store = storeWithModel();
    fs.writeFileSync(store.paths.config, DAMAGED);
    const app = await render({ screen: 'home' }, { store });
    await waitForFrame(app.frame, /Models and settings are unavailable: .*config\.json/);
    expect(app.frame()).toContain('Start an interview (model: demo)');
    await app.press(down, down, down, down, down, enter);
    await waitForFrame(app.frame, /Settings[\s\S]*Default model/);
    await app.press(down, right);
    await waitForFrame(app.frame, /✗ language not saved: .*config\.json/);
    // Still running: keys still move the focus, and the file was not written over.
    await app.press(down, down); // past the interface language
    await waitForFrame(app.frame, /› Colour/);
    expect(fs.readFileSync(store.paths.config, 'utf8')).toBe(DAMAGED);
  });

  it('the model screens say so instead of opening; Esc goes back', async () => {
    const store = storeWithModel();
    fs.writeFileSync(store.paths.config, DAMAGED);
    const app = await render({ screen: 'home' }, { store });
    await waitForFrame(app.frame, /Models and settings are unavailable/);
    await app.press('4'); // Models (Start, History, Question bank, Models)
    await waitForFrame(app.frame, /✗ Models are unavailable: .*config\.json/);
    await app.press(escape);
    await waitForFrame(app.frame, /mockview · interview practice/);
  });

  it('History still lists and exports; feedback says it needs config.json instead of failing', async () => {
    const store = storeWithModel();
    store.saveSession(session('s1', 'Platform lead'));
    store.saveSession({ ...session('s2', 'Data engineer'), createdAt: '2026-03-03T10:00:00.000Z', status: 'in-progress', setup: { ...session('s2', 'x').setup, role: 'Data engineer', modelName: 'Claude' } });
    fs.writeFileSync(store.paths.config, DAMAGED);
    const app = await render({ screen: 'history' }, { store });
    await waitForFrame(app.frame, /Data engineer[\s\S]*Platform lead/);
    await app.press(enter); // the unfinished Bedrock interview
    await waitForFrame(app.frame, /✗ config\.json is damaged: resuming needs 'Claude' · e exports/);
    await app.press(down, enter); // the finished one
    await waitForFrame(app.frame, /✗ config\.json is damaged: feedback needs its settings · e exports/);
    await app.press('e');
    await waitForFrame(app.frame, /✓ Exported to .*s1\.md/);
  });

  it('still runs the offline demo: setup offers only the demo and starts the interview', async () => {
    const store = storeWithModel();
    fs.writeFileSync(store.paths.config, DAMAGED);
    const app = await render({ screen: 'interview-setup' }, { store });
    await waitForFrame(app.frame, /Only the offline demo is offered: .*config\.json/);
    expect(app.frame()).toMatch(/Model\s+◂ demo ▸/);
    await app.press('Backend engineer');
    for (let i = 0; i < 10 && !/› \[ Start interview \]|›\s*\[ Start/.test(app.frame()); i++) await app.press(down);
    await app.press(enter);
    // The setup gives way to the interview, on a session saved with the demo.
    await waitForFrame(app.frame, /^(?![\s\S]*Interview › Setup)[\s\S]*Backend engineer/);
    expect(store.listSessions()).toMatchObject([{ modelName: 'demo', role: 'Backend engineer' }]);
  });
});

describe('damaged files of one screen leave the others working', () => {
  it('a damaged questions.json: the bank says it is unavailable, with the file and problem; History works', async () => {
    const store = openStore({ dataDir: tempDir() });
    store.saveSession(session('s1', 'Platform lead'));
    fs.writeFileSync(store.paths.questions, '{"version": 1, "questions": [{"id": ');
    const app = await render({ screen: 'home' }, { store });
    await app.press('4'); // Question bank (after "Add your first model", Start, History)
    await waitForFrame(app.frame, /question bank unavailable: .*questions\.json: .*JSON/);
    await app.press(escape);
    await waitForFrame(app.frame, /History & feedback/);
    await app.press('3');
    await waitForFrame(app.frame, /Platform lead/);
  });

  it('a damaged logs.json: Logs shows its message', async () => {
    const store = openStore({ dataDir: tempDir() });
    fs.writeFileSync(store.paths.logs, 'not json');
    const app = await render({ screen: 'logs' }, { store });
    await waitForFrame(app.frame, /✗ The log is unavailable: .*logs\.json/);
    await app.press(escape);
    await waitForFrame(app.frame, /mockview · interview practice/);
  });

  it('a damaged session is listed as damaged in History, and opening it says so', async () => {
    const store = openStore({ dataDir: tempDir() });
    store.saveSession(session('s1-good', 'Platform lead'));
    const broken = path.join(store.paths.sessions, 's0-broken.json');
    fs.writeFileSync(broken, '{"version": 1, "id": "s0-bro');
    fs.utimesSync(broken, new Date('2026-03-01T10:00:00Z'), new Date('2026-03-01T10:00:00Z'));
    const app = await render({ screen: 'history' }, { store });
    await waitForFrame(app.frame, /Platform lead[\s\S]*✗ damaged\s+s0-broken/);
    await app.press(down, enter);
    await waitForFrame(app.frame, /✗ That interview's file is damaged: .*s0-broken\.json/);
    // The good one still opens.
    await app.press(KEYS.up, 'e');
    await waitForFrame(app.frame, /✓ Exported to .*s1-good\.md/);
  });
});

describe('writes that lose a race', () => {
  it('an edit of a question removed elsewhere says so and keeps what was typed', async () => {
    const store = openStore({ dataDir: tempDir() });
    store.addQuestions([question]);
    const app = await render({ screen: 'questions' }, { store });
    await waitForFrame(app.frame, /cache correct/);
    await app.press('e');
    await waitForFrame(app.frame, /Enter save/);
    await app.press(' today');
    await waitForFrame(app.frame, /correct\? today/);
    store.removeQuestion(question.id); // another mockview, or `mockview questions remove`
    await waitForFrame(app.frame, /0 questions[\s\S]*correct\? today[\s\S]*no longer in the list/);
    await app.press(enter);
    await waitForFrame(app.frame, /removed elsewhere · Enter adds it as new/);
    expect(app.frame()).toContain('How do you keep a cache correct? today');
    await app.press(enter);
    await waitForFrame(app.frame, /✓ Added\./);
    expect(store.listQuestions()).toMatchObject([{ text: 'How do you keep a cache correct? today', type: 'technical', role: 'SRE' }]);
  });

  it('waits for a lock another mockview holds, showing it, without freezing the screen', async () => {
    const store = storeWithModel();
    store.addModel(testConfig({ name: 'Nova', modelId: 'amazon.nova-pro-v1:0' }));
    const lock = `${store.paths.config}.lock`;
    fs.mkdirSync(lock); // as another process's proper-lockfile lock
    try {
      const app = await render({ screen: 'settings' }, { store });
      await app.press(right);
      await waitForFrame(app.frame, /waiting for config\.json held by another mockview \(1 s\)/);
      // The event loop runs meanwhile: a key moves the focus while the save waits.
      await app.press(down);
      await waitForFrame(app.frame, /› Interview language/);
      fs.rmdirSync(lock);
      await waitForFrame(app.frame, /✓ default model saved/);
      expect(app.frame()).not.toContain('waiting for');
      expect(store.defaultModelName()).toBe('Nova');
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  });
});

/** Every write of the app layer comes back `locked`, as after another mockview held the file too long. */
function allLocked(real: Repositories): Repositories {
  const locked = async (): Promise<WriteResult<never>> => ({ ok: false, reason: 'locked', message: 'held.json: not saved, another mockview has held it for over 8 s; try again' });
  return {
    ...real,
    settings: { ...real.settings, update: locked },
    models: { ...real.models, setDefault: locked },
    sessions: { ...real.sessions, save: locked, remove: locked },
    questions: { ...real.questions, add: locked, update: locked, remove: locked },
    logs: { ...real.logs, clear: locked },
  };
}

describe('a write that stays locked shows one line and the screen goes on', () => {
  it('settings, logs, history, the question bank and the interview setup', async () => {
    const store = storeWithModel();
    store.appendLog({ level: 'error', kind: 'test', message: 'first' });
    store.saveSession(session('s1', 'Platform lead'));
    store.addQuestions([question]);
    const held = /held\.json: not saved, another mockview has held it for over 8 s; try again/;

    const settings = await render({ screen: 'settings' }, { store, repositories: allLocked });
    await settings.press(KEYS.down, right);
    await waitForFrame(settings.frame, new RegExp(`✗ language not saved: ${held.source}`));
    await settings.press(KEYS.up);
    await waitForFrame(settings.frame, /› Default model/);

    const logs = await render({ screen: 'logs' }, { store, repositories: allLocked });
    await logs.press('c', 'y');
    await waitForFrame(logs.frame, new RegExp(`✗ not cleared: ${held.source}`));
    expect(store.listLogs()).toHaveLength(1);

    const history = await render({ screen: 'history' }, { store, repositories: allLocked });
    await history.press('x', 'y');
    await waitForFrame(history.frame, new RegExp(`✗ Not deleted: ${held.source}`));
    expect(history.frame()).toContain('Platform lead');

    const bank = await render({ screen: 'questions' }, { store, repositories: allLocked });
    await bank.press('x', 'y');
    await waitForFrame(bank.frame, new RegExp(`✗ not deleted: ${held.source}`));
    expect(bank.frame()).toContain('cache correct');

    const setup = await render({ screen: 'interview-setup', prefill: { role: 'SRE' } }, { store, repositories: allLocked });
    await setup.press(enter);
    await waitForFrame(setup.frame, /✗ Interview not started: held\.json: not saved/);
    expect(setup.frame()).toContain('Interview › Setup');
    expect(store.listSessions()).toHaveLength(1);
  });
});

describe('reads are cached', () => {
  it('50 keystrokes on the interview setup read config.json and the bank not once', async () => {
    const store = storeWithModel();
    const reads = { count: 0 };
    for (const name of ['listModels', 'getModel', 'defaultModelName', 'settings', 'readConfig', 'listQuestions'] as const) {
      const original = store[name].bind(store) as (...a: unknown[]) => unknown;
      (store as unknown as Record<string, unknown>)[name] = (...a: unknown[]) => {
        reads.count++;
        return original(...a);
      };
    }
    const app = await render({ screen: 'interview-setup' }, { store });
    await waitForFrame(app.frame, /Interview › Setup/);
    const models = app.repositories.models.getSnapshot();
    const before = reads.count;
    expect(before).toBeGreaterThan(0); // the first render read it once
    const role = 'Backend engineer for payments, platform and data!!';
    expect(role).toHaveLength(50);
    for (const ch of role) await app.press(ch);
    await waitForFrame(app.frame, /for payments, platform and data!!/);
    expect(reads.count).toBe(before);
    expect(app.repositories.models.getSnapshot()).toBe(models);
  });
});
