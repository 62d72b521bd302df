// The app layer's repositories: cached snapshots that notice other processes' writes, and writes that
// come back as results (conflict / not-found / damaged / locked) instead of throwing into a screen.
import fs from 'node:fs';
import os from 'node:os';
import lockfile from 'proper-lockfile';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepositories, type Repositories } from '../../src/app/repositories.js';
import { attempt } from '../../src/app/results.js';
import { openStore, StoreError } from '../../src/store/index.js';
import { withLockAsync } from '../../src/store/lock.js';
import { model, question, session, tempDir } from './support.js';

const opened: Repositories[] = [];
afterEach(() => opened.splice(0).forEach((r) => r.close()));

function setup() {
  const dir = tempDir();
  const store = openStore({ dataDir: dir });
  const repos = createRepositories(store);
  opened.push(repos);
  // "Another mockview": a second store on the same directory, as a second process would open it.
  const other = openStore({ dataDir: dir });
  return { dir, store, repos, other };
}

/** Resolves when the listener fires (or fails the test after `ms`). */
function changed(subscribe: (l: () => void) => () => void, ms = 4_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no change notification')), ms);
    const off = subscribe(() => {
      clearTimeout(timer);
      off();
      resolve();
    });
  });
}

describe('model edits racing another instance', () => {
  it('saves an edit when nobody else touched the model', async () => {
    const { repos, other } = setup();
    other.addModel(model('Haiku'));
    const base = repos.store.getModel('Haiku')!;
    const result = await repos.models.update(base, { ...base, region: 'us-west-2' });
    expect(result).toEqual({ ok: true, value: undefined });
    const snap = repos.models.getSnapshot();
    expect(snap.status === 'ok' && snap.data.models.find((m) => m.name === 'Haiku')?.region).toBe('us-west-2');
  });

  it('returns conflict with the user’s edit when the model was changed elsewhere', async () => {
    const { repos, other } = setup();
    other.addModel(model('Haiku'));
    const base = repos.store.getModel('Haiku')!;
    other.updateModel('Haiku', { ...base, modelId: 'amazon.nova-lite-v1:0' });
    const edit = { ...base, region: 'eu-west-1' };
    const result = await repos.models.update(base, edit);
    expect(result).toMatchObject({ ok: false, reason: 'conflict', edit });
    expect(!result.ok && result.message).toMatch(/changed by another mockview/);
    // Nothing of theirs was overwritten.
    expect(other.getModel('Haiku')?.modelId).toBe('amazon.nova-lite-v1:0');
    // …and the edit can be kept as a new model.
    const saved = await repos.models.add({ ...edit, name: repos.models.freeName(edit.name) });
    expect(saved.ok).toBe(true);
    expect(other.getModel('Haiku (2)')?.region).toBe('eu-west-1');
  });

  it('returns not-found with the edit when the model was removed elsewhere', async () => {
    const { repos, other } = setup();
    other.addModel(model('Haiku'));
    const base = repos.store.getModel('Haiku')!;
    other.removeModel('Haiku');
    const edit = { ...base, region: 'eu-west-1' };
    expect(await repos.models.update(base, edit)).toMatchObject({ ok: false, reason: 'not-found', edit });
  });

  it('does not call a test result recorded meanwhile a conflict', async () => {
    const { repos, other } = setup();
    other.addModel(model('Haiku'));
    const base = repos.store.getModel('Haiku')!;
    expect((await repos.models.recordTest('Haiku', { ok: true, at: new Date().toISOString() })).ok).toBe(true);
    expect((await repos.models.update(base, { ...base, region: 'us-west-2' })).ok).toBe(true);
  });
});

describe('snapshots', () => {
  it('are cached (same object) until the file changes, then re-read', async () => {
    const { repos, other } = setup();
    const first = repos.models.getSnapshot();
    expect(repos.models.getSnapshot()).toBe(first);
    expect(repos.settings.getSnapshot()).toBe(repos.settings.getSnapshot());
    const notified = changed(repos.models.subscribe);
    other.addModel(model('Elsewhere'));
    await notified;
    const next = repos.models.getSnapshot();
    expect(next).not.toBe(first);
    expect(next.status === 'ok' && next.data.models.map((m) => m.name)).toEqual(['Elsewhere', 'demo']);
  });

  it('notice a session saved by another process', async () => {
    const { repos, other } = setup();
    expect(repos.sessions.getSnapshot().summaries).toEqual([]);
    const notified = changed(repos.sessions.subscribe);
    other.saveSession(session('s1', '2026-01-01T00:00:00.000Z'));
    await notified;
    expect(repos.sessions.getSnapshot().summaries.map((s) => s.id)).toEqual(['s1']);
  });
});

