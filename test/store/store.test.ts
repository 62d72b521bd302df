import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, resolveDataDir, StoreError } from '../../src/store/index.js';
import type { Session } from '../../src/store/schema.js';
import { testConfig } from '../helpers/config.js';
import { ROOT } from '../helpers/build-tools.js';
import { tempDir } from '../helpers/tmp.js';

const mode = (file: string): number => fs.statSync(file).mode & 0o777;

function session(id: string): Session {
  return {
    version: 1,
    id,
    createdAt: `2026-11-24T10:00:${id.slice(-2)}.000Z`,
    updatedAt: '2026-11-24T10:00:00.000Z',
    status: 'in-progress',
    setup: { type: 'behavioural', role: 'Backend engineer', level: 'senior', questionCount: 5, language: 'English', modelName: 'demo' },
    modelLabel: 'Offline demo',
    turns: [{ role: 'interviewer', text: 'Tell me about yourself.', at: '2026-11-24T10:00:01.000Z', questionNumber: 1 }],
  };
}

describe('data directory', () => {
  it('prefers --data-dir, then MOCKVIEW_HOME, then XDG_CONFIG_HOME, then ~/.config', () => {
    const env = { HOME: '/home/u', XDG_CONFIG_HOME: '/x', MOCKVIEW_HOME: '/m' };
    expect(resolveDataDir({ dataDir: '/flag', env })).toBe('/flag');
    expect(resolveDataDir({ env })).toBe('/m');
    expect(resolveDataDir({ env: { HOME: '/home/u', XDG_CONFIG_HOME: '/x' } })).toBe('/x/mockview');
    expect(resolveDataDir({ env: { HOME: '/home/u' } })).toBe('/home/u/.config/mockview');
  });

  it('creates the directory 0700 and files 0600, since they hold keys', () => {
    const dir = path.join(tempDir(), 'data');
    const store = openStore({ dataDir: dir });
    store.addModel(testConfig({ name: 'a' }));
    store.appendLog({ level: 'error', kind: 'test', message: 'boom' });
    store.saveSession(session('s-01'));
    expect(mode(dir)).toBe(0o700);
    expect(mode(store.paths.config)).toBe(0o600);
    expect(mode(store.paths.logs)).toBe(0o600);
    expect(mode(path.join(store.paths.sessions, 's-01.json'))).toBe(0o600);
  });
});

describe('models and settings', () => {
  it('round-trips a model and makes the first one the default', () => {
    const store = openStore({ dataDir: tempDir() });
    expect(store.defaultModelName()).toBe('demo');
    store.addModel(testConfig({ name: 'Claude' }));
    store.addModel(testConfig({ name: 'Nova', modelId: 'amazon.nova-pro-v1:0' }));
    const again = openStore({ dataDir: store.paths.dir });
    expect(again.listModels().map((m) => m.name)).toEqual(['Claude', 'Nova', 'demo']);
    expect(again.getModel('claude')?.modelId).toBe('anthropic.claude-3-5-haiku-20241022-v1:0');
    expect(again.defaultModelName()).toBe('Claude');
    again.setDefaultModel('Nova');
    expect(openStore({ dataDir: store.paths.dir }).defaultModelName()).toBe('Nova');
  });

  it('refuses duplicate names and touching the built-in demo', () => {
    const store = openStore({ dataDir: tempDir() });
    store.addModel(testConfig({ name: 'Claude' }));
    expect(() => store.addModel(testConfig({ name: 'CLAUDE' }))).toThrow(/already exists/);
    expect(() => store.removeModel('demo')).toThrow(StoreError);
    expect(() => store.setDefaultModel('nope')).toThrow(/no model named 'nope'/);
  });

  it('keeps the default pointing at a renamed model and falls back when it is removed', () => {
    const store = openStore({ dataDir: tempDir() });
    store.addModel(testConfig({ name: 'Claude' }));
    store.updateModel('Claude', testConfig({ name: 'Claude work' }));
    expect(store.defaultModelName()).toBe('Claude work');
    store.removeModel('Claude work');
    expect(store.defaultModelName()).toBe('demo');
  });

  it('saves settings', () => {
    const store = openStore({ dataDir: tempDir() });
    store.updateSettings({ language: '中文', color: false });
    expect(openStore({ dataDir: store.paths.dir }).settings()).toMatchObject({ language: '中文', color: false });
  });
});

