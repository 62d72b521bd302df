// For every screen of mine: the hint bar is exactly the screen's active bindings (the ones with a
// place in the bar, in order), and every binding the screen lists — in the bar or in `?` help —
// really does something when its key is pressed: the frame changes, or the screen navigates.
// Rendered the way the app is (key-by-key, Ink's own writer, a headless terminal), so a key that
// does nothing is known as soon as it has been taken in.
import { Box } from 'ink';
import { useEffect, useState, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepositories } from '../../src/app/repositories.js';
import { RepositoriesProvider } from '../../src/app/use-repositories.js';
import { barHints, KeyHints, type KeyHint } from '../../src/components/KeyHints.js';
import { NavigationContext, ServicesContext, type Navigation, type Route, type Services } from '../../src/navigation.js';
import { openProvider } from '../../src/providers/index.js';
import { ScreenFor } from '../../src/screens/index.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { keyTakenIn } from '../../src/terminal/key-by-key.js';
import { testConfig } from '../helpers/config.js';
import { mountInTerminal, type TerminalApp } from '../helpers/terminal.js';
import { tempDir } from '../helpers/tmp.js';
import { eventually } from '../components/press.js';

const open = new Set<TerminalApp>();
afterEach(() => {
  for (const app of open) app.unmount();
  open.clear();
});

/** Terminal bytes for a key name of src/keys/bindings.ts. */
const BYTES: Record<string, string> = {
  enter: '\r',
  escape: '\u001b',
  tab: '\t',
  'shift+tab': '\u001b[Z',
  up: '\u001b[A',
  down: '\u001b[B',
  right: '\u001b[C',
  left: '\u001b[D',
  'shift+right': '\u001b[1;2C',
  'shift+left': '\u001b[1;2D',
  pageup: '\u001b[5~',
  pagedown: '\u001b[6~',
  home: '\u001b[H',
  end: '\u001b[F',
  backspace: '\u007f',
  delete: '\u001b[3~',
  space: ' ',
};
const bytesOf = (name: string): string => BYTES[name] ?? (name.startsWith('ctrl+') ? String.fromCharCode(name.charCodeAt(5) - 96) : name);

function seeded(): Store {
  const store = openStore({ dataDir: tempDir() });
  store.addModel(testConfig({ name: 'Claude' }));
  store.addModel(testConfig({ name: 'Nova', modelId: 'amazon.nova-pro-v1:0' }));
  store.appendLog({ level: 'error', kind: 'test', configName: 'Claude', errorClass: 'throttled', message: 'slow down' });
  store.appendLog({ level: 'error', kind: 'chat', configName: 'Nova', errorClass: 'throttled', message: 'again' });
  store.addQuestions([
    { id: 'q1', text: 'Tell me about a conflict.', type: 'behavioural', role: 'SRE', createdAt: '2025-01-01T00:00:00.000Z', source: 'manual' },
    { id: 'q2', text: 'Design a cache.', type: 'system-design', role: 'SRE', createdAt: '2025-01-01T00:00:00.000Z', source: 'manual' },
  ]);
  const at = '2026-03-01T10:00:00.000Z';
  for (const [id, status] of [['s1', 'finished'], ['s2', 'in-progress']] as const) {
    store.saveSession({
      version: 1,
      id,
      createdAt: at,
      updatedAt: at,
      status,
      setup: { type: 'behavioural', role: 'SRE', level: 'mid', questionCount: 1, language: 'English', modelName: 'demo' },
      modelLabel: 'Offline demo',
      turns: [{ role: 'interviewer', text: 'Tell me about yourself.', at, questionNumber: 1 }],
    });
  }
  return store;
}

