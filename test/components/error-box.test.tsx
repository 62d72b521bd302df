import { cleanup, render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorBox } from '../../src/components/ErrorBox.js';

afterEach(() => cleanup());

describe('ErrorBox', () => {
  it('shows title, fix and where the details are, marked with ✗', () => {
    const { lastFrame } = render(
      <ErrorBox
        title="Model access not granted"
        errorClass="model-access-denied"
        fix={'Open the Bedrock console → Model access and request access.\nThen test again.'}
      />,
    );
    const frame = lastFrame()!;
    expect(frame).toContain('✗ Model access not granted  (model-access-denied)');
    expect(frame).toContain('Fix: Open the Bedrock console → Model access and request access.');
    expect(frame).toContain('│      Then test again.');
    expect(frame).toContain('Details: mockview logs');
    expect(frame).toMatch(/^╭/);
  });

  it('fits in 80 columns, wrapping a long fix inside the border', () => {
    const fix = 'Ask your administrator to attach a policy that allows bedrock:InvokeModelWithResponseStream on this model in this region, then try again.';
    const { lastFrame } = render(<ErrorBox title="Not allowed by IAM" fix={fix} logHint="Full error in Logs (entry 12)." />);
    const lines = lastFrame()!.split('\n');
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    expect(lines.every((l) => /^[│╭╰]/.test(l))).toBe(true);
    expect(lastFrame()).toContain('Full error in Logs (entry 12).');
    // Continuation rows of the fix line up under its text.
    expect(lines[2]).toMatch(/^│ Fix: Ask your administrator/);
    expect(lines[3]).toMatch(/^│ {6}\S/);
    expect(lastFrame()).not.toContain('mockview logs');
  });
});
