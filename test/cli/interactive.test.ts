import { describe, expect, it } from 'vitest';
import { fullScreenArgs, preferLiveTerminal } from '../../src/cli/interactive.js';

describe('the full-screen app on a terminal', () => {
  it('drops the CI flags that would make Ink paint only on exit', () => {
    const env: NodeJS.ProcessEnv = { CI: 'true', CONTINUOUS_INTEGRATION: '1', HOME: '/h' };
    preferLiveTerminal(env, true);
    expect(env).toEqual({ HOME: '/h' });
  });

  it('leaves the environment alone off a terminal', () => {
    const env: NodeJS.ProcessEnv = { CI: 'true' };
    preferLiveTerminal(env, false);
    expect(env).toEqual({ CI: 'true' });
  });
});

describe('the no-subcommand start-up path', () => {
  it('takes only the app\'s own options, with what commander would have given', () => {
    expect(fullScreenArgs([])).toEqual({ color: true });
    expect(fullScreenArgs(['--no-color'])).toEqual({ color: false });
    expect(fullScreenArgs(['--data-dir', '/d'])).toEqual({ dataDir: '/d', color: true });
    expect(fullScreenArgs(['--data-dir=/d', '--no-color'])).toEqual({ dataDir: '/d', color: false });
  });

  it('hands everything else to commander: help, version, subcommands, odd or missing values', () => {
    for (const args of [
      ['--help'], ['-h'], ['-v'], ['--version'], ['models', 'list'], ['--no-color', 'ask', 'hi'],
      ['--data-dir'], ['--data-dir', '--no-color'], ['--data-dir='], ['--data-dir', 'a', '--data-dir', 'b'],
      ['--colour'], ['--'], ['extra'],
    ]) {
      expect(fullScreenArgs(args), args.join(' ')).toBeUndefined();
    }
  });
});
