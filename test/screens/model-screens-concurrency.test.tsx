// The model screens on the app layer against real second writers (issue #13 item 2, #15 item 1): a
// model removed by `mockview models remove` or renamed/changed by another store on the same data
// folder while its edit form is open, a lock another mockview holds (and holds too long), a name
// taken meanwhile, a damaged config.json. Typed keys on the real shell; every wait is for a frame.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { eventually, pressKey, pressKeys, type KeyTarget } from '../components/press.js';
import { runCli } from '../helpers/cli.js';
import { testConfig } from '../helpers/config.js';
import { KEYS, renderApp, waitForFrame, type ScreenApp } from '../helpers/ink.js';
import { tempDir } from '../helpers/tmp.js';

const { down, up, enter, escape } = KEYS;

const open: ScreenApp[] = [];
afterEach(() => {
  for (const app of open.splice(0)) app.unmount();
});
const render = async (...args: Parameters<typeof renderApp>) => {
  const app = await renderApp(...args);
  open.push(app);
  return app;
};

function storeWith(...names: string[]): Store {
  const store = openStore({ dataDir: tempDir() });
  for (const name of names) store.addModel(testConfig({ name }));
  return store;
}

/** Another mockview on the same data folder: its own store, its own reads and writes. */
const otherProcess = (store: Store): Store => openStore({ dataDir: store.paths.dir });

const HOME = /mockview · interview practice/;

/** Moves focus down until the focused row matches (the form wraps, so 40 moves see every field). */
async function focusOn(app: KeyTarget, label: RegExp): Promise<void> {
  const focused = (): boolean => (app.lastFrame() ?? '').split('\n').some((l) => /›/.test(l) && label.test(l));
  for (let i = 0; i < 40 && !focused(); i++) await pressKey(app, down);
  expect(focused()).toBe(true);
}

/** Opens the edit form of `name` and types " edited" after the name. */
async function editName(store: Store, name: string, opts: Parameters<typeof renderApp>[1] = {}) {
  const app = await render({ screen: 'model-form', mode: 'edit', name }, { store, ...opts });
  await waitForFrame(app.frame, new RegExp(`Edit ${name}`));
  await pressKeys(app, ...' edited'.split(''));
  await waitForFrame(app.frame, new RegExp(`${name} edited`));
  return app;
}

/** Focus on [ Save ] (the field after Test connection) and press Enter. */
async function pressSave(app: KeyTarget): Promise<void> {
  await focusOn(app, /\[ Test connection \]/);
  await pressKey(app, down);
  await pressKey(app, enter);
}

