import { describe, expect, it } from 'vitest';
import { GOLD_CASES, goldSummary, goldTable, graderEval, runGold, runGoldCase } from './gold.js';

describe('grader gold set', () => {
  it.each(GOLD_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const row = await runGoldCase(c);
    expect(row.failures).toEqual([]);
    expect(row.holds).toBe(true);
  });

  it('strong answers come out above their weak pair, and the table reports coverage and the invented-quote rate', async () => {
    const rows = await runGold();
    expect(rows.every((r) => r.holds)).toBe(true);
    const s = goldSummary(rows);
    expect(s.held).toBe(GOLD_CASES.length);
    expect(s.evidenceCoverage).toBeGreaterThan(0.7);
    expect(s.evidenceCoverage).toBeLessThan(1); // the set has unsupported scores on purpose
    expect(s.inventedQuoteRate).toBeGreaterThan(0);
    expect(goldTable(rows)).toMatch(/grader gold set: \d+\/\d+ held · evidence coverage \d+% · invented-quote rate \d+%/);
  });

  it('gives npm run eval its section', async () => {
    const { table, held } = await graderEval();
    expect(held).toBe(true);
    expect(table.split('\n')).toHaveLength(GOLD_CASES.length + 1);
  });

  it('reports a case as broken when the grader misbehaves in a way the app does not catch', async () => {
    // The same strong transcript, but the expectation claims a different overall: the harness must notice.
    const wrong = { ...GOLD_CASES[0]!, expect: { ...GOLD_CASES[0]!.expect, overall: 50 } };
    const row = await runGoldCase(wrong);
    expect(row.holds).toBe(false);
    expect(row.failures.join()).toMatch(/overall 94, expected 50/);
  });
});
