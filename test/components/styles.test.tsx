import { describe, expect, it } from 'vitest';
import { stylesShown } from '../../src/components/styles.js';

describe('stylesShown', () => {
  it.each<[string, NodeJS.ProcessEnv, string[], boolean, boolean]>([
    ['a plain TTY', {}, [], true, true],
    ['NO_COLOR', { NO_COLOR: '1' }, [], true, false],
    ['an empty NO_COLOR is ignored (no-color.org)', { NO_COLOR: '' }, [], true, true],
    ['--no-color', {}, ['node', 'mockview', '--no-color'], true, false],
    ['FORCE_COLOR=0', { FORCE_COLOR: '0' }, [], true, false],
    ['FORCE_COLOR on a pipe', { FORCE_COLOR: '1' }, [], false, true],
    ['TERM=dumb', { TERM: 'dumb' }, [], true, false],
    ['a pipe', {}, [], false, false],
  ])('%s', (_name, env, argv, isTTY, expected) => {
    expect(stylesShown(env, argv, isTTY)).toBe(expected);
  });
});
