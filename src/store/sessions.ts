// Interview sessions: one file each under sessions/, so saving a turn costs the same with 1 or
// 1,000 past interviews. One process owns a session while it runs, so a save is a plain atomic
// write (no lock). Lists read summaries, cached by (mtime, size) within the process.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureDir, formatIssues as describeIssues, JsonFileAdapter, removeOrphanTemps, writeFileAtomic } from './json-file.js';
import { withLock } from './lock.js';
import { migrate } from './migrations.js';
import { redactSecrets } from './redact.js';
import { z } from 'zod';
import { SessionSchema, TurnSchema, type Session, type SessionSummary, type Turn } from './schema.js';
import { StoreError } from './types.js';
import { t } from '../i18n/index.js';
import { localTime } from '../i18n/time.js';

/**
 * Turns already checked, by object, with what they held then. A running interview saves every few
 * seconds while a reply streams; turns are replaced, not changed in place, so a 500-turn session
 * checks the turn that changed rather than all 500 again (bench/: CPU while streaming). A turn whose
 * fields differ from what was checked (changed in place after all) is checked again.
 */
const checkedTurns = new WeakMap<object, { fields: unknown[]; data: Turn }>();
const SessionWithoutTurns = SessionSchema.extend({ turns: z.array(z.unknown()).default([]) });

const fieldsOf = (turn: object): unknown[] => Object.entries(turn).flat();
const sameFields = (a: unknown[], b: unknown[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

/** SessionSchema.safeParse, with turns checked before reused; any problem is reported by the full schema, word for word. */
function checkSession(input: Session): ReturnType<typeof SessionSchema.safeParse> {
  const shell = SessionWithoutTurns.safeParse(input);
  if (!shell.success) return SessionSchema.safeParse(input);
  const turns: Turn[] = [];
  for (const turn of shell.data.turns) {
    if (typeof turn !== 'object' || turn === null) return SessionSchema.safeParse(input);
    const fields = fieldsOf(turn);
    const hit = checkedTurns.get(turn);
    if (hit && sameFields(hit.fields, fields)) {
      turns.push(hit.data);
      continue;
    }
    const one = TurnSchema.safeParse(turn);
    if (!one.success) return SessionSchema.safeParse(input);
    checkedTurns.set(turn, { fields, data: one.data });
    turns.push(one.data);
  }
  return { success: true, data: { ...shell.data, turns } } as ReturnType<typeof SessionSchema.safeParse>;
}

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

/** A session file that could not be read: listed as damaged so it never silently disappears. */
export interface DamagedSession {
  id: string;
  file: string;
  problem: string;
  updatedAt: string;
}

/** Who has a session open: written to `.<id>.owner` beside the session while a run continues it. */
interface SessionOwner {
  pid: number;
  host: string;
  since: string;
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
    if (!file) throw new StoreError('io', t('store.sessions.badId', { id: session.id }));
    const parsed = checkSession({ ...session, updatedAt: new Date().toISOString() });
    if (!parsed.success) {
      throw new StoreError('invalid', `${file}: ${t('store.sessions.invalid', { issues: describeIssues(parsed.error) })}`, file);
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

  /** Newest first. A damaged file is left out here (see listAll), never hides the others. */
  list(): SessionSummary[] {
    return this.listAll().summaries;
  }

  /** Readable sessions newest first, and the damaged ones (newest first) with what is wrong. */
  listAll(): { summaries: SessionSummary[]; damaged: DamagedSession[] } {
    let names: string[];
    try {
      names = fs.readdirSync(this.dir);
    } catch {
      return { summaries: [], damaged: [] };
    }
    // A save killed between write and rename leaves a temp file: remove those whose writer is gone.
    removeOrphanTemps(this.dir, names);
    const summaries: SessionSummary[] = [];
    const damaged: DamagedSession[] = [];
    const seen = new Set<string>();
    for (const name of names) {
      // Skips temp files (.x.json.123.tmp) and kept copies (x.json.corrupt-…).
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      const file = path.join(this.dir, name);
      seen.add(file);
      const entry = this.summaryOf(file);
      if (entry && 'summary' in entry) summaries.push(entry.summary);
      else if (entry) {
        damaged.push({ id: name.slice(0, -'.json'.length), file, problem: entry.problem, updatedAt: new Date(entry.mtimeMs).toISOString() });
      }
    }
    for (const file of this.cache.keys()) if (!seen.has(file)) this.cache.delete(file);
    summaries.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
    damaged.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { summaries, damaged };
  }

  /**
   * Marks the session as open in this process until `release` (or the process's end). A second run
   * continuing the same session is refused while the first is alive: two runs appending turns to one
   * file would silently drop one run's answers. An owner that died (kill -9, crash) is taken over.
   */
  claim(id: string): () => void {
    const file = this.fileOf(id);
    if (!file) throw new StoreError('not-found', t('store.sessions.notFound', { id }));
    ensureDir(this.dir);
    const ownerFile = path.join(this.dir, `.${id}.owner`);
    const me: SessionOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
    // The check and the claim happen under the session's lock, so two runs starting together cannot both win.
    withLock(file, () => {
      const owner = readOwner(ownerFile);
      if (owner && owner.pid !== process.pid && ownerAlive(owner)) {
        const where = owner.host === me.host ? t('store.sessions.process', { pid: owner.pid }) : t('store.sessions.processOn', { pid: owner.pid, host: owner.host });
        // Local time: when the other run started, on the user's clock.
        throw new StoreError('locked', t('store.sessions.alreadyOpen', { id, where, since: localTime(owner.since, { seconds: true }) }), file);
      }
      writeFileAtomic(ownerFile, `${JSON.stringify(me)}\n`);
    });
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      process.off('exit', release);
      if (readOwner(ownerFile)?.pid === process.pid) fs.rmSync(ownerFile, { force: true });
    };
    process.on('exit', release);
    return release;
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
      entry = { mtimeMs: stat.mtimeMs, size: stat.size, problem: e instanceof SyntaxError ? t('store.file.notJson') : (e as Error).message };
    }
    this.cache.set(file, entry);
    if ('problem' in entry) this.onSkipped(file, redactSecrets(entry.problem));
    return entry;
  }
}

function readOwner(file: string): SessionOwner | undefined {
  try {
    const owner = JSON.parse(fs.readFileSync(file, 'utf8')) as SessionOwner;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? owner : undefined;
  } catch {
    return undefined; // none, or unreadable: nobody we can name holds it
  }
}

/** On this machine the pid says; another machine's (a shared home) we cannot check, so it counts as alive. */
function ownerAlive(owner: SessionOwner): boolean {
  if (owner.host !== os.hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
