import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { LOG_CAP, openStore, redactSecrets, StoreError } from '../../src/store/index.js';
import { FAKE_API_KEY, FAKE_SECRET, question, session, tempDir, thrown } from './support.js';

describe('settings', () => {
  it('have defaults and round-trip a patch', () => {
    const store = openStore({ dataDir: tempDir() });
    expect(store.settings()).toEqual({ language: 'English', color: true, interfaceLanguage: 'auto' });
    expect(store.updateSettings({ language: '中文', color: false })).toEqual({ language: '中文', color: false, interfaceLanguage: 'auto' });
    expect(openStore({ dataDir: store.paths.dir }).settings()).toEqual({ language: '中文', color: false, interfaceLanguage: 'auto' });
    expect(() => store.updateSettings({ language: '' })).toThrow(StoreError);
  });
});

describe('logs', () => {
  it('fill id and time, list newest first, and keep only the newest LOG_CAP', () => {
    const store = openStore({ dataDir: tempDir() });
    const first = store.appendLog({ level: 'error', kind: 'test', configName: 'Claude', message: 'failure 0' });
    expect(first.id).toMatch(/^[0-9a-f]{16}$/);
    expect(Date.parse(first.at)).not.toBeNaN();
    for (let i = 1; i < LOG_CAP + 5; i++) store.appendLog({ level: 'error', kind: 'chat', message: `failure ${i}` });
    const logs = openStore({ dataDir: store.paths.dir }).listLogs();
    expect(logs).toHaveLength(LOG_CAP);
    expect(logs[0]?.message).toBe(`failure ${LOG_CAP + 4}`);
    expect(logs.at(-1)?.message).toBe('failure 5');
    expect(new Set(logs.map((l) => l.id)).size).toBe(LOG_CAP);
    store.clearLogs();
    expect(store.listLogs()).toEqual([]);
  });

  it('never keep anything shaped like a key, in the message or the details', () => {
    const store = openStore({ dataDir: tempDir() });
    const entry = store.appendLog({
      level: 'error',
      kind: 'sdk',
      message: `sent Authorization: Bearer ${FAKE_API_KEY}; key id AKIAIOSFODNN7EXAMPLE, secret ${FAKE_SECRET}`,
      details: { name: 'AccessDeniedException', status: 403, message: `bad key ${FAKE_API_KEY} for ASIAQWERTYUIOPASDFGH`, requestId: 'a1b2c3d4-0000-1111-2222-333344445555' },
    });
    const text = fs.readFileSync(store.paths.logs, 'utf8');
    for (const secret of [FAKE_API_KEY, FAKE_SECRET, 'AKIAIOSFODNN7EXAMPLE', 'ASIAQWERTYUIOPASDFGH']) {
      expect(text).not.toContain(secret);
      expect(JSON.stringify(entry)).not.toContain(secret);
    }
    // Key ids keep their first and last four so the user can tell which key it was.
    expect(entry.message).toContain('AKIA…MPLE');
    expect(entry.details?.message).toContain('ASIA…DFGH');
    // What is not a secret survives.
    expect(entry.details).toMatchObject({ name: 'AccessDeniedException', status: 403, requestId: 'a1b2c3d4-0000-1111-2222-333344445555' });
  });

  it('redaction leaves ordinary long text alone', () => {
    const ordinary = [
      'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-sonnet-4-5-20250929-v1:0',
      '/home/someone/.config/mockview/sessions/2026-11-24-abcdef.json',
      '/usr/local/lib/node_modules/mockview/dist/cli.js',
      'ValidationException: The provided model identifier is invalid.',
    ];
    for (const text of ordinary) expect(redactSecrets(text)).toBe(text);
    expect(redactSecrets(`short-term bedrock-api-key-${'YmVkcm9jay5hbWF6b25hd3MuY29t'}%3D%3D`)).toBe('short-term [redacted API key]');
  });
});

describe('question bank', () => {
  it('adds, edits and removes by id', () => {
    const store = openStore({ dataDir: tempDir() });
    store.addQuestions([question('q1'), question('q2', 'Tell me about an outage.')]);
    store.updateQuestion('q1', 'Why this company?');
    const again = openStore({ dataDir: store.paths.dir });
    expect(again.listQuestions().map((q) => [q.id, q.text])).toEqual([
      ['q1', 'Why this company?'],
      ['q2', 'Tell me about an outage.'],
    ]);
    store.removeQuestion('q1');
    expect(store.listQuestions().map((q) => q.id)).toEqual(['q2']);
    expect((thrown(() => store.updateQuestion('q1', 'x')) as StoreError).code).toBe('not-found');
    expect(() => store.updateQuestion('q2', '   ')).toThrow(StoreError);
  });

  it('adding the same id again replaces it rather than duplicating it', () => {
    const store = openStore({ dataDir: tempDir() });
    store.addQuestions([question('q1')]);
    store.addQuestions([question('q1', 'Changed')]);
    expect(store.listQuestions().map((q) => q.text)).toEqual(['Changed']);
  });
});

