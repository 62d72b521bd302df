import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, openStore, SCHEMA_VERSION, StoreError, type Store } from '../../src/store/index.js';
import { model, modeOf, question, tempDir, thrown } from './support.js';

const FIXTURE_V0 = path.join(import.meta.dirname, 'fixtures', 'config-v0.json');

/** Every way each file gets read or written through the store. */
const FILES = {
  config: { read: (s: Store) => s.listModels(), write: (s: Store) => s.addModel(model('new')) },
  logs: { read: (s: Store) => s.listLogs(), write: (s: Store) => s.appendLog({ level: 'info', kind: 'store', message: 'x' }) },
  questions: { read: (s: Store) => s.listQuestions(), write: (s: Store) => s.addQuestions([question('q')]) },
} as const;

const BAD = {
  'invalid JSON': { text: '{"version": 1, "models": [\n  {"name": "a",,\n', problem: /: not valid JSON \(at line 2, column \d+\)/ },
  'a value of the wrong type': {
    text: JSON.stringify({ version: 1, models: [{ ...model('x'), region: 42 }], entries: [{ id: 1 }], questions: [{ id: 'q', text: 7 }] }, null, 2),
    problem: /: (models\[0\]\.region|entries\[0\]\.id|questions\[0\]\.text): expected string, received number/,
  },
};

describe('a damaged file', () => {
  for (const [name, file] of Object.entries(FILES)) {
    for (const [what, bad] of Object.entries(BAD)) {
      it(`${name}.json with ${what} is kept byte for byte, copied aside, named in the error, and never written over`, () => {
        const dir = tempDir();
        const target = path.join(dir, `${name}.json`);
        fs.writeFileSync(target, bad.text);
        const store = openStore({ dataDir: dir });

        const e = thrown(() => file.read(store));
        expect(e).toBeInstanceOf(StoreError);
        const err = e as StoreError;
        expect(err.code).toBe('corrupt');
        expect(err.file).toBe(target);
        expect(err.message.startsWith(`${target}: `)).toBe(true);
        expect(err.message).toMatch(bad.problem);
        expect(err.backup).toMatch(new RegExp(`^${target.replace(/[.\\/]/g, '\\$&')}\\.corrupt-`));
        expect(err.message).toContain(`(a copy is kept at ${err.backup})`);
        expect(fs.readFileSync(err.backup!, 'utf8')).toBe(bad.text);
        expect(modeOf(err.backup!)).toBe(0o600);

        // Every later write refuses, in this process and in a fresh one, and the file stays as it was.
        expect(() => file.write(store)).toThrow(StoreError);
        expect(() => file.write(store)).toThrow(/copy is kept/);
        expect(() => file.write(openStore({ dataDir: dir }))).toThrow(StoreError);
        expect(fs.readFileSync(target, 'utf8')).toBe(bad.text);
        // Reading again does not pile up copies of the same bytes.
        expect(fs.readdirSync(dir).filter((f) => f.includes('.corrupt-'))).toHaveLength(1);
      });
    }
  }

  it('once fixed (or moved away) by the user, the file is used again', () => {
    const dir = tempDir();
    const store = openStore({ dataDir: dir });
    fs.writeFileSync(store.paths.config, '{');
    expect(() => store.addModel(model('a'))).toThrow(StoreError);
    fs.rmSync(store.paths.config);
    store.addModel(model('a'));
    expect(store.listModels().map((m) => m.name)).toEqual(['a', 'demo']);
  });

  it('never echoes a key from the damaged file in the error', () => {
    const dir = tempDir();
    const key = 'ABSKc2VjcmV0LWtleS10aGF0LW11c3Qtbm90LWxlYWstMTIzNDU2';
    fs.writeFileSync(path.join(dir, 'config.json'), `{"version": 1, "models": [{"auth": {"apiKey": "${key}"} oops`);
    const e = thrown(() => openStore({ dataDir: dir }).listModels());
    expect(e.message).toMatch(/not valid JSON/);
    expect(e.message).not.toContain(key);
  });

  it('a file from a newer mockview is refused, not copied, and never overwritten', () => {
    const dir = tempDir();
    const text = JSON.stringify({ version: 99, models: [], futureThing: true });
    fs.writeFileSync(path.join(dir, 'config.json'), text);
    const store = openStore({ dataDir: dir });
    const e = thrown(() => store.listModels()) as StoreError;
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/config\.json: written by a newer mockview \(version 99\); upgrade mockview/);
    expect(() => store.updateSettings({ color: false })).toThrow(/newer mockview/);
    expect(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')).toBe(text);
  });
});

