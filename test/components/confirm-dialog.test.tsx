import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfirmDialog } from '../../src/components/ConfirmDialog.js';
import { ESC, pressKey } from './press.js';

afterEach(() => cleanup());

async function answer(key: string, defaultYes = false): Promise<{ answers: boolean[]; frame: string }> {
  const answers: boolean[] = [];
  const r = render(<ConfirmDialog question="Delete model 'Claude'?" onAnswer={(y) => answers.push(y)} defaultYes={defaultYes} />);
  // Esc is answered only after Ink's lone-Esc delay: wait for the answer it gives.
  await pressKey(r, key, key === ESC ? () => answers.length > 0 : undefined);
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
