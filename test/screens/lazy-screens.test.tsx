// Screens other than Home load on demand (src/screens/index.tsx). A screen opened by a key typed
// ahead, before its code has loaded, must still take the keys typed after that one: they wait for
// it (src/terminal/key-by-key.ts) instead of reaching a screen that is not listening yet.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TerminalApp } from '../helpers/terminal.js';

let app: TerminalApp | undefined;
afterEach(() => app?.unmount());

describe('screens loaded on demand', () => {
  it('Enter Enter and a name typed at once from home reach two screens not loaded yet', async () => {
    // Fresh modules: the setup file's preload is not in these, so no screen but Home is loaded.
    vi.resetModules();
    const { renderInTerminal } = await import('../helpers/terminal.js');
    const { openStore } = await import('../../src/store/index.js');
    const { tempDir } = await import('../helpers/tmp.js');
    app = renderInTerminal({ screen: 'home' }, { store: openStore({ dataDir: tempDir() }) });
    const text = (): string => app!.screen().join('\n');
    await app.waitFor(/Add your first model/, 3000);
    app.burst('\r\rWork Claude');
    await app.waitFor(/Name\s+Work Claude/, 6000);
    expect(text()).toMatch(/Models › Add › Amazon Bedrock/);
    expect(text()).toMatch(/Name\s+Work Claude/);
  });
});
