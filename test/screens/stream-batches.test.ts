// Stream batches grow with the screen's cells (Ink's cost per frame does): 80×24 as before, a
// 200×50 terminal about six frames a second.
import { describe, expect, it } from 'vitest';
import { FLUSH_MS, flushMsFor } from '../../src/screens/InterviewChat.js';

describe('stream batch interval', () => {
  it('stays at FLUSH_MS up to 4,000 cells and reaches 160 ms at 200×50', () => {
    expect(flushMsFor(80 * 24)).toBe(FLUSH_MS);
    expect(flushMsFor(100 * 40)).toBe(FLUSH_MS);
    expect(flushMsFor(160 * 50)).toBe(140);
    expect(flushMsFor(200 * 50)).toBe(160);
    expect(flushMsFor(400 * 100)).toBe(160);
  });
});
