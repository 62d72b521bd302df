import { describe, expect, it } from 'vitest';
import { openStore, StoreError, type StoreErrorCode } from '../../src/store/index.js';
import { model, tempDir, thrown } from './support.js';

const codeOf = (fn: () => unknown): StoreErrorCode | undefined => {
  const e = thrown(fn);
  return e instanceof StoreError ? e.code : undefined;
};

describe('model configurations', () => {
  it('round-trip through the file, in order, with the demo listed last', () => {
    const store = openStore({ dataDir: tempDir() });
    store.addModel(model('Claude'));
    store.addModel(model('Nova', { modelId: 'amazon.nova-pro-v1:0', auth: { type: 'profile', profile: 'work' } }));
    const again = openStore({ dataDir: store.paths.dir });
    expect(again.listModels().map((m) => m.name)).toEqual(['Claude', 'Nova', 'demo']);
    expect(again.getModel('Nova')).toEqual(model('Nova', { modelId: 'amazon.nova-pro-v1:0', auth: { type: 'profile', profile: 'work' } }));
    expect(again.readConfig().models).toHaveLength(2);
  });

  it('finds and refuses names case-insensitively', () => {
    const store = openStore({ dataDir: tempDir() });
    store.addModel(model('Claude'));
    expect(store.getModel('cLAUDE')?.name).toBe('Claude');
    const e = thrown(() => store.addModel(model('CLAUDE')));
    expect(e).toBeInstanceOf(StoreError);
    expect((e as StoreError).code).toBe('exists');
    expect(e.message).toBe("a model named 'CLAUDE' already exists");
    expect(store.listModels()).toHaveLength(2);
  });

  it('checks the shape before saving and keeps the file untouched when it is wrong', () => {
    const store = openStore({ dataDir: tempDir() });
    store.addModel(model('ok'));
    const e = thrown(() => store.addModel(model('bad', { region: '' })));
    expect(e).toBeInstanceOf(StoreError);
    expect(e.message).toMatch(/region/);
    expect(store.listModels().map((m) => m.name)).toEqual(['ok', 'demo']);
  });

  it('updates in place: keeps createdAt, sets updatedAt, follows a rename in the settings', () => {
    const store = openStore({ dataDir: tempDir() });
    store.addModel(model('Claude'));
    store.addModel(model('Other'));
    store.updateSettings({ graderModel: 'Claude' });
    const before = Date.now();
    store.updateModel('claude', model('Claude work', { region: 'eu-west-1', createdAt: 'ignored', updatedAt: 'ignored' }));
    const updated = store.getModel('Claude work')!;
    expect(updated.region).toBe('eu-west-1');
    expect(updated.createdAt).toBe('2026-01-01T00:00:00.000Z');
    expect(Date.parse(updated.updatedAt)).toBeGreaterThanOrEqual(before - 5);
    expect(store.getModel('Claude')).toBeUndefined();
    expect(store.listModels().map((m) => m.name)).toEqual(['Claude work', 'Other', 'demo']);
    expect(store.settings()).toMatchObject({ defaultModel: 'Claude work', graderModel: 'Claude work' });
    // Renaming onto another model's name is refused; changing only the case of its own is not.
    expect(codeOf(() => store.updateModel('Claude work', model('other')))).toBe('exists');
    store.updateModel('Claude work', model('CLAUDE WORK'));
    expect(store.defaultModelName()).toBe('CLAUDE WORK');
    expect(codeOf(() => store.updateModel('missing', model('x')))).toBe('not-found');
  });

  it('removes by name', () => {
    const store = openStore({ dataDir: tempDir() });
    store.addModel(model('a'));
    store.addModel(model('b'));
    store.removeModel('A');
    expect(store.listModels().map((m) => m.name)).toEqual(['b', 'demo']);
    expect(codeOf(() => store.removeModel('a'))).toBe('not-found');
  });
});

describe('the offline demo', () => {
  it('is always there, virtual and read-only', () => {
    const store = openStore({ dataDir: tempDir() });
    expect(store.listModels()).toEqual([
      {
        name: 'demo',
        provider: 'demo',
        auth: { type: 'none' },
        region: 'local',
        modelId: 'offline-demo',
        params: { temperature: 0.7, maxTokens: 1024, stopSequences: [] },
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      },
    ]);
    expect(store.getModel('Demo')?.provider).toBe('demo');
    expect(codeOf(() => store.addModel(model('demo')))).toBe('read-only');
    expect(codeOf(() => store.addModel(model('DEMO')))).toBe('read-only');
    expect(codeOf(() => store.updateModel('demo', model('x')))).toBe('read-only');
    expect(codeOf(() => store.removeModel('demo'))).toBe('read-only');
    store.addModel(model('real'));
    expect(codeOf(() => store.updateModel('real', model('demo')))).toBe('read-only');
    // Never written to the file.
    expect(store.readConfig().models.map((m) => m.name)).toEqual(['real']);
  });

  it('refuses what the schema refuses as invalid input, and keeps the file as it was', () => {
    const store = openStore({ dataDir: tempDir() });
    expect(codeOf(() => store.addModel(model('bad', { region: '' })))).toBe('invalid');
    expect(codeOf(() => store.updateSettings({ language: '' }))).toBe('invalid');
    expect(store.readConfig().models).toEqual([]);
  });

  it('cannot be changed through the object it returns', () => {
    const store = openStore({ dataDir: tempDir() });
    store.getModel('demo')!.region = 'tampered';
    expect(store.getModel('demo')!.region).toBe('local');
  });
});

describe('the default model', () => {
  it('is the demo until a model is added, then the first one added', () => {
    const store = openStore({ dataDir: tempDir() });
    expect(store.defaultModelName()).toBe('demo');
    expect(store.settings().defaultModel).toBeUndefined();
    store.addModel(model('First'));
    store.addModel(model('Second'));
    expect(store.settings().defaultModel).toBe('First');
    expect(openStore({ dataDir: store.paths.dir }).defaultModelName()).toBe('First');
  });

  it('can be set to any model (by any case) or the demo, never to an unknown name', () => {
    const store = openStore({ dataDir: tempDir() });
    store.addModel(model('First'));
    store.addModel(model('Second'));
    store.setDefaultModel('second');
    expect(store.defaultModelName()).toBe('Second');
    store.setDefaultModel('demo');
    expect(store.defaultModelName()).toBe('demo');
    const e = thrown(() => store.setDefaultModel('nope'));
    expect((e as StoreError).code).toBe('not-found');
    expect(e.message).toBe("no model named 'nope' (see mockview models list)");
    expect(store.defaultModelName()).toBe('demo');
  });

  it('is cleared when its model is removed, falling back to the first model, then the demo', () => {
    const store = openStore({ dataDir: tempDir() });
    store.addModel(model('First'));
    store.addModel(model('Second'));
    store.setDefaultModel('Second');
    store.removeModel('Second');
    expect(store.settings().defaultModel).toBeUndefined();
    expect(store.defaultModelName()).toBe('First');
    store.removeModel('First');
    expect(store.defaultModelName()).toBe('demo');
    // With the default unset again, the next model added becomes it.
    store.addModel(model('Third'));
    expect(store.settings().defaultModel).toBe('Third');
  });

  it('falls back when settings name a model that no longer exists (edited by hand)', () => {
    const store = openStore({ dataDir: tempDir() });
    store.addModel(model('Only'));
    store.updateSettings({ defaultModel: 'ghost' });
    expect(store.defaultModelName()).toBe('Only');
  });
});
