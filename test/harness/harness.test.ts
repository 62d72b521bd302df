// The behaviour harness in the suite: every scripted misbehaviour, played by the fake Bedrock through
// the real SDK and the real interview driver, gets the app's expected reaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeBedrock, type FakeBedrock } from '../fake-bedrock/server.js';
import { CASES } from './cases.js';
import { formatTable, runCase, type CaseResult } from './run.js';

let fake: FakeBedrock;
const results: CaseResult[] = [];
beforeAll(async () => {
  fake = await startFakeBedrock();
});
afterAll(async () => {
  await fake.close();
});

describe('behaviour harness (scripted model replies through the real SDK)', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const result = await runCase(c, { kind: 'fake', fake });
    results.push(result);
    expect(result.checks.filter((x) => !x.ok)).toEqual([]);
    expect(result.held).toBe(true);
  });

  it('prints the table', () => {
    const table = formatTable(results);
    expect(table).toContain(`${CASES.length} of ${CASES.length} cases held`);
    if (process.env.HARNESS_TABLE) console.log(table);
  });
});
