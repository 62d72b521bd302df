// Commander's usage errors echo what was typed: a key pasted in the wrong place, or a control
// sequence, must not reach the terminal as it is.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const KEY = 'ABSKQmVkcm9ja0FQSUtleS11c2FnZS10ZXN0LTEyMzQ1Njc4OTA=';

describe('usage errors', () => {
  it('mask a Bedrock API key echoed back and neutralise escape sequences', async () => {
    const dataDir = tempDir();
    const extra = await runCli(['models', 'list', KEY], { dataDir });
    expect(extra.code).toBe(2);
    expect(extra.stderr).toMatch(/redacted API key/);
    expect(extra.stderr).not.toContain(KEY);
    const hostile = await runCli(['models', 'list', '\u001b]0;pwned\u0007\u001b[2J'], { dataDir });
    expect(hostile.code).toBe(2);
    expect(hostile.stderr).not.toMatch(/\u001b/);
  });
});