describe('model form Save when another mockview got there first', () => {
  it('removed by `mockview models remove`: one line, the edit kept, n saves it as new', async () => {
    const store = storeWith('Claude');
    const app = await editName(store, 'Claude');
    const removed = await runCli(['models', 'remove', 'Claude'], { dataDir: store.paths.dir });
    expect(removed.code).toBe(0);
    // The form follows the other process's write by itself.
    await waitForFrame(app.frame, /'Claude' is no longer stored under that name/);
    await pressSave(app);
    await waitForFrame(app.frame, /'Claude' was renamed or removed elsewhere; your edit is kept\./);
    expect(app.frame()).toContain("n save as new ('Claude edited (2)')");
    expect(app.frame()).toContain('Claude edited'); // the Name field still holds the edit
    await pressKey(app, 'n');
    await waitForFrame(app.frame, HOME);
    const saved = store.getModel('Claude edited (2)');
    expect(saved).toMatchObject({ modelId: 'anthropic.claude-haiku-4-5-20251001-v1:0', region: 'us-east-1' });
    expect(store.getModel('Claude')).toBeUndefined();
  });

  it('renamed elsewhere: a conflict; Esc asks before dropping, n keeps the edit, then save as new', async () => {
    const store = storeWith('Claude');
    const app = await editName(store, 'Claude');
    const other = otherProcess(store);
    other.updateModel('Claude', { ...other.getModel('Claude')!, name: 'Renamed' });
    await pressSave(app);
    await waitForFrame(app.frame, /'Claude' was renamed or removed elsewhere/);
    await pressKey(app, escape);
    await waitForFrame(app.frame, /Discard your changes\?/);
    await pressKey(app, 'n');
    await eventually(() => expect(app.frame()).not.toContain('Discard'));
    expect(app.frame()).toContain('Claude edited');
    // Save again: still a conflict (nothing was overwritten), and this time save as new.
    await pressKey(app, enter);
    await waitForFrame(app.frame, /renamed or removed elsewhere[\s\S]*n save as new/);
    await pressKey(app, 'n');
    await waitForFrame(app.frame, HOME);
    expect(store.listModels().map((m) => m.name).sort()).toEqual(['Claude edited (2)', 'Renamed', 'demo'].sort());
  });

  it('changed elsewhere: a conflict; going back drops the edit only after y, the other change stays', async () => {
    const store = storeWith('Claude');
    const app = await editName(store, 'Claude');
    const other = otherProcess(store);
    const theirs = other.getModel('Claude')!;
    other.updateModel('Claude', { ...theirs, params: { ...theirs.params, temperature: 0.2 } });
    await pressSave(app);
    await waitForFrame(app.frame, /'Claude' was changed by another mockview meanwhile; your edit is kept\./);
    await pressKey(app, escape);
    await waitForFrame(app.frame, /Discard your changes\?/);
    await pressKey(app, 'y');
    await waitForFrame(app.frame, HOME);
    expect(store.listModels().map((m) => m.name).sort()).toEqual(['Claude', 'demo']);
    expect(store.getModel('Claude')?.params.temperature).toBe(0.2);
  });

  it('a name taken meanwhile is an inline error on Name, and Save is refused', async () => {
    const store = storeWith('Claude');
    const app = await editName(store, 'Claude');
    otherProcess(store).addModel(testConfig({ name: 'Claude edited' }));
    await waitForFrame(app.frame, /✗ a model named 'Claude edited' already exists/);
    await pressSave(app);
    await waitForFrame(app.frame, /Cannot save yet: 1 problem to fix/);
    expect(store.getModel('Claude')).toBeDefined(); // nothing written
  });

  it('opened for a model already gone: says so, and Save adds the form as a new model', async () => {
    const store = storeWith('Claude');
    const app = await render({ screen: 'model-form', mode: 'edit', name: 'Gone' }, { store });
    await waitForFrame(app.frame, /No model named 'Gone' any more \(removed elsewhere\): Save adds this as a new one\./);
    await pressKeys(app, ...'Found'.split(''), KEYS.tab, KEYS.tab);
    await pressKey(app, 'ABSKQmVkcm9ja0FQSUtleS1nb25lLXRlc3QtMTIzNDU2');
    await pressSave(app);
    await waitForFrame(app.frame, HOME);
    expect(store.getModel('Found')).toBeDefined();
  });
});

/** A lock on config.json another live mockview holds: created as the store's lock is, and kept fresh. */
function holdLock(store: Store): () => void {
  const lock = `${store.paths.config}.lock`;
  fs.mkdirSync(lock);
  const refresh = setInterval(() => {
    const now = new Date();
    try {
      fs.utimesSync(lock, now, now);
    } catch {
      // released
    }
  }, 300);
  return () => {
    clearInterval(refresh);
    fs.rmSync(lock, { recursive: true, force: true });
  };
}

describe('model form Save while another mockview holds the lock', () => {
  it('shows the wait, keeps answering keys, and saves once the lock is free', async () => {
    const store = storeWith('Claude');
    const app = await editName(store, 'Claude');
    const release = holdLock(store);
    try {
      await pressSave(app);
      await waitForFrame(app.frame, /waiting for config\.json held by another mockview \(1 s\)/);
      // The event loop runs meanwhile: keys move the focus, and Esc says why it waits.
      await pressKey(app, up);
      await waitForFrame(app.frame, /› \[ Test connection \]/);
      await pressKey(app, escape);
      await waitForFrame(app.frame, /Saving… Esc works again once it is done/);
      release();
      await waitForFrame(app.frame, HOME);
      expect(store.getModel('Claude edited')).toBeDefined();
    } finally {
      release();
    }
  });

  it('held too long: a one-line message, the edit kept, and Save again works', async () => {
    const store = storeWith('Claude');
    const app = await editName(store, 'Claude');
    const release = holdLock(store);
    try {
      await pressSave(app);
      await waitForFrame(app.frame, /waiting for config\.json/);
      await waitForFrame(app.frame, /✗ Not saved: [\s\S]*config\.json[\s\S]*held it[\s\S]*try again[\s\S]*\(your edit is kept\)/, 15_000);
      expect(app.frame()).not.toContain('waiting for');
      expect(app.frame()).toContain('Claude edited');
      expect(store.getModel('Claude')).toBeDefined();
      release();
      await pressKey(app, enter);
      await waitForFrame(app.frame, HOME);
      expect(store.getModel('Claude edited')).toBeDefined();
    } finally {
      release();
    }
  }, 30_000);
});