describe('a damaged file disables only what depends on it', () => {
  it('questions.json damaged: the bank says so, models and logs work, nothing throws', async () => {
    const { repos, store } = setup();
    fs.writeFileSync(store.paths.questions, '{ not json');
    const bank = repos.questions.getSnapshot();
    expect(bank).toMatchObject({ status: 'damaged' });
    expect(bank.status === 'damaged' && bank.message).toMatch(/questions\.json: not valid JSON/);
    expect(repos.models.getSnapshot().status).toBe('ok');
    const add = await repos.questions.add([question('q1')]);
    expect(add).toMatchObject({ ok: false, reason: 'damaged' });
    expect(fs.readFileSync(store.paths.questions, 'utf8')).toBe('{ not json');
    expect((await repos.logs.append({ level: 'info', kind: 'store', message: 'still logging' })).ok).toBe(true);
  });

  it('logs.json damaged: appending is skipped with a reason, never a throw', async () => {
    const { repos, store } = setup();
    fs.writeFileSync(store.paths.logs, '[1,2');
    const result = await repos.logs.append({ level: 'error', kind: 'chat', message: 'the real error' });
    expect(result).toMatchObject({ ok: false, reason: 'damaged' });
    expect(repos.logs.getSnapshot().status).toBe('damaged');
    expect(repos.questions.getSnapshot().status).toBe('ok');
  });

  it('config.json damaged: models and settings report it, sessions still list', async () => {
    const { repos, store, other } = setup();
    other.saveSession(session('s1', '2026-01-01T00:00:00.000Z'));
    fs.writeFileSync(store.paths.config, '{"version":1,"models":"nope"}');
    expect(repos.models.getSnapshot().status).toBe('damaged');
    expect(repos.settings.getSnapshot().status).toBe('damaged');
    expect(await repos.settings.update({ color: false })).toMatchObject({ ok: false, reason: 'damaged' });
    expect(repos.sessions.getSnapshot().summaries).toHaveLength(1);
  });

  it('a damaged session is listed as damaged, and reading it says why', () => {
    const { repos, store, other } = setup();
    other.saveSession(session('good', '2026-01-01T00:00:00.000Z'));
    fs.writeFileSync(`${store.paths.sessions}/bad.json`, '{"version":1,"id":"bad"');
    const view = repos.sessions.getSnapshot();
    expect(view.summaries.map((s) => s.id)).toEqual(['good']);
    expect(view.damaged).toMatchObject([{ id: 'bad', problem: expect.stringMatching(/JSON/) }]);
    expect(repos.sessions.get('bad')).toMatchObject({ status: 'damaged' });
    expect(repos.sessions.get('nothing-here')).toBeUndefined();
  });
});

describe('locks from the app', () => {
  it('wait without blocking the event loop, and come back as `locked` instead of a throw', async () => {
    const { repos, store } = setup();
    const release = await lockfile.lock(store.paths.config, { realpath: false, stale: 2000, update: 1000 });
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    const waited = Date.now();
    const error = await withLockAsync(store.paths.config, () => 'never', { idleTimeoutMs: 400 }).catch((e: unknown) => e);
    clearInterval(ticker);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('locked');
    expect(Date.now() - waited).toBeGreaterThanOrEqual(350);
    // The loop ran all along (about 20 ticks in 400 ms; a blocked loop gives 0 or 1).
    expect(ticks).toBeGreaterThan(5);
    expect(await attempt(() => Promise.reject(error))).toMatchObject({ ok: false, reason: 'locked' });
    await release();
    expect((await repos.settings.update({ color: false })).ok).toBe(true);
  });

  it('one session open in one place: a second claim from another live process is refused', () => {
    const { repos, store } = setup();
    store.saveSession(session('s1', '2026-01-01T00:00:00.000Z'));
    const opened = repos.sessions.open('s1');
    expect(opened.ok).toBe(true);
    // Pretend a live process (our parent) holds it.
    fs.writeFileSync(`${store.paths.sessions}/.s1.owner`, JSON.stringify({ pid: process.ppid, host: os.hostname(), since: new Date().toISOString() }));
    const second = repos.sessions.open('s1');
    expect(second).toMatchObject({ ok: false, reason: 'locked' });
    expect(!second.ok && second.message).toMatch(/already open in another mockview \(process \d+/);
    // A dead owner is taken over.
    fs.writeFileSync(`${store.paths.sessions}/.s1.owner`, JSON.stringify({ pid: 2 ** 22 + 7, host: os.hostname(), since: new Date().toISOString() }));
    const third = repos.sessions.open('s1');
    expect(third.ok).toBe(true);
    if (third.ok) third.value();
    expect(fs.existsSync(`${store.paths.sessions}/.s1.owner`)).toBe(false);
  });
});
