// The store: lowdb over a few small JSON files plus one file per interview session. Every change is
// a read-modify-write under a cross-process lock, so concurrent instances never lose writes.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LowSync } from 'lowdb';
import type { z } from 'zod';
import { JsonFile, writeFileAtomic } from './json-file.js';
import { withLock } from './lock.js';
import { migrate } from './migrations.js';
import { resolveDataDir, storePaths } from './paths.js';
import { redactSecrets } from './redact.js';
import {
  ConfigFileSchema,
  LOG_CAP,
  LogsFileSchema,
  QuestionsFileSchema,
  SCHEMA_VERSION,
  SessionSchema,
  SettingsSchema,
  type BankQuestion,
  type ConfigFile,
  type LogEntry,
  type ModelConfig,
  type Session,
  type SessionSummary,
  type Settings,
} from './schema.js';
import { StoreError, type Store } from './types.js';

export const DEMO_MODEL_NAME = 'demo';

/** The offline demo, always available and never stored. */
export const DEMO_MODEL: ModelConfig = Object.freeze({
  name: DEMO_MODEL_NAME,
  provider: 'demo',
  auth: { type: 'none' },
  region: 'local',
  modelId: 'offline-demo',
  params: { temperature: 0.7, maxTokens: 1024, stopSequences: [] },
  createdAt: '1970-01-01T00:00:00.000Z',
  updatedAt: '1970-01-01T00:00:00.000Z',
}) as ModelConfig;

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function ensureDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  try {
    fs.chmodSync(dir, 0o700);
  } catch {
    // Not ours to change (e.g. a shared mount): reading and writing still work.
  }
}

function summarise(s: Session): SessionSummary {
  const feedback = s.feedback;
  return {
    id: s.id,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    status: s.status,
    type: s.setup.type,
    role: s.setup.role,
    level: s.setup.level,
    modelName: s.setup.modelName,
    modelLabel: s.modelLabel,
    questionsAsked: new Set(s.turns.filter((t) => t.role === 'interviewer' && t.questionNumber).map((t) => t.questionNumber)).size,
    ...(feedback?.kind === 'graded' ? { score: feedback.overall.score } : {}),
  };
}

