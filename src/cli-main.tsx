// The CLI proper: parse argv, run a subcommand or open the full-screen app. Nothing else lives here
// (src/cli.tsx is the entry, which loads this).
import { captureWarnings } from './cli/context.js';
import { CliExit } from './cli/errors.js';
import { fullScreenArgs, openFullScreen } from './cli/interactive.js';
import { redactSecrets } from './store/redact.js';
import { StoreError } from './store/types.js';
import { safeText } from './terminal/safe-text.js';
import { t } from './i18n/index.js';

/** Error lines carry server and store text: one guard before stderr, and no credential a server echoed. */
const errLine = (line: string): void => void process.stderr.write(`${safeText(redactSecrets(line))}\n`);

/**
 * `mockview logs | head -1`: the reader has what it wanted and closed the pipe. That is not a failure
 * of ours: stop quietly with exit 0 (stderr closing likewise ends the run without a stack trace).
 */
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') process.exit(0);
      throw e;
    });
  }
}

async function main(): Promise<void> {
  captureWarnings();
  quietOnClosedPipe();
  try {
    const app = fullScreenArgs(process.argv.slice(2));
    if (app) {
      process.exitCode = await openFullScreen(app);
    } else {
      // Commander and every subcommand's modules, only when a subcommand (or help…) was asked for.
      const { runProgram } = await import('./cli/program.js');
      await runProgram(process.argv);
    }
  } catch (e) {
    if (e instanceof CliExit) {
      // Explanations (✗ title, indented fix) print as they are; one-line problems get our prefix.
      for (const line of e.lines) errLine(/^[✗ ]/.test(line) ? line : `mockview: ${line}`);
      process.exitCode = e.code;
    } else if (e instanceof StoreError) {
      errLine(`mockview: ${e.message}`);
      // What the user asked for is wrong (exit 2) or the machine failed us (exit 1).
      process.exitCode = e.code === 'not-found' || e.code === 'exists' || e.code === 'read-only' || e.code === 'invalid' ? 2 : 1;
    } else {
      const message = e instanceof Error ? e.message : String(e);
      errLine(`mockview: ${t('cli.unexpectedError', { message })}`);
      process.exitCode = 1;
    }
  }
}

await main();
