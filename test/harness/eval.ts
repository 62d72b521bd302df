// `npm run eval`: runs the behaviour harness and prints its table (rules held per case).
//   npm run eval                          scripted replies, fake Bedrock, real SDK (what the suite runs)
//   npm run eval -- --case "two"          only cases whose name contains the text
//   npm run eval -- --model NAME          opt-in: the same candidate answers against a real model from
//                                         your mockview store (uses its credentials; costs tokens);
//                                         refused when CI is set
//   --data-dir DIR                        the store to read the model from (default: as mockview)
//   MOCKVIEW_EVAL_MODEL=NAME              the same as --model
import { createBedrockProvider } from '../../src/providers/bedrock.js';
import type { Provider } from '../../src/providers/types.js';
import { openStore } from '../../src/store/index.js';
import { graderEval } from '../grader/gold.js';
import { startFakeBedrock } from '../fake-bedrock/server.js';
import { CASES } from './cases.js';
import { formatTable, runCase, type CaseResult, type Target } from './run.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  const only = arg('--case');
  const modelName = arg('--model') ?? process.env.MOCKVIEW_EVAL_MODEL;
  const cases = CASES.filter((c) => !only || c.name.includes(only));
  let target: Target;
  let realGrader: Provider | undefined;
  let close = async (): Promise<void> => {};
  if (modelName) {
    if (process.env.CI) {
      process.stderr.write('eval: --model talks to a real model and is never run in CI (CI is set).\n');
      return 2;
    }
    const store = openStore({ dataDir: arg('--data-dir') });
    const config = store.getModel(modelName);
    if (!config) {
      process.stderr.write(`eval: --model: no model named '${modelName}' in ${store.paths.dir}\n`);
      return 2;
    }
    if (config.provider !== 'bedrock') {
      process.stderr.write(`eval: --model: '${modelName}' is not a Bedrock model\n`);
      return 2;
    }
    process.stderr.write(`Running ${cases.length} cases against ${config.name} (${config.modelId} · ${config.region}); this sends real requests.\n`);
    target = { kind: 'real', config };
    realGrader = createBedrockProvider(config);
  } else {
    const fake = await startFakeBedrock();
    target = { kind: 'fake', fake };
    close = () => fake.close();
  }
  const results: CaseResult[] = [];
  try {
    for (const c of cases) results.push(await runCase(c, target));
  } finally {
    await close();
  }
  process.stdout.write(`Interviewer rules\n\n${formatTable(results)}\n`);
  // The grader's gold set (its deterministic parts, or the real grader with --model): evidence coverage, invented quotes.
  const grader = only ? undefined : await graderEval(realGrader);
  if (grader) process.stdout.write(`\nGrader gold set\n\n${grader.table}\n`);
  return results.every((r) => r.held) && (grader?.held ?? true) ? 0 : 1;
}

process.exitCode = await main();