describe('migration from the version 0 prototype layout', () => {
  it('reads a v0 config as v1 without writing anything', () => {
    const dir = tempDir();
    const original = fs.readFileSync(FIXTURE_V0, 'utf8');
    fs.writeFileSync(path.join(dir, 'config.json'), original);
    const store = openStore({ dataDir: dir });
    expect(store.getModel('old claude')).toMatchObject({
      name: 'Old Claude',
      provider: 'bedrock',
      auth: { type: 'apiKey', apiKey: 'ABSKb2xkLXByb3RvdHlwZS1rZXktMTIzNDU2Nzg5MA' },
      region: 'us-west-2',
      modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
      params: { temperature: 0.5, maxTokens: 4096, stopSequences: [] },
    });
    expect(store.getModel('Nova')?.params).toEqual({ stopSequences: [] });
    for (const m of store.readConfig().models) {
      expect(Date.parse(m.createdAt)).not.toBeNaN();
      expect(Date.parse(m.updatedAt)).not.toBeNaN();
    }
    expect(store.readConfig().version).toBe(SCHEMA_VERSION);
    expect(store.settings()).toEqual({ defaultModel: 'Old Claude', language: 'English', color: true, interfaceLanguage: 'auto' });
    expect(store.defaultModelName()).toBe('Old Claude');
    // Reading alone leaves the file as it was and makes no backup.
    expect(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')).toBe(original);
    expect(fs.existsSync(path.join(dir, 'config.json.v0.bak'))).toBe(false);
  });

  it('on the first change, backs up the original as config.json.v0.bak (0600) and writes v1', () => {
    const dir = tempDir();
    const original = fs.readFileSync(FIXTURE_V0, 'utf8');
    fs.writeFileSync(path.join(dir, 'config.json'), original);
    const store = openStore({ dataDir: dir });
    store.setDefaultModel('Nova');
    const backup = path.join(dir, 'config.json.v0.bak');
    expect(fs.readFileSync(backup, 'utf8')).toBe(original);
    expect(modeOf(backup)).toBe(0o600);
    const written = JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8'));
    expect(written.version).toBe(1);
    expect(written.models.map((m: { name: string }) => m.name)).toEqual(['Old Claude', 'Nova']);
    expect(written.settings.defaultModel).toBe('Nova');
    expect(written.defaultModel).toBeUndefined();
    // Later changes leave the backup alone.
    store.addModel(model('Third'));
    expect(fs.readFileSync(backup, 'utf8')).toBe(original);
    expect(openStore({ dataDir: dir }).listModels().map((m) => m.name)).toEqual(['Old Claude', 'Nova', 'Third', 'demo']);
  });

  it('migrate() itself: v0 → v1, current files unchanged, newer files refused', () => {
    const v0 = JSON.parse(fs.readFileSync(FIXTURE_V0, 'utf8'));
    const v1 = migrate(v0, 'config') as { version: number; settings: { defaultModel?: string } };
    expect(v1.version).toBe(1);
    expect(v1.settings.defaultModel).toBe('Old Claude');
    const current = { version: 1, entries: [] };
    expect(migrate(current, 'logs')).toBe(current);
    expect(() => migrate({ version: 2 }, 'session')).toThrow(/newer mockview \(version 2\)/);
  });

  it('a v0 file that is still wrong after migration is reported like any damaged file', () => {
    const dir = tempDir();
    const text = JSON.stringify({ models: [{ name: 'No model id', apiKey: 'k', region: 'us-east-1' }] });
    fs.writeFileSync(path.join(dir, 'config.json'), text);
    const e = thrown(() => openStore({ dataDir: dir }).listModels()) as StoreError;
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/models\[0\]\.modelId/);
    expect(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')).toBe(text);
  });
});
