import fs from 'node:fs';
import path from 'node:path';
import { session } from '../store/support.js';

/** A stored interview, written as the store writes it (no interview run needed). */
export function savedSession(dataDir: string, id = 's1'): string {
  fs.mkdirSync(path.join(dataDir, 'sessions'), { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'sessions', `${id}.json`), JSON.stringify(session(id, '2026-01-01T00:00:00.000Z')));
  return id;
}
