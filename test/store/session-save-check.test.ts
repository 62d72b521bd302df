// A session save checks every turn's shape, but a turn it already checked (the same object, the
// same fields) is not checked again: a 500-turn session saved every few seconds while a reply
// streams costs one turn's check, not 500 (bench/: CPU while streaming). What is written, and what
// is refused with which message, must be exactly what checking the whole session gives.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/store/json-file.js';
import { SessionSchema, type Session, type Turn } from '../../src/store/schema.js';
import { SessionFiles } from '../../src/store/sessions.js';
import { session, tempDir, thrown } from './support.js';

const saved = (dir: string, id: string): unknown => JSON.parse(fs.readFileSync(path.join(dir, `${id}.json`), 'utf8'));

describe('saving a session', () => {
  it('writes what the full schema gives, turn for turn, on the first save and on later ones', () => {
    const dir = tempDir();
    const files = new SessionFiles(dir, () => undefined);
    // An unknown field on a turn: the schema drops it, whether the turn was checked before or not.
    const s = session('s1', '2026-01-01T00:00:00.000Z');
    s.turns = [...s.turns, { role: 'candidate', text: 'An answer', at: s.createdAt, stray: 'dropped' } as unknown as Turn];
    const first = files.save(s);
    const again = files.save({ ...s, turns: [...s.turns, { role: 'interviewer', text: 'And then?', at: s.createdAt, questionNumber: 2, followUp: true }] });
    for (const [written, input] of [[first, s], [again, { ...s, turns: [...s.turns, again.turns.at(-1)!] }]] as const) {
      const full = SessionSchema.parse({ ...input, updatedAt: written.updatedAt });
      expect(written).toEqual(full);
      expect(JSON.stringify(written)).toBe(JSON.stringify(full));
    }
    expect(saved(dir, 's1')).toEqual(JSON.parse(JSON.stringify(again)));
    expect((again.turns[4] as Record<string, unknown>).stray).toBeUndefined();
  });

  it('checks a turn again when it was changed in place after a save, and refuses it with the full check’s message', () => {
    const dir = tempDir();
    const files = new SessionFiles(dir, () => undefined);
    const s: Session = session('s2', '2026-01-01T00:00:00.000Z');
    files.save(s);
    // The same turn object, now broken: a cached check must not let it through.
    (s.turns[1] as { role: string }).role = 'grader';
    const e = thrown(() => files.save(s));
    const full = SessionSchema.safeParse(s);
    expect(full.success).toBe(false);
    expect(e.message).toBe(`${path.join(dir, 's2.json')}: not saved, the session is invalid: ${formatIssues(full.error!)}`);
    // Nothing of the broken save reached the file.
    expect((saved(dir, 's2') as Session).turns[1]!.role).toBe('candidate');
  });

  it('refuses a session whose new turn is broken, naming the turn like the full check', () => {
    const dir = tempDir();
    const files = new SessionFiles(dir, () => undefined);
    const s: Session = session('s3', '2026-01-01T00:00:00.000Z');
    files.save(s);
    const broken = { ...s, turns: [...s.turns, { role: 'interviewer', text: 5, at: s.createdAt } as unknown as Turn] };
    const e = thrown(() => files.save(broken));
    const full = SessionSchema.safeParse({ ...broken, updatedAt: s.updatedAt });
    expect(full.success).toBe(false);
    expect(e.message).toBe(`${path.join(dir, 's3.json')}: not saved, the session is invalid: ${formatIssues(full.error!)}`);
    expect(e.message).toMatch(/turns/);
  });
});
