// The store's public face. Everything is synchronous: files are small, and a synchronous
// read-modify-write under a cross-process lock is what keeps two running instances from losing
// each other's writes. Every mutation re-reads the file under the lock, applies the change, and
// writes atomically (temp file + rename, mode 0600).
import type {
  BankQuestion,
  ConfigFile,
  LogEntry,
  ModelConfig,
  Session,
  SessionSummary,
  Settings,
} from './schema.js';
import type { DamagedSession } from './sessions.js';

export interface StorePaths {
  dir: string;
  config: string; // config.json: models + settings
  logs: string; // logs.json
  questions: string; // questions.json
  sessions: string; // sessions/ (one <id>.json per interview)
}

/** Options for a model edit: `base` is the model as the editor first showed it (see 'conflict'). */
export interface UpdateModelOptions {
  /** When given, the save is refused with 'conflict' if the stored model differs from it (changed elsewhere). */
  base?: ModelConfig;
}

/**
 * The store's writes, waiting for a busy lock without blocking the event loop (the full-screen app
 * uses these; the CLI uses the synchronous ones on Store). They reject with a StoreError.
 */
export interface StoreWrites {
  addModel(config: ModelConfig): Promise<void>;
  updateModel(name: string, config: ModelConfig, opts?: UpdateModelOptions): Promise<void>;
  removeModel(name: string): Promise<void>;
  setDefaultModel(name: string): Promise<void>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  appendLog(entry: Omit<LogEntry, 'id' | 'at'>): Promise<LogEntry>;
  clearLogs(): Promise<void>;
  saveSession(session: Session): Promise<void>;
  removeSession(id: string): Promise<void>;
  addQuestions(questions: BankQuestion[]): Promise<void>;
  updateQuestion(id: string, text: string): Promise<void>;
  removeQuestion(id: string): Promise<void>;
}

export interface Store {
  readonly paths: StorePaths;
  /** The same writes as below, for callers that must not block (the full-screen app). */
  readonly writes: StoreWrites;

  // Models. The offline demo ("demo") is always present as a virtual, read-only configuration.
  listModels(): ModelConfig[]; // stored ones + demo last
  getModel(name: string): ModelConfig | undefined;
  /** Throws StoreError('exists') when the name is taken (case-insensitive). */
  addModel(config: ModelConfig): void;
  /**
   * Replaces the configuration called `name` (which may be renamed by config.name). With `base`,
   * throws StoreError('conflict') when the stored model was changed since (someone else's edit).
   */
  updateModel(name: string, config: ModelConfig, opts?: UpdateModelOptions): void;
  removeModel(name: string): void;
  /** The effective default: settings.defaultModel if it exists, else the first stored model, else "demo". */
  defaultModelName(): string;
  setDefaultModel(name: string): void;

  settings(): Settings;
  updateSettings(patch: Partial<Settings>): Settings;

  appendLog(entry: Omit<LogEntry, 'id' | 'at'>): LogEntry;
  listLogs(): LogEntry[]; // newest first
  clearLogs(): void;

  listSessions(): SessionSummary[]; // newest first
  /** The same, plus the session files that could not be read (listed, never silently dropped). */
  listSessionsWithDamaged(): { summaries: SessionSummary[]; damaged: DamagedSession[] };
  getSession(id: string): Session | undefined;
  /**
   * Marks a session as open in this process (released by the returned function or at exit); throws
   * StoreError('locked') when another live process has it open.
   */
  claimSession(id: string): () => void;
  saveSession(session: Session): void;
  removeSession(id: string): void;

  listQuestions(): BankQuestion[];
  addQuestions(questions: BankQuestion[]): void;
  updateQuestion(id: string, text: string): void;
  removeQuestion(id: string): void;

  /** The whole config file as read (for tests and migrations). */
  readConfig(): ConfigFile;
}

export type StoreErrorCode = 'corrupt' | 'exists' | 'not-found' | 'locked' | 'io' | 'read-only' | 'invalid' | 'conflict';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    /** The file concerned, and for 'corrupt' the backup copy it was kept as. */
    readonly file?: string,
    readonly backup?: string,
  ) {
    super(message);
  }
}
