// The app layer between the store and the screens (DESIGN.md "Where the shape should go next"): one
// repository per concern, each a subscribe/getSnapshot pair for useSyncExternalStore plus writes that
// return results. Reads are cached per file and re-read only when the file changed (ours or another
// process's); writes wait for a busy lock without blocking the event loop (store.writes) and never
// throw. A damaged file disables only what depends on it: its repository's snapshot says `damaged`
// with the message, the others carry on.
import { onLockWait, type LockWaitProgress } from '../store/index.js';
import { DEMO_MODEL_NAME } from '../store/store.js';
import type { BankQuestion, LogEntry, ModelConfig, Session, SessionSummary, Settings } from '../store/schema.js';
import type { DamagedSession } from '../store/sessions.js';
import { StoreError, type Store } from '../store/types.js';
import { FileSnapshot } from './file-snapshot.js';
import { attempt, load, type Loaded, type WriteResult } from './results.js';
import { t } from '../i18n/index.js';

export interface Subscribable<T> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): T;
}

export interface ModelsView {
  /** Stored models, then the offline demo. */
  models: ModelConfig[];
  defaultName: string;
}

export interface SessionsView {
  summaries: SessionSummary[];
  /** Files that could not be read: History lists them as damaged, with the problem. */
  damaged: DamagedSession[];
}

/** Something the app is waiting for right now (a lock another mockview holds), for a status line. */
export interface Activity {
  waiting: LockWaitProgress | null;
}

export interface ModelsRepository extends Subscribable<Loaded<ModelsView>> {
  add(config: ModelConfig): Promise<WriteResult<void, ModelConfig>>;
  /**
   * Saves an edit of the model the editor opened as `base`. If that model was changed or removed
   * elsewhere meanwhile, the result is `conflict` / `not-found` carrying the edit, so the screen can
   * offer "save as new" (see freeName) or going back.
   */
  update(base: ModelConfig, edit: ModelConfig): Promise<WriteResult<void, ModelConfig>>;
  remove(name: string): Promise<WriteResult>;
  setDefault(name: string): Promise<WriteResult>;
  /** Records a test connection's outcome without touching anything the user may be editing. */
  recordTest(name: string, lastTest: NonNullable<ModelConfig['lastTest']>): Promise<WriteResult>;
  /** "Name (2)", "Name (3)"…: a name no stored model has, for "save as new". */
  freeName(name: string): string;
}

export interface SettingsRepository extends Subscribable<Loaded<Settings>> {
  update(patch: Partial<Settings>): Promise<WriteResult<Settings>>;
}

export interface SessionsRepository extends Subscribable<SessionsView> {
  /** One session; `damaged` with the message when its file cannot be read, undefined when there is none. */
  get(id: string): Loaded<Session> | undefined;
  save(session: Session): Promise<WriteResult>;
  remove(id: string): Promise<WriteResult>;
  /**
   * Marks the session open in this process while it runs (chat screen): `locked` when another live
   * mockview has it open. Call the returned release when leaving the session.
   */
  open(id: string): WriteResult<() => void>;
}

export interface QuestionsRepository extends Subscribable<Loaded<BankQuestion[]>> {
  add(questions: BankQuestion[]): Promise<WriteResult>;
  update(id: string, text: string): Promise<WriteResult>;
  remove(id: string): Promise<WriteResult>;
}

export interface LogsRepository extends Subscribable<Loaded<LogEntry[]>> {
  /**
   * Appends an entry. Never throws and never waits long: with logs.json damaged or busy the entry is
   * skipped (the result says why) and the error the user needs is shown by the caller regardless.
   */
  append(entry: Omit<LogEntry, 'id' | 'at'>): Promise<WriteResult<LogEntry | undefined>>;
  clear(): Promise<WriteResult>;
}

export interface Repositories {
  store: Store;
  /** Where the data lives (Settings shows it; History exports beside it). */
  paths: Store['paths'];
  models: ModelsRepository;
  settings: SettingsRepository;
  sessions: SessionsRepository;
  questions: QuestionsRepository;
  logs: LogsRepository;
  activity: Subscribable<Activity>;
  /** Stops watching files (on exit, and in tests). */
  close(): void;
}

const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A tiny value store for things that are not files (the lock-wait activity). */
class Cell<T> implements Subscribable<T> {
  private readonly listeners = new Set<() => void>();
  constructor(private value: T) {}
  getSnapshot = (): T => this.value;
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  set(value: T): void {
    this.value = value;
    for (const l of [...this.listeners]) l();
  }
}

