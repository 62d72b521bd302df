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

export interface StorePaths {
  dir: string;
  config: string; // config.json: models + settings
  logs: string; // logs.json
  questions: string; // questions.json
  sessions: string; // sessions/ (one <id>.json per interview)
}

export interface Store {
  readonly paths: StorePaths;

  // Models. The offline demo ("demo") is always present as a virtual, read-only configuration.
  listModels(): ModelConfig[]; // stored ones + demo last
  getModel(name: string): ModelConfig | undefined;
  /** Throws StoreError('exists') when the name is taken (case-insensitive). */
  addModel(config: ModelConfig): void;
  /** Replaces the configuration called `name` (which may be renamed by config.name). */
  updateModel(name: string, config: ModelConfig): void;
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
  getSession(id: string): Session | undefined;
  saveSession(session: Session): void;
  removeSession(id: string): void;

  listQuestions(): BankQuestion[];
  addQuestions(questions: BankQuestion[]): void;
  updateQuestion(id: string, text: string): void;
  removeQuestion(id: string): void;

  /** The whole config file as read (for tests and migrations). */
  readConfig(): ConfigFile;
}

export type StoreErrorCode = 'corrupt' | 'exists' | 'not-found' | 'locked' | 'io' | 'read-only' | 'invalid';

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
