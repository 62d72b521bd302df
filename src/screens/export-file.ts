// Writes a session export beside the data: <data dir>/exports/<session id>.md|json, the folder 0700
// and the file 0600 (atomic), like every other file mockview keeps. Returns the path written.
import path from 'node:path';
import { sessionToJson, sessionToMarkdown } from '../interview/export.js';
import { ensureDir, writeFileAtomic } from '../store/json-file.js';
import type { Session } from '../store/schema.js';
import type { Store } from '../store/types.js';

export type ExportFormat = 'md' | 'json';

export function exportsDir(store: Store): string {
  return path.join(store.paths.dir, 'exports');
}

export function exportSession(store: Store, session: Session, format: ExportFormat): string {
  const dir = exportsDir(store);
  ensureDir(dir);
  const file = path.join(dir, `${session.id}.${format}`);
  writeFileAtomic(file, format === 'md' ? sessionToMarkdown(session) : `${sessionToJson(session)}\n`);
  return file;
}