/** One screen with a recording shell: the hints it registers, where it navigates. */
function renderScreen(route: Route) {
  const store = seeded();
  const log = { hints: [] as KeyHint[], moves: 0 };
  const repositories = createRepositories(store);
  const services: Services = { store, repositories, env: {}, now: () => Date.now(), openProvider: (c, purpose) => openProvider(c, { store, purpose, env: {} }) };
  function Shell(): ReactNode {
    const [hints, setHints] = useState<KeyHint[]>([]);
    const moved = (): void => void log.moves++;
    const nav: Navigation = {
      route,
      go: moved,
      replace: moved,
      back: moved,
      quit: moved,
      setHints: (h) => {
        log.hints = h;
        setHints(h);
      },
      setTyping: () => {},
    };
    // As the app does: after every commit, key-by-key may hand over the next key.
    useEffect(keyTakenIn);
    return (
      <ServicesContext.Provider value={services}>
        <RepositoriesProvider repositories={repositories}>
          <NavigationContext.Provider value={nav}>
            <Box flexDirection="column">
              <ScreenFor route={route} />
              <KeyHints hints={hints} width={400} />
            </Box>
          </NavigationContext.Provider>
        </RepositoriesProvider>
      </ServicesContext.Provider>
    );
  }
  // Wide and tall enough that the bar (400 columns) and the whole screen above it fit.
  const r = mountInTerminal(<Shell />, { columns: 400, rows: 40 });
  open.add(r);
  /** The frame as drawn: the rows down to the bar, the last row drawn. */
  const lastFrame = (): string => {
    const rows = r.screen();
    while (rows.length > 0 && rows.at(-1) === '') rows.pop();
    return rows.join('\n');
  };
  return { ...r, lastFrame, log, store };
}

/** The screen has registered its hints and the bar shows them. */
async function settled(app: ReturnType<typeof renderScreen>): Promise<void> {
  await eventually(() => {
    expect(app.log.hints.length).toBeGreaterThan(0);
    expect(app.lastFrame()!.split('\n').at(-1)).toBe(barHints(app.log.hints).map((h) => `${h.keys} ${h.action}`).join(' · '));
  });
}

/** Whether pressing `name` on a fresh screen changes the frame or navigates. */
async function doesSomething(route: Route, prepare: string[], name: string): Promise<boolean> {
  const app = renderScreen(route);
  await settled(app);
  for (const key of prepare) {
    const hintsBefore = app.log.hints;
    app.stdin.write(key);
    await eventually(() => expect(app.log.hints).not.toBe(hintsBefore));
    await settled(app);
  }
  const before = app.lastFrame();
  const moves = app.log.moves;
  // Taken in: key-by-key has handed it over, the screen has handled it and its frame is drawn.
  await app.press(bytesOf(name));
  try {
    return app.lastFrame() !== before || app.log.moves !== moves;
  } finally {
    app.unmount();
  }
}

const SCREENS: { name: string; route: Route; prepare?: string[] }[] = [
  { name: 'home', route: { screen: 'home' } },
  { name: 'models', route: { screen: 'models' } },
  { name: 'provider', route: { screen: 'provider' } },
  { name: 'model form (name field)', route: { screen: 'model-form', mode: 'add' } },
  { name: 'model form (auth)', route: { screen: 'model-form', mode: 'add' }, prepare: ['\t'] },
  { name: 'settings', route: { screen: 'settings' } },
  { name: 'logs', route: { screen: 'logs' } },
  { name: 'history', route: { screen: 'history' } },
  { name: 'question bank', route: { screen: 'questions' } },
  { name: 'interview setup', route: { screen: 'interview-setup' } },
];

describe('key bindings per screen', () => {
  it.each(SCREENS)('$name: the bar shows exactly its active bindings, and each listed binding does something', async ({ route, prepare = [] }) => {
    const app = renderScreen(route);
    await eventually(() => expect(app.log.hints.length).toBeGreaterThan(0));
    for (const key of prepare) app.stdin.write(key);
    const bar = (): string => app.lastFrame()!.split('\n').at(-1)!;
    const expected = (): string => barHints(app.log.hints).map((h) => `${h.keys} ${h.action}`).join(' · ');
    await eventually(() => expect(bar()).toBe(expected()));
    const hints = app.log.hints;
    app.unmount();
    for (const hint of hints) {
      const names = hint.on ?? [];
      if (names.length === 0) continue; // typing into a field: covered by the field's own tests
      let worked = false;
      for (const name of names) {
        if (await doesSomething(route, prepare, name)) {
          worked = true;
          break;
        }
      }
      expect(worked, `${hint.keys} (${hint.action}) did nothing`).toBe(true);
    }
  });
});
