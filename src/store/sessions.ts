// Interview sessions: one file each under sessions/, so saving a turn costs the same with 1 or
// 1,000 past interviews. One process owns a session while it runs, so a save is a plain atomic
// write (no lock). Lists read summaries, cached by (mtime, size) within the process.
import fs from 'node:fs';
import path from 'node:path';
import { ensureDir, formatIssues as describeIssues, JsonFileAdapter, writeFileAtomic } from './json-file.js';
import { migrate } from './migrations.js';
import { redactSecrets } from './redact.js';
import { SessionSchema, type Session, type SessionSummary } from './schema.js';
import { StoreError } from './types.js';

/** Ids become file names: no separators, no leading dot. */
const SAFE_ID = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}$/;

export function summarise(s: Session): SessionSummary {
  const asked = new Set(s.turns.filter((t) => t.role === 'interviewer' && t.questionNumber).map((t) => t.questionNumber));
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
    questionsAsked: asked.size,
    ...(s.feedback?.kind === 'graded' ? { score: s.feedback.overall.score } : {}),
  };
}

type Cached = { mtimeMs: number; size: number } & ({ summary: SessionSummary } | { problem: string });

export class SessionFiles {
  private readonly cache = new Map<string, Cached>();

  constructor(
    readonly dir: string,
    /** Told once per damaged file (and again if it changes), so the user can find it in the log. */
    private readonly onSkipped: (file: string, problem: string) => void,
  ) {}

  fileOf(id: string): string | undefined {
    return SAFE_ID.test(id) ? path.join(this.dir, `${id}.json`) : undefined;
  }

  get(id: string): Session | undefined {
    const file = this.fileOf(id);
    if (!file) return undefined;
    // The validating adapter: a damaged session is kept aside and reported like any other file.
    return new JsonFileAdapter(file, { kind: 'session', schema: SessionSchema }).read() ?? undefined;
  }

  save(session: Session): Session {
    const file = this.fileOf(session.id);
    if (!file) throw new StoreError('io', `session id '${session.id}' cannot be used as a file name`);
    const parsed = SessionSchema.safeParse({ ...session, updatedAt: new Date().toISOString() });
    if (!parsed.success) {
      throw new StoreError('invalid', `${file}: not saved, the session is invalid: ${describeIssues(parsed.error)}`, file);
    }
    ensureDir(this.dir);
    writeFileAtomic(file, `${JSON.stringify(parsed.data)}\n`);
    return parsed.data;
  }

  remove(id: string): void {
    const file = this.fileOf(id);
    if (file) fs.rmSync(file, { force: true });
    if (file) this.cache.delete(file);
  }

  /** Newest first. A damaged file is skipped (see onSkipped), never hides the others. */
  list(): SessionSummary[] {
    let names: string[];
    try {
      names = fs.readdirSync(this.dir);
    } catch {
      return [];
    }
    const summaries: SessionSummary[] = [];
    const seen = new Set<string>();
    for (const name of names) {
      // Skips temp files (.x.json.123.tmp) and kept copies (x.json.corrupt-…).
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      const file = path.join(this.dir, name);
      seen.add(file);
      const entry = this.summaryOf(file);
      if (entry && 'summary' in entry) summaries.push(entry.summary);
    }
    for (const file of this.cache.keys()) if (!seen.has(file)) this.cache.delete(file);
    return summaries.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  }

  private summaryOf(file: string): Cached | undefined {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return undefined; // removed meanwhile
    }
    const cached = this.cache.get(file);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached;
    let entry: Cached;
    try {
      const parsed = SessionSchema.safeParse(migrate(JSON.parse(fs.readFileSync(file, 'utf8')), 'session'));
      entry = parsed.success
        ? { mtimeMs: stat.mtimeMs, size: stat.size, summary: summarise(parsed.data) }
        : { mtimeMs: stat.mtimeMs, size: stat.size, problem: describeIssues(parsed.error) };
    } catch (e) {
      entry = { mtimeMs: stat.mtimeMs, size: stat.size, problem: e instanceof SyntaxError ? 'not valid JSON' : (e as Error).message };
    }
    this.cache.set(file, entry);
    if ('problem' in entry) this.onSkipped(file, redactSecrets(entry.problem));
    return entry;
  }
}
