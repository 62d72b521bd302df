// The store: lowdb over a few small JSON files plus one file per interview session. Every change is
// a read-modify-write under a cross-process lock, so concurrent instances never lose writes.
import { randomBytes } from 'node:crypto';
import { JsonDb } from './db.js';
import { ensureDir, formatIssues as describeIssues, removeOrphanTemps } from './json-file.js';
import { resolveDataDir, storePaths, type DataDirOptions } from './paths.js';
import { redactSecrets } from './redact.js';
import {
  BankQuestionSchema,
  ConfigFileSchema,
  LOG_CAP,
  LogsFileSchema,
  ModelConfigSchema,
  QuestionsFileSchema,
  SCHEMA_VERSION,
  SettingsSchema,
  type BankQuestion,
  type ConfigFile,
  type LogEntry,
  type LogsFile,
  type QuestionsFile,
  type ModelConfig,
  type Settings,
} from './schema.js';
import { SessionFiles } from './sessions.js';
import { StoreError, type Store, type StoreWrites } from './types.js';
import { t } from '../i18n/index.js';

export const DEMO_MODEL_NAME = 'demo';

/** The offline demo: always available, listed last, never stored. */
export function demoModel(): ModelConfig {
  return {
    name: DEMO_MODEL_NAME,
    provider: 'demo',
    auth: { type: 'none' },
    region: 'local',
    modelId: 'offline-demo',
    params: { temperature: 0.7, maxTokens: 1024, stopSequences: [] },
    createdAt: '1970-01-01T00:00:00.000Z',
    updatedAt: '1970-01-01T00:00:00.000Z',
  };
}
/** A shared, frozen copy for callers that only read it. */
export const DEMO_MODEL: Readonly<ModelConfig> = Object.freeze(demoModel());

const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
const isDemo = (name: string): boolean => sameName(name, DEMO_MODEL_NAME);
const noSuchModel = (name: string): StoreError =>
  new StoreError('not-found', t('store.noModel', { name, command: 'mockview models list' }));

/** The shape check; family rules (ranges per model) are the caller's, via model-config.ts. */
function checkedModel(config: ModelConfig): ModelConfig {
  const parsed = ModelConfigSchema.safeParse(config);
  if (!parsed.success) throw new StoreError('invalid', t('store.modelInvalid', { name: config.name, issues: describeIssues(parsed.error) }));
  if (isDemo(parsed.data.name)) {
    throw new StoreError('read-only', t('store.demoName', { name: DEMO_MODEL_NAME }));
  }
  return parsed.data;
}

/** Messages and service details may quote a request that carried a key: mask it before it is kept. */
function redactEntry(entry: Omit<LogEntry, 'id' | 'at'>): Omit<LogEntry, 'id' | 'at'> {
  const details = entry.details
    ? Object.fromEntries(Object.entries(entry.details).map(([k, v]) => [k, typeof v === 'string' ? redactSecrets(v) : v]))
    : undefined;
  return { ...entry, message: redactSecrets(entry.message), ...(details ? { details } : {}) };
}

const emptyConfig = (): ConfigFile => ({ version: SCHEMA_VERSION, models: [], settings: SettingsSchema.parse({}) });

