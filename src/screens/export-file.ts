// A session export beside the data: <data dir>/exports/<session id>.md|json, the folder 0700 and the
// file 0600 (atomic), its text through the output guard. The writing is the app layer's
// (src/app/session-export.ts); this keeps the screens' two ways of calling it.
import { exportToDataDir, exportsDir as exportsDirOf, type ExportFormat } from '../app/session-export.js';
import type { WriteResult } from '../app/results.js';
import type { Session } from '../store/schema.js';

export type { ExportFormat };

/** Anything that knows the data directory: the repositories (or, for older callers, the store). */
export interface DataDirOwner {
  paths: { dir: string };
}

export const exportsDir = (owner: DataDirOwner): string => exportsDirOf(owner.paths.dir);

/** The export as a result: the path written, or a one-line failure to show. */
export function tryExportSession(owner: DataDirOwner, session: Session, format: ExportFormat): WriteResult<string> {
  return exportToDataDir(owner.paths.dir, session, format);
}

/** The same, throwing the failure (for screens that still catch it). Returns the path written. */
export function exportSession(owner: DataDirOwner, session: Session, format: ExportFormat): string {
  const result = tryExportSession(owner, session, format);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}
