// Job descriptions and résumés come from files on disk; a bad path gets one clear line naming it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Big enough for any real JD or résumé; the prompt trims further. */
const MAX_BYTES = 512 * 1024;

export type DocumentRead = { ok: true; text: string; path: string } | { ok: false; error: string };

export function readDocument(label: string, file: string): DocumentRead {
  const full = path.resolve(file.trim().replace(/^~(?=$|\/)/, os.homedir()));
  try {
    const stat = fs.statSync(full);
    if (stat.isDirectory()) return { ok: false, error: `${label}: ${full} is a folder, not a file` };
    if (stat.size > MAX_BYTES) return { ok: false, error: `${label}: ${full} is larger than 512 KB; paste the relevant part into a smaller file` };
    const text = fs.readFileSync(full, 'utf8');
    if (!text.trim()) return { ok: false, error: `${label}: ${full} is empty` };
    return { ok: true, text, path: full };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    return { ok: false, error: `${label}: cannot read ${full} (${why})` };
  }
}
