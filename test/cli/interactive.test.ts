import { describe, expect, it } from 'vitest';
import { preferLiveTerminal } from '../../src/cli/interactive.js';

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
