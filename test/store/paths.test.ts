import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openStore, resolveDataDir } from '../../src/store/index.js';
import { model, modeOf, session, tempDir } from './support.js';

describe('where the data lives', () => {
  const env = { HOME: '/home/u', XDG_CONFIG_HOME: '/xdg', MOCKVIEW_HOME: '/mv' };

  it('takes --data-dir first, then MOCKVIEW_HOME, then XDG_CONFIG_HOME, then ~/.config', () => {
    expect(resolveDataDir({ dataDir: '/flag', env })).toBe('/flag');
    expect(resolveDataDir({ env })).toBe('/mv');
    if (process.platform === 'linux') {
      expect(resolveDataDir({ env: { HOME: '/home/u', XDG_CONFIG_HOME: '/xdg' } })).toBe('/xdg/mockview');
      expect(resolveDataDir({ env: { HOME: '/home/u' } })).toBe('/home/u/.config/mockview');
    }
  });

  it('expands ~ and makes relative paths absolute', () => {
    expect(resolveDataDir({ dataDir: '~/interviews', env })).toBe('/home/u/interviews');
    expect(resolveDataDir({ env: { ...env, MOCKVIEW_HOME: '~' } })).toBe('/home/u');
    expect(resolveDataDir({ dataDir: 'rel/dir', env })).toBe(path.resolve('rel/dir'));
  });

  it.runIf(process.platform === 'linux')('reads the real environment when none is given, like env-paths', () => {
    vi.stubEnv('MOCKVIEW_HOME', '');
    vi.stubEnv('XDG_CONFIG_HOME', '/from-env');
    try {
      expect(resolveDataDir()).toBe('/from-env/mockview');
      // The XDG spec says a relative value is invalid and must be ignored.
      vi.stubEnv('XDG_CONFIG_HOME', 'relative');
      vi.stubEnv('HOME', '/home/someone');
      expect(resolveDataDir()).toBe('/home/someone/.config/mockview');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('permissions and cost of opening', () => {
  it('opening creates only the directory, 0700, and reads nothing', () => {
    const dir = path.join(tempDir(), 'nested', 'data');
    const store = openStore({ dataDir: dir });
    expect(store.paths.dir).toBe(dir);
    expect(modeOf(dir)).toBe(0o700);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('opening a damaged store does not throw until the data is used', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'config.json'), '{');
    const store = openStore({ dataDir: dir });
    expect(() => store.listModels()).toThrow(/config\.json/);
  });

  it('tightens an existing directory to 0700', () => {
    const dir = path.join(tempDir(), 'loose');
    fs.mkdirSync(dir, { mode: 0o755 });
    fs.chmodSync(dir, 0o755);
    openStore({ dataDir: dir });
    expect(modeOf(dir)).toBe(0o700);
  });

  it('writes every file 0600 and the sessions directory 0700, since they may hold keys', () => {
    const store = openStore({ dataDir: tempDir() });
    store.addModel(model('a'));
    store.appendLog({ level: 'error', kind: 'test', message: 'boom' });
    store.addQuestions([{ id: 'q', text: 'Why?', type: 'custom', role: 'x', createdAt: 'now', source: 'manual' }]);
    store.saveSession(session('s1', '2026-01-01T00:00:00.000Z'));
    for (const file of [store.paths.config, store.paths.logs, store.paths.questions, path.join(store.paths.sessions, 's1.json')]) {
      expect(modeOf(file), file).toBe(0o600);
    }
    expect(modeOf(store.paths.sessions)).toBe(0o700);
    // No temp files or lock directories are left behind.
    expect(fs.readdirSync(store.paths.dir).sort()).toEqual(['config.json', 'logs.json', 'questions.json', 'sessions']);
  });
});
