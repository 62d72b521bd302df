// npm run bench: measures start-up, streaming, store and memory against their references in one
// run, prints a table and writes bench/results.json. Budgets are SPEC §10; nothing here is a test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchStartup } from './startup.mjs';
import { benchStore } from './store.mjs';
import { formatTable } from './table.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.includes(name);

const results = {
  machine: { node: process.version, cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`, memoryGiB: Math.round(os.totalmem() / 2 ** 30), platform: `${os.platform()} ${os.release()}` },
  at: new Date().toISOString(),
};
if (want('startup')) results.startup = await benchStartup();
if (want('store')) results.store = await benchStore();
for (const extra of ['streaming', 'memory']) {
  if (!want(extra)) continue;
  const file = path.join(HERE, `${extra}.mjs`);
  if (fs.existsSync(file)) results[extra] = await (await import(file)).run();
}

fs.writeFileSync(path.join(HERE, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(formatTable(results));
console.log('\nEvery figure: bench/results.json');