export function createRepositories(store: Store): Repositories {
  const { paths, writes } = store;

  const config = new FileSnapshot(paths.config, () =>
    load<ModelsView & { settings: Settings }>(() => ({ models: store.listModels(), defaultName: store.defaultModelName(), settings: store.settings() })),
  );
  // Derived snapshots keep their identity while config.json is unchanged (useSyncExternalStore needs that).
  let lastConfig: ReturnType<typeof config.getSnapshot> | undefined;
  let modelsView: Loaded<ModelsView> | undefined;
  let settingsView: Loaded<Settings> | undefined;
  const derive = (): void => {
    const current = config.getSnapshot();
    if (current === lastConfig && modelsView && settingsView) return;
    lastConfig = current;
    if (current.status === 'ok') {
      modelsView = { status: 'ok', data: { models: current.data.models, defaultName: current.data.defaultName } };
      settingsView = { status: 'ok', data: current.data.settings };
    } else {
      modelsView = current;
      settingsView = current;
    }
  };

  const sessionsFiles = new FileSnapshot(paths.sessions, () => {
    const { summaries, damaged } = store.listSessionsWithDamaged();
    return { summaries, damaged } satisfies SessionsView;
  });
  const questionsFile = new FileSnapshot(paths.questions, () => load(() => store.listQuestions()));
  const logsFile = new FileSnapshot(paths.logs, () => load(() => store.listLogs()));

  const activity = new Cell<Activity>({ waiting: null });
  onLockWait((p) => activity.set({ waiting: p }));
  /** Every write: tell the file's readers when done, and clear a "waiting for …" shown meanwhile. */
  const after = <R>(snapshot: FileSnapshot<unknown>, result: R): R => {
    if (activity.getSnapshot().waiting) activity.set({ waiting: null });
    snapshot.invalidate();
    return result;
  };

  const models: ModelsRepository = {
    subscribe: config.subscribe,
    getSnapshot: () => {
      derive();
      return modelsView!;
    },
    add: async (edit) => after(config, await attempt(() => writes.addModel(edit), edit)),
    update: async (base, edit) => after(config, await attempt(() => writes.updateModel(base.name, edit, { base }), edit)),
    remove: async (name) => after(config, await attempt(() => writes.removeModel(name))),
    setDefault: async (name) => after(config, await attempt(() => writes.setDefaultModel(name))),
    recordTest: async (name, lastTest) => {
      const result = await attempt(async () => {
        const current = store.getModel(name);
        if (!current) throw new StoreError('not-found', t('common.repositories.noModel', { name }));
        if (current.provider === 'demo') return;
        await writes.updateModel(name, { ...current, lastTest }, { base: current });
      });
      return after(config, result);
    },
    freeName(name) {
      const taken = (n: string): boolean => sameName(n, DEMO_MODEL_NAME) || store.listModels().some((m) => sameName(m.name, n));
      const stem = name.trim().replace(/\s*\(\d+\)$/, '').slice(0, 58) || 'model';
      for (let n = 2; ; n++) if (!taken(`${stem} (${n})`)) return `${stem} (${n})`;
    },
  };

  const settings: SettingsRepository = {
    subscribe: config.subscribe,
    getSnapshot: () => {
      derive();
      return settingsView!;
    },
    update: async (patch) => after(config, await attempt(() => writes.updateSettings(patch))),
  };

  const sessions: SessionsRepository = {
    subscribe: sessionsFiles.subscribe,
    getSnapshot: sessionsFiles.getSnapshot,
    get(id) {
      const loaded = load(() => store.getSession(id));
      if (loaded.status === 'damaged') return loaded;
      return loaded.data ? { status: 'ok', data: loaded.data } : undefined;
    },
    save: async (session) => after(sessionsFiles, await attempt(() => writes.saveSession(session))),
    remove: async (id) => after(sessionsFiles, await attempt(() => writes.removeSession(id))),
    open(id) {
      try {
        return { ok: true, value: store.claimSession(id) };
      } catch (e) {
        if (e instanceof StoreError) return { ok: false, reason: e.code === 'locked' ? 'locked' : 'not-found', message: e.message };
        throw e;
      }
    },
  };

  const questions: QuestionsRepository = {
    subscribe: questionsFile.subscribe,
    getSnapshot: questionsFile.getSnapshot,
    add: async (added) => after(questionsFile, await attempt(() => writes.addQuestions(added))),
    update: async (id, text) => after(questionsFile, await attempt(() => writes.updateQuestion(id, text))),
    remove: async (id) => after(questionsFile, await attempt(() => writes.removeQuestion(id))),
  };

  const logs: LogsRepository = {
    subscribe: logsFile.subscribe,
    getSnapshot: logsFile.getSnapshot,
    append: async (entry) => {
      // Known damaged: skip at once rather than reading (and refusing) the file again.
      const current = logsFile.getSnapshot();
      if (current.status === 'damaged') return { ok: false, reason: 'damaged', message: t('common.repositories.notLogged', { problem: current.message }) };
      return after(logsFile, await attempt(() => writes.appendLog(entry)));
    },
    clear: async () => after(logsFile, await attempt(() => writes.clearLogs())),
  };

  return {
    store,
    paths,
    models,
    settings,
    sessions,
    questions,
    logs,
    activity,
    close() {
      onLockWait(undefined);
      for (const s of [config, sessionsFiles, questionsFile, logsFile]) s.close();
    },
  };
}