describe('models screen through the app layer', () => {
  it('a model removed elsewhere leaves the list by itself; default, delete and duplicate show their results', async () => {
    const store = storeWith('Claude', 'Nova');
    const app = await render({ screen: 'models' }, { store });
    await waitForFrame(app.frame, /Nova/);
    await runCli(['models', 'remove', 'Nova'], { dataDir: store.paths.dir });
    await eventually(() => expect(app.frame()).not.toContain('Nova'));
    expect(app.frame()).toContain('Claude');

    await pressKey(app, '*');
    await waitForFrame(app.frame, /'Claude' is now the default model\./);
    expect(store.defaultModelName()).toBe('Claude');

    await pressKey(app, 'd');
    await waitForFrame(app.frame, /Models › Duplicate/);
    await pressSave(app);
    await waitForFrame(app.frame, /Models\n[\s\S]*Claude copy/); // back on the list, which shows the copy
    expect(store.getModel('Claude copy')).toMatchObject({ modelId: 'anthropic.claude-haiku-4-5-20251001-v1:0' });
  });

  it('deleting asks, then says so; a model removed elsewhere meanwhile is a line, not a crash', async () => {
    const store = storeWith('Claude');
    const app = await render({ screen: 'models' }, { store });
    await waitForFrame(app.frame, /Claude/);
    await pressKey(app, 'x');
    await waitForFrame(app.frame, /Delete model 'Claude'\?/);
    // Removed by another process while the question is open.
    otherProcess(store).removeModel('Claude');
    await pressKey(app, 'y');
    await waitForFrame(app.frame, /✗ Not deleted: no model named 'Claude'/);
    await pressKey(app, 'a');
    await waitForFrame(app.frame, /Models › Add › Provider/);
  });

  it('choosing the offline demo as provider makes it the default through the app layer', async () => {
    const store = storeWith('Claude');
    expect(store.defaultModelName()).toBe('Claude');
    const app = await render({ screen: 'provider' }, { store });
    await waitForFrame(app.frame, /Offline demo/);
    await pressKeys(app, down, enter);
    await waitForFrame(app.frame, /now the default model/);
    expect(store.defaultModelName()).toBe('demo');
  });
});

describe('a damaged config.json', () => {
  const DAMAGED = '{"version": 1, "models": [';
  for (const route of [{ screen: 'models' }, { screen: 'provider' }, { screen: 'model-form', mode: 'edit', name: 'Claude' }] as const) {
    it(`${route.screen}: says so instead of opening, and Esc goes back`, async () => {
      const store = storeWith('Claude');
      fs.writeFileSync(store.paths.config, DAMAGED);
      const app = await render(route, { store });
      await waitForFrame(app.frame, /✗ Models are unavailable: .*config\.json/);
      await pressKey(app, escape);
      await waitForFrame(app.frame, HOME);
      expect(fs.readFileSync(store.paths.config, 'utf8')).toBe(DAMAGED);
    });
  }

  it('damaged while the edit form is open: the form stays with the edit, Save says why, and saves once repaired', async () => {
    const store = storeWith('Claude');
    const app = await editName(store, 'Claude');
    fs.writeFileSync(store.paths.config, DAMAGED);
    await waitForFrame(app.frame, /✗ Save waits until config\.json is repaired; your edit stays here\. /);
    await pressSave(app);
    await waitForFrame(app.frame, /✗ Not saved: [\s\S]*config\.json[\s\S]*\(your edit is kept\)/);
    expect(app.frame()).toContain('Claude edited');
    expect(fs.readFileSync(store.paths.config, 'utf8')).toBe(DAMAGED); // not written over
    // The user moves the damaged file away: mockview starts again with no models, so the edited
    // model is gone — Save offers to save the edit as new.
    fs.renameSync(store.paths.config, `${store.paths.config}.broken`);
    await eventually(() => expect(app.frame()).not.toContain('Save waits until'));
    await pressKey(app, enter);
    await waitForFrame(app.frame, /renamed or removed elsewhere[\s\S]*n save as new \('Claude edited \(2\)'\)/);
    await pressKey(app, 'n');
    await waitForFrame(app.frame, HOME);
    expect(store.listModels().map((m) => m.name)).toContain('Claude edited (2)');
  });
});