export function openStore(opts: { dataDir?: string; env?: NodeJS.ProcessEnv } = {}): Store {
  const paths = storePaths(resolveDataDir(opts));
  ensureDir(paths.dir);

  const configDb = new LowSync<ConfigFile>(
    new JsonFile(paths.config, {
      schema: ConfigFileSchema,
      defaults: () => ({ version: SCHEMA_VERSION, models: [], settings: SettingsSchema.parse({}) }),
      migrate: (raw) => migrate(raw, 'config'),
    }),
    { version: SCHEMA_VERSION, models: [], settings: SettingsSchema.parse({}) },
  );
  const logsDb = new LowSync<z.infer<typeof LogsFileSchema>>(
    new JsonFile(paths.logs, {
      schema: LogsFileSchema,
      defaults: () => ({ version: SCHEMA_VERSION, entries: [] }),
      migrate: (raw) => migrate(raw, 'logs'),
    }),
    { version: SCHEMA_VERSION, entries: [] as LogEntry[] },
  );
  const questionsDb = new LowSync<z.infer<typeof QuestionsFileSchema>>(
    new JsonFile(paths.questions, {
      schema: QuestionsFileSchema,
      defaults: () => ({ version: SCHEMA_VERSION, questions: [] }),
      migrate: (raw) => migrate(raw, 'questions'),
    }),
    { version: SCHEMA_VERSION, questions: [] as BankQuestion[] },
  );

  /** Read-modify-write under the file's lock: the change is applied to what is on disk now. */
  function change<T extends object, R>(db: LowSync<T>, file: string, fn: (data: T) => R): R {
    return withLock(file, () => {
      db.read();
      const result = fn(db.data);
      db.write();
      return result;
    });
  }
  const readConfig = (): ConfigFile => {
    configDb.read();
    return configDb.data;
  };

  const sessionFile = (id: string): string => {
    if (!/^[\w.-]+$/.test(id)) throw new StoreError('not-found', `no session '${id}'`);
    return path.join(paths.sessions, `${id}.json`);
  };
  const summaryCache = new Map<string, { mtimeMs: number; size: number; summary: SessionSummary }>();
  const reportedCorrupt = new Set<string>();

  const store: Store = {
    paths,
    readConfig,

    listModels() {
      return [...readConfig().models, DEMO_MODEL];
    },
    getModel(name) {
      if (sameName(name, DEMO_MODEL_NAME)) return DEMO_MODEL;
      return readConfig().models.find((m) => sameName(m.name, name));
    },
    addModel(config) {
      if (sameName(config.name, DEMO_MODEL_NAME)) throw new StoreError('read-only', "'demo' is the built-in offline demo; choose another name");
      change(configDb, paths.config, (data) => {
        if (data.models.some((m) => sameName(m.name, config.name))) {
          throw new StoreError('exists', `a model named '${config.name}' already exists`);
        }
        data.models.push(config);
        if (!data.settings.defaultModel) data.settings.defaultModel = config.name;
      });
    },
    updateModel(name, config) {
      if (sameName(name, DEMO_MODEL_NAME)) throw new StoreError('read-only', 'the offline demo cannot be changed');
      change(configDb, paths.config, (data) => {
        const index = data.models.findIndex((m) => sameName(m.name, name));
        const existing = data.models[index];
        if (!existing) throw new StoreError('not-found', `no model named '${name}' (see mockview models list)`);
        if (!sameName(name, config.name) && data.models.some((m) => sameName(m.name, config.name))) {
          throw new StoreError('exists', `a model named '${config.name}' already exists`);
        }
        data.models[index] = { ...config, createdAt: existing.createdAt, updatedAt: new Date().toISOString() };
        if (data.settings.defaultModel && sameName(data.settings.defaultModel, name)) data.settings.defaultModel = config.name;
      });
    },
    removeModel(name) {
      if (sameName(name, DEMO_MODEL_NAME)) throw new StoreError('read-only', 'the offline demo is built in and cannot be removed');
      change(configDb, paths.config, (data) => {
        const before = data.models.length;
        data.models = data.models.filter((m) => !sameName(m.name, name));
        if (data.models.length === before) throw new StoreError('not-found', `no model named '${name}' (see mockview models list)`);
        if (data.settings.defaultModel && sameName(data.settings.defaultModel, name)) delete data.settings.defaultModel;
      });
    },
    defaultModelName() {
      const { models, settings } = readConfig();
      const chosen = settings.defaultModel;
      if (chosen && sameName(chosen, DEMO_MODEL_NAME)) return DEMO_MODEL_NAME;
      const found = chosen ? models.find((m) => sameName(m.name, chosen)) : undefined;
      return found?.name ?? models[0]?.name ?? DEMO_MODEL_NAME;
    },
    setDefaultModel(name) {
      change(configDb, paths.config, (data) => {
        const found = sameName(name, DEMO_MODEL_NAME) ? DEMO_MODEL : data.models.find((m) => sameName(m.name, name));
        if (!found) throw new StoreError('not-found', `no model named '${name}' (see mockview models list)`);
        data.settings.defaultModel = found.name;
      });
    },

    settings() {
      return readConfig().settings;
    },
    updateSettings(patch: Partial<Settings>) {
      return change(configDb, paths.config, (data) => {
        data.settings = SettingsSchema.parse({ ...data.settings, ...patch });
        return data.settings;
      });
    },

    appendLog(entry) {
      const full: LogEntry = {
        ...entry,
        message: redactSecrets(entry.message),
        ...(entry.details
          ? { details: { ...entry.details, ...(entry.details.message ? { message: redactSecrets(entry.details.message) } : {}) } }
          : {}),
        id: randomBytes(6).toString('hex'),
        at: new Date().toISOString(),
      };
      change(logsDb, paths.logs, (data) => {
        data.entries.push(full);
        if (data.entries.length > LOG_CAP) data.entries.splice(0, data.entries.length - LOG_CAP);
      });
      return full;
    },
    listLogs() {
      logsDb.read();
      return [...logsDb.data.entries].reverse();
    },
    clearLogs() {
      change(logsDb, paths.logs, (data) => void (data.entries = []));
    },

    listSessions() {
      let names: string[];
      try {
        names = fs.readdirSync(paths.sessions).filter((n) => n.endsWith('.json'));
      } catch {
        return [];
      }
      const summaries: SessionSummary[] = [];
      for (const name of names) {
        const file = path.join(paths.sessions, name);
        try {
          const stat = fs.statSync(file);
          const cached = summaryCache.get(file);
          if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) {
            summaries.push(cached.summary);
            continue;
          }
          const summary = summarise(SessionSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8'))));
          summaryCache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, summary });
          summaries.push(summary);
        } catch (e) {
          // One unreadable session must not hide the others; it is reported once in the log.
          if (!reportedCorrupt.has(file)) {
            reportedCorrupt.add(file);
            try {
              store.appendLog({ level: 'warn', kind: 'store', message: `skipped unreadable session file ${file}: ${(e as Error).message.slice(0, 300)}` });
            } catch {
              // Logging is best effort.
            }
          }
        }
      }
      return summaries.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
    getSession(id) {
      const file = sessionFile(id);
      if (!fs.existsSync(file)) return undefined;
      const db = new JsonFile(file, { schema: SessionSchema, defaults: () => undefined as never, migrate: (raw) => migrate(raw, 'session') });
      return db.read();
    },
    saveSession(session) {
      ensureDir(paths.sessions);
      const next = { ...session, updatedAt: new Date().toISOString() };
      writeFileAtomic(sessionFile(session.id), `${JSON.stringify(next)}\n`);
    },
    removeSession(id) {
      fs.rmSync(sessionFile(id), { force: true });
    },

    listQuestions() {
      questionsDb.read();
      return questionsDb.data.questions;
    },
    addQuestions(questions) {
      change(questionsDb, paths.questions, (data) => void data.questions.push(...questions));
    },
    updateQuestion(id, text) {
      change(questionsDb, paths.questions, (data) => {
        const q = data.questions.find((x) => x.id === id);
        if (!q) throw new StoreError('not-found', `no question '${id}'`);
        q.text = text;
      });
    },
    removeQuestion(id) {
      change(questionsDb, paths.questions, (data) => void (data.questions = data.questions.filter((q) => q.id !== id)));
    },
  };
  return store;
}