describe('interview sessions', () => {
  it('keep one file each, round-trip, and list newest first with summaries', () => {
    const store = openStore({ dataDir: tempDir() });
    const before = Date.now();
    store.saveSession(session('s-old', '2026-01-01T10:00:00.000Z'));
    store.saveSession({ ...session('s-new', '2026-02-01T10:00:00.000Z'), status: 'finished' });
    expect(fs.readdirSync(store.paths.sessions).sort()).toEqual(['s-new.json', 's-old.json']);
    const loaded = openStore({ dataDir: store.paths.dir }).getSession('s-old')!;
    expect(loaded.turns).toEqual(session('s-old', '2026-01-01T10:00:00.000Z').turns);
    expect(Date.parse(loaded.updatedAt)).toBeGreaterThanOrEqual(before - 5);
    const list = store.listSessions();
    expect(list.map((s) => s.id)).toEqual(['s-new', 's-old']);
    expect(list[1]).toMatchObject({ status: 'in-progress', type: 'behavioural', role: 'Backend engineer', level: 'senior', modelName: 'demo', questionsAsked: 2 });
    expect(list[0]?.status).toBe('finished');
  });

  it('saving a turn rewrites only that session, and lists see the change', () => {
    const store = openStore({ dataDir: tempDir() });
    store.saveSession(session('a', '2026-01-01T10:00:00.000Z'));
    store.saveSession(session('b', '2026-01-02T10:00:00.000Z'));
    const other = fs.statSync(path.join(store.paths.sessions, 'a.json'));
    expect(store.listSessions()[0]?.questionsAsked).toBe(2);
    const b = store.getSession('b')!;
    store.saveSession({ ...b, turns: [...b.turns, { role: 'interviewer', text: 'Third?', at: b.createdAt, questionNumber: 3 }] });
    expect(fs.statSync(path.join(store.paths.sessions, 'a.json')).mtimeMs).toBe(other.mtimeMs);
    expect(store.listSessions()[0]).toMatchObject({ id: 'b', questionsAsked: 3 });
  });

  it('are undefined when missing, and removable', () => {
    const store = openStore({ dataDir: tempDir() });
    expect(store.getSession('nope')).toBeUndefined();
    expect(store.getSession('../config')).toBeUndefined();
    store.saveSession(session('s1', '2026-01-01T10:00:00.000Z'));
    store.removeSession('s1');
    expect(store.getSession('s1')).toBeUndefined();
    expect(store.listSessions()).toEqual([]);
  });

  it('a damaged session file is left out of the summaries, listed as damaged, reported once as a warning, and refused when opened', async () => {
    const store = openStore({ dataDir: tempDir() });
    store.saveSession(session('good', '2026-01-01T10:00:00.000Z'));
    fs.writeFileSync(path.join(store.paths.sessions, 'broken.json'), '{ "version": 1, "id": ');
    fs.writeFileSync(path.join(store.paths.sessions, 'wrong.json'), JSON.stringify({ version: 1, id: 'wrong' }));
    expect(store.listSessions().map((s) => s.id)).toEqual(['good']);
    expect(store.listSessionsWithDamaged().damaged.map((d) => d.id).sort()).toEqual(['broken', 'wrong']);
    // The warning is written without waiting (a listing never waits on logs.json's lock).
    const warnings = await vi.waitFor(() => {
      const found = store.listLogs().filter((l) => l.kind === 'store');
      expect(found).toHaveLength(2);
      return found;
    });
    expect(warnings.map((w) => w.level)).toEqual(['warn', 'warn']);
    expect(warnings.map((w) => w.message).join('\n')).toMatch(/broken\.json: not valid JSON/);
    expect(warnings.map((w) => w.message).join('\n')).toMatch(/wrong\.json: createdAt: expected string/);
    const e = thrown(() => store.getSession('broken'));
    expect((e as StoreError).code).toBe('corrupt');
    expect(e.message).toContain(path.join(store.paths.sessions, 'broken.json'));
  });
});
