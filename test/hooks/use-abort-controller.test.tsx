import { Text } from 'ink';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { useAbortController, type AbortHandle } from '../../src/hooks/useAbortController.js';

afterEach(() => cleanup());

function setup() {
  const handles: AbortHandle[] = [];
  function Harness({ n }: { n: number }) {
    handles.push(useAbortController());
    return <Text>{n}</Text>;
  }
  const r = render(<Harness n={0} />);
  return { ...r, handles, rerender: (n: number) => r.rerender(<Harness n={n} />) };
}

describe('useAbortController', () => {
  it('aborts the previous operation when a new one starts', () => {
    const s = setup();
    const first = s.handles[0]!.start();
    const second = s.handles[0]!.start();
    expect(first.aborted).toBe(true);
    expect(second.aborted).toBe(false);
    expect(s.handles[0]!.current()).toBe(second);
    s.handles[0]!.abort();
    expect(second.aborted).toBe(true);
    expect(s.handles[0]!.current()).toBeUndefined();
  });

  it('aborts on unmount and keeps the same handle across renders', () => {
    const s = setup();
    const signal = s.handles[0]!.start();
    s.rerender(1);
    expect(s.handles[1]).toBe(s.handles[0]);
    expect(signal.aborted).toBe(false);
    s.unmount();
    expect(signal.aborted).toBe(true);
  });
});
