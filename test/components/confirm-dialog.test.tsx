import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfirmDialog } from '../../src/components/ConfirmDialog.js';

// A short wait, then a few turns of setImmediate: Ink flushes a lone Esc and React commits there.
const tick = async (): Promise<void> => {
  await new Promise((r) => setTimeout(r, 10));
  for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
};
afterEach(() => cleanup());

async function answer(key: string, defaultYes = false): Promise<{ answers: boolean[]; frame: string }> {
  const answers: boolean[] = [];
  const r = render(<ConfirmDialog question="Delete model 'Claude'?" onAnswer={(y) => answers.push(y)} defaultYes={defaultYes} />);
  r.stdin.write(key);
  await tick();
  return { answers, frame: r.lastFrame()! };
}

describe('ConfirmDialog', () => {
  it('asks with the safe default shown', async () => {
    expect((await answer('z')).frame).toBe("? Delete model 'Claude'? (y/N)");
  });

  it.each([
    ['y', [true]],
    ['Y', [true]],
    ['n', [false]],
    ['\u001b', [false]],
    ['\r', [false]],
    ['z', []],
  ])('answers %j with %j', async (key, expected) => {
    expect((await answer(key)).answers).toEqual(expected);
  });

  it('lets Enter confirm when the default is yes', async () => {
    const r = await answer('\r', true);
    expect(r.answers).toEqual([true]);
    expect(r.frame).toContain('(Y/n)');
  });
});