/** Cheap: creates the data directory (0700) and nothing else; files are read when first used. */
export function openStore(opts: DataDirOptions = {}): Store {
  const paths = storePaths(resolveDataDir(opts));
  ensureDir(paths.dir);

  const config = new JsonDb(paths.config, { kind: 'config', schema: ConfigFileSchema, defaults: emptyConfig });
  const logs = new JsonDb(paths.logs, {
    kind: 'logs',
    schema: LogsFileSchema,
    defaults: () => ({ version: SCHEMA_VERSION, entries: [] }),
  });
  const questions = new JsonDb(paths.questions, {
    kind: 'questions',
    schema: QuestionsFileSchema,
    defaults: () => ({ version: SCHEMA_VERSION, questions: [] }),
  });
  // A damaged session file is skipped by lists and reported once (per process) as a warning in the
  // log; opening it (getSession) throws the usual 'corrupt' error and keeps a copy.
  const sessions = new SessionFiles(paths.sessions, (file, problem) => {
    // Asynchronous and best effort: a list (History, a keystroke away) never waits on logs.json's lock,
    // and a damaged or busy log must not stop the listing.
    writes.appendLog({ level: 'warn', kind: 'store', message: t('store.damagedSession', { file, problem }) }).catch(() => {});
  });

  const findIndex = (models: ModelConfig[], name: string): number => models.findIndex((m) => sameName(m.name, name));

  // Each change is a function of the file's contents, run under the file's lock either synchronously
  // (CLI) or after an asynchronous wait (the full-screen app, through store.writes).
  const changes = {
    addModel: (model: ModelConfig) => (data: ConfigFile) => {
      if (findIndex(data.models, model.name) >= 0) {
        throw new StoreError('exists', t('store.exists', { name: model.name }));
      }
      data.models.push(model);
      if (!data.settings.defaultModel) data.settings.defaultModel = model.name;
    },
    updateModel: (name: string, model: ModelConfig, base?: ModelConfig) => (data: ConfigFile) => {
      const index = findIndex(data.models, name);
      const existing = data.models[index];
      if (!existing) throw noSuchModel(name);
      if (base && !sameModel(existing, base)) {
        throw new StoreError('conflict', t('store.changedElsewhere', { name }), paths.config);
      }
      const clash = findIndex(data.models, model.name);
      if (clash >= 0 && clash !== index) throw new StoreError('exists', t('store.exists', { name: model.name }));
      data.models[index] = { ...model, createdAt: existing.createdAt, updatedAt: new Date().toISOString() };
      // Settings name models: follow a rename.
      const { settings } = data;
      if (settings.defaultModel && sameName(settings.defaultModel, existing.name)) settings.defaultModel = model.name;
      if (settings.graderModel && sameName(settings.graderModel, existing.name)) settings.graderModel = model.name;
    },
    removeModel: (name: string) => (data: ConfigFile) => {
      const index = findIndex(data.models, name);
      if (index < 0) throw noSuchModel(name);
      data.models.splice(index, 1);
      // Cleared rather than moved: the default then falls back (first model, else the demo).
      if (data.settings.defaultModel && sameName(data.settings.defaultModel, name)) delete data.settings.defaultModel;
      if (data.settings.graderModel && sameName(data.settings.graderModel, name)) delete data.settings.graderModel;
    },
    setDefaultModel: (name: string) => (data: ConfigFile) => {
      const found = isDemo(name) ? DEMO_MODEL_NAME : data.models.find((m) => sameName(m.name, name))?.name;
      if (!found) throw noSuchModel(name);
      data.settings.defaultModel = found;
    },
    updateSettings: (patch: Partial<Settings>) => (data: ConfigFile) => {
      const parsed = SettingsSchema.safeParse({ ...data.settings, ...patch });
      if (!parsed.success) throw new StoreError('invalid', t('store.settingsInvalid', { issues: describeIssues(parsed.error) }), paths.config);
      data.settings = parsed.data;
      return parsed.data;
    },
    appendLog: (full: LogEntry) => (data: LogsFile) => {
      data.entries.push(full);
      if (data.entries.length > LOG_CAP) data.entries.splice(0, data.entries.length - LOG_CAP);
    },
    clearLogs: () => (data: LogsFile) => void (data.entries = []),
    addQuestions: (checked: BankQuestion[]) => (data: QuestionsFile) => {
      for (const q of checked) {
        // Same id again replaces the earlier one, so a retried save does not duplicate.
        const index = data.questions.findIndex((x) => x.id === q.id);
        if (index >= 0) data.questions[index] = q;
        else data.questions.push(q);
      }
    },
    updateQuestion: (id: string, text: string) => (data: QuestionsFile) => {
      const q = data.questions.find((x) => x.id === id);
      if (!q) throw new StoreError('not-found', t('store.noQuestion', { id }));
      q.text = text;
    },
    removeQuestion: (id: string) => (data: QuestionsFile) => {
      const before = data.questions.length;
      data.questions = data.questions.filter((q) => q.id !== id);
      if (data.questions.length === before) throw new StoreError('not-found', t('store.noQuestion', { id }));
    },
  };

  const modelChangeAllowed = (name: string, verb: 'changed' | 'removed'): void => {
    if (isDemo(name)) throw new StoreError('read-only', verb === 'changed' ? t('store.demoCannotChange') : t('store.demoCannotRemove'));
  };
  const newLogEntry = (entry: Omit<LogEntry, 'id' | 'at'>): LogEntry => ({
    ...redactEntry(entry),
    id: randomBytes(8).toString('hex'),
    at: new Date().toISOString(),
  });
  const checkedQuestions = (added: BankQuestion[]): BankQuestion[] =>
    added.map((q) => {
      const parsed = BankQuestionSchema.safeParse(q);
      if (!parsed.success) throw new StoreError('invalid', t('store.questionInvalid', { issues: describeIssues(parsed.error) }));
      return parsed.data;
    });
  const checkedQuestionText = (text: string): string => {
    const parsed = BankQuestionSchema.shape.text.safeParse(text);
    if (!parsed.success) throw new StoreError('invalid', t('store.questionInvalid', { issues: parsed.error.issues[0]?.message ?? t('store.invalid') }));
    return parsed.data;
  };

  const writes: StoreWrites = {
    async addModel(input) {
      await config.changeAsync(changes.addModel(checkedModel(input)));
    },
    async updateModel(name, input, opts) {
      modelChangeAllowed(name, 'changed');
      await config.changeAsync(changes.updateModel(name, checkedModel(input), opts?.base));
    },
    async removeModel(name) {
      modelChangeAllowed(name, 'removed');
      await config.changeAsync(changes.removeModel(name));
    },
    async setDefaultModel(name) {
      await config.changeAsync(changes.setDefaultModel(name));
    },
    updateSettings: (patch) => config.changeAsync(changes.updateSettings(patch)),
    async appendLog(entry) {
      const full = newLogEntry(entry);
      await logs.changeAsync(changes.appendLog(full));
      return full;
    },
    async clearLogs() {
      await logs.changeAsync(changes.clearLogs());
    },
    async saveSession(session) {
      sessions.save(session);
    },
    async removeSession(id) {
      sessions.remove(id);
    },
    async addQuestions(added) {
      await questions.changeAsync(changes.addQuestions(checkedQuestions(added)));
    },
    async updateQuestion(id, text) {
      await questions.changeAsync(changes.updateQuestion(id, checkedQuestionText(text)));
    },
    async removeQuestion(id) {
      await questions.changeAsync(changes.removeQuestion(id));
    },
  };

  const store: Store = {
    paths,
    writes,
    readConfig: () => config.read(),

    listModels() {
      return [...config.read().models, demoModel()];
    },
    getModel(name) {
      if (isDemo(name)) return demoModel();
      return config.read().models.find((m) => sameName(m.name, name));
    },
    addModel(input) {
      config.change(changes.addModel(checkedModel(input)));
    },
    updateModel(name, input, opts) {
      modelChangeAllowed(name, 'changed');
      config.change(changes.updateModel(name, checkedModel(input), opts?.base));
    },
    removeModel(name) {
      modelChangeAllowed(name, 'removed');
      config.change(changes.removeModel(name));
    },
    defaultModelName() {
      const { models, settings } = config.read();
      const chosen = settings.defaultModel;
      if (chosen && isDemo(chosen)) return DEMO_MODEL_NAME;
      const found = chosen ? models.find((m) => sameName(m.name, chosen)) : undefined;
      return found?.name ?? models[0]?.name ?? DEMO_MODEL_NAME;
    },
    setDefaultModel(name) {
      config.change(changes.setDefaultModel(name));
    },

    settings() {
      return config.read().settings;
    },
    updateSettings(patch: Partial<Settings>) {
      return config.change(changes.updateSettings(patch));
    },

    appendLog(entry) {
      const full = newLogEntry(entry);
      logs.change(changes.appendLog(full));
      return full;
    },
    listLogs() {
      // Stored oldest first (appending is a push); shown newest first.
      return [...logs.read().entries].reverse();
    },
    clearLogs() {
      logs.change(changes.clearLogs());
    },

    listSessions: () => sessions.list(),
    listSessionsWithDamaged: () => sessions.listAll(),
    getSession: (id) => sessions.get(id),
    saveSession(session) {
      sessions.save(session);
    },
    removeSession: (id) => sessions.remove(id),
    claimSession: (id) => sessions.claim(id),

    listQuestions() {
      return questions.read().questions;
    },
    addQuestions(added) {
      questions.change(changes.addQuestions(checkedQuestions(added)));
    },
    updateQuestion(id, text) {
      questions.change(changes.updateQuestion(id, checkedQuestionText(text)));
    },
    removeQuestion(id) {
      questions.change(changes.removeQuestion(id));
    },
  };
  // A write killed between its temp file and the rename leaves the temp behind: tidy those up.
  removeOrphanTemps(paths.dir);
  return store;
}

/** Field-by-field equality, ignoring key order and what a test run or a save stamps on (lastTest, updatedAt). */
function sameModel(a: ModelConfig, b: ModelConfig): boolean {
  const strip = ({ lastTest: _t, updatedAt: _u, createdAt: _c, ...rest }: ModelConfig): unknown => rest;
  return stableJson(strip(a)) === stableJson(strip(b));
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