describe('logs, questions and sessions', () => {
  it('keeps the newest 500 log entries, newest first, with secrets redacted', () => {
    const store = openStore({ dataDir: tempDir() });
    for (let i = 0; i < 505; i++) store.appendLog({ level: 'error', kind: 'chat', message: `failure ${i}` });
    const logs = store.listLogs();
    expect(logs).toHaveLength(500);
    expect(logs[0]?.message).toBe('failure 504');
    store.appendLog({ level: 'error', kind: 'chat', message: 'key ABSKQmVkcm9ja0FQSUtleS1zZWNyZXQ leaked, AKIAIOSFODNN7EXAMPLE too' });
    const text = fs.readFileSync(store.paths.logs, 'utf8');
    expect(text).not.toContain('ABSKQmVkcm9ja0FQSUtleS1zZWNyZXQ');
    expect(text).not.toContain('AKIAIOSFODNN7EXAMPLE');
    store.clearLogs();
    expect(store.listLogs()).toEqual([]);
  });

  it('edits the question bank', () => {
    const store = openStore({ dataDir: tempDir() });
    store.addQuestions([{ id: 'q1', text: 'Why us?', type: 'behavioural', role: 'SRE', createdAt: 'x', source: 'manual' }]);
    store.updateQuestion('q1', 'Why this team?');
    expect(store.listQuestions()[0]?.text).toBe('Why this team?');
    store.removeQuestion('q1');
    expect(store.listQuestions()).toEqual([]);
  });

  it('keeps one file per session and lists them newest first', () => {
    const store = openStore({ dataDir: tempDir() });
    store.saveSession(session('s-01'));
    store.saveSession(session('s-02'));
    expect(fs.readdirSync(store.paths.sessions).sort()).toEqual(['s-01.json', 's-02.json']);
    expect(store.listSessions().map((s) => s.id)).toEqual(['s-02', 's-01']);
    expect(store.getSession('s-01')?.turns).toHaveLength(1);
    store.removeSession('s-01');
    expect(store.getSession('s-01')).toBeUndefined();
  });

  it('skips an unreadable session file without hiding the others', () => {
    const store = openStore({ dataDir: tempDir() });
    store.saveSession(session('s-01'));
    fs.writeFileSync(path.join(store.paths.sessions, 'broken.json'), '{ not json');
    expect(store.listSessions().map((s) => s.id)).toEqual(['s-01']);
    expect(store.listLogs()[0]?.message).toMatch(/skipped unreadable session file .*broken\.json/);
  });
});

describe('damaged and old files', () => {
  it.each([
    ['invalid JSON', '{"version": 1, "models": [', /not valid JSON/],
    ['a schema violation', JSON.stringify({ version: 1, models: [{ name: 'x' }] }), /models\.0\.provider/],
  ])('keeps a config file with %s untouched, backs it up and refuses to overwrite it', (_, content, problem) => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'config.json'), content);
    const store = openStore({ dataDir: dir });
    let error: unknown;
    try {
      store.listModels();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    const err = error as StoreError;
    expect(err.code).toBe('corrupt');
    expect(err.message).toContain(path.join(dir, 'config.json'));
    expect(err.message).toMatch(problem);
    expect(fs.readFileSync(err.backup!, 'utf8')).toBe(content);
    expect(() => store.addModel(testConfig({ name: 'new' }))).toThrow(StoreError);
    expect(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')).toBe(content);
  });

  it('refuses a file written by a newer mockview', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ version: 99, models: [] }));
    expect(() => openStore({ dataDir: dir }).listModels()).toThrow(/newer mockview \(version 99\)/);
  });

  it('migrates the version 0 layout and backs up the original before the first write', () => {
    const dir = tempDir();
    const original = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/config-v0.json'), 'utf8');
    fs.writeFileSync(path.join(dir, 'config.json'), original);
    const store = openStore({ dataDir: dir });
    const model = store.getModel('Old Claude');
    expect(model).toMatchObject({
      provider: 'bedrock',
      region: 'us-west-2',
      auth: { type: 'apiKey' },
      params: { temperature: 0.5, maxTokens: 4096, stopSequences: [] },
    });
    expect(store.defaultModelName()).toBe('Old Claude');
    store.updateSettings({ language: 'English' });
    expect(fs.readFileSync(path.join(dir, 'config.json.v0.bak'), 'utf8')).toBe(original);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')).version).toBe(1);
  });
});

describe('two processes at once', () => {
  it('loses none of either process writes', async () => {
    const outDir = path.join(ROOT, 'node_modules/.cache/mockview');
    const script = path.join(outDir, `store-writer-${process.pid}.mjs`);
    await build({
      stdin: {
        contents: `
          import { openStore } from ${JSON.stringify(path.join(ROOT, 'src/store/index.ts'))};
          const [dir, who] = process.argv.slice(2);
          const store = openStore({ dataDir: dir });
          const now = new Date().toISOString();
          for (let i = 0; i < 20; i++) {
            store.addModel({ name: who + '-' + i, provider: 'bedrock', auth: { type: 'profile' }, region: 'us-east-1',
              modelId: 'amazon.nova-pro-v1:0', params: { stopSequences: [] }, createdAt: now, updatedAt: now });
            store.appendLog({ level: 'info', kind: 'store', message: who + ' ' + i });
          }`,
        resolveDir: ROOT,
        loader: 'ts',
      },
      outfile: script,
      bundle: true,
      format: 'esm',
      platform: 'node',
      packages: 'external',
      logLevel: 'error',
    });
    const dir = tempDir();
    const run = (who: string) =>
      new Promise<number>((resolve) => {
        const child = spawn(process.execPath, [script, dir, who], { stdio: 'inherit' });
        child.on('exit', (code) => resolve(code ?? 1));
      });
    try {
      expect(await Promise.all([run('a'), run('b'), run('c')])).toEqual([0, 0, 0]);
    } finally {
      fs.rmSync(script, { force: true });
    }
    const store = openStore({ dataDir: dir });
    expect(store.listModels().filter((m) => m.provider === 'bedrock')).toHaveLength(60);
    expect(store.listLogs()).toHaveLength(60);
  });
});
