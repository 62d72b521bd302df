// How a subcommand ends badly: a CliExit carries the exit code (SPEC §2: 1 runtime/remote failure,
// 2 bad usage or invalid input) and the lines to print on stderr. cli.tsx prints and exits.

export class CliExit extends Error {
  override readonly name = 'CliExit';
  constructor(
    readonly code: 1 | 2,
    readonly lines: string[],
  ) {
    super(lines.join('\n'));
  }
}

/** Bad usage or input: exit 2, one line per problem. */
export const usageError = (...lines: string[]): CliExit => new CliExit(2, lines);
