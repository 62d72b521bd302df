import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { StatusLine, statusText } from '../../src/components/StatusLine.js';

afterEach(() => cleanup());

describe('StatusLine', () => {
  it('reads like "⠹ streaming · 48 tok/s · first token 0.41 s"', () => {
    const { lastFrame } = render(<StatusLine busy label="streaming" tokensPerSecond={47.6} firstTokenMs={410} />);
    expect(lastFrame()).toMatch(/^[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] streaming · 48 tok\/s · first token 0\.41 s$/);
  });

  it('leaves out what is not known yet and adds extras', () => {
    expect(statusText({ label: 'waiting for the first token', tokensPerSecond: null, extra: ['Esc cancels'] })).toBe(
      'waiting for the first token · Esc cancels',
    );
    const { lastFrame } = render(<StatusLine label="done" firstTokenMs={12_345} />);
    expect(lastFrame()).toBe('done · first token 12.3 s');
  });
});
