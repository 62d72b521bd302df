// A session as text for a terminal or a file, and the file written safely. Shared by
// `mockview sessions export` and (for the screens) History's export: transcripts hold the model's
// words and the candidate's pasted text, so Markdown passes the output guard and JSON escapes them.
import fs from 'node:fs';
import path from 'node:path';
import { sessionToJson, sessionToMarkdown } from '../interview/export.js';
import { ensureDir, writeFileAtomic } from '../store/json-file.js';
import type { Session } from '../store/schema.js';
import { StoreError } from '../store/types.js';
import type { WriteResult } from './results.js';
import { t } from '../i18n/index.js';
import { safeJson, safeText } from '../terminal/safe-text.js';

export type ExportFormat = 'md' | 'json';

/** The export's text: Markdown neutralised (newlines and tabs kept), JSON with every risky character \u-escaped. */
export function exportText(session: Session, format: ExportFormat): string {
  const text = format === 'json' ? safeJson(JSON.parse(sessionToJson(session)), 2) : safeText(sessionToMarkdown(session));
  return text.endsWith('\n') ? text : `${text}\n`;
}

/**
 * Writes an export 0600 (it may quote a JD or résumé): atomically through a new file, so a file that
 * was already there with looser permissions ends up 0600 too. A target that is not a regular file
 * (`--output /dev/stdout`) is written to as it is.
 */
export function writeExportFile(file: string, text: string): void {
  const full = path.resolve(file);
  let existing: fs.Stats | undefined;
  try {
    existing = fs.statSync(full);
  } catch {
    // Not there yet: created below.
  }
  if (existing && !existing.isFile()) {
    try {
      fs.writeFileSync(full, text);
    } catch (e) {
      // /dev/full, a closed FIFO reader…: one line, not a stack trace.
      throw new StoreError('io', t('feedback.export.cannotWrite', { file: full, why: (e as NodeJS.ErrnoException).code ?? (e as Error).message }), full);
    }
    return;
  }
  writeFileAtomic(full, text);
}

/** Where the screens' exports go: <data dir>/exports (0700), beside every other file mockview keeps. */
export const exportsDir = (dataDir: string): string => path.join(dataDir, 'exports');

/**
 * A screen's export: <data dir>/exports/<session id>.md|json (0600, atomic, output-guarded), as a
 * result with the path written or a one-line failure; never a throw through a key handler.
 */
export function exportToDataDir(dataDir: string, session: Session, format: ExportFormat): WriteResult<string> {
  const file = path.join(exportsDir(dataDir), `${session.id}.${format}`);
  try {
    ensureDir(exportsDir(dataDir));
    writeExportFile(file, exportText(session, format));
    return { ok: true, value: file };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, reason: e instanceof StoreError && e.code === 'read-only' ? 'read-only' : 'io', message, file };
  }
}
