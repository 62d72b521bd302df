// The model setup screens as a person sees them in an 80×24 terminal (a headless emulator): nothing
// wraps past the edge or scrolls the title away — the picker's rows, the form with the advanced
// panel open (a Claude model with every field), and the connection test's notices.
import { renderInTerminal, type TerminalApp } from '../helpers/terminal.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { startFakeBedrock, scenarios, type FakeBedrock } from '../fake-bedrock/server.js';
import { testConfig } from '../helpers/config.js';
import { KEYS } from '../helpers/ink.js';
import { tempDir } from '../helpers/tmp.js';

let fake: FakeBedrock;
let app: TerminalApp | undefined;
const saved = { runtime: process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME, control: process.env.AWS_ENDPOINT_URL_BEDROCK };
beforeAll(async () => {
  fake = await startFakeBedrock();
  process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME = fake.url;
  process.env.AWS_ENDPOINT_URL_BEDROCK = fake.url;
});
afterEach(() => app?.unmount());
afterAll(async () => {
  if (saved.runtime === undefined) delete process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME;
  else process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME = saved.runtime;
  if (saved.control === undefined) delete process.env.AWS_ENDPOINT_URL_BEDROCK;
  else process.env.AWS_ENDPOINT_URL_BEDROCK = saved.control;
  await fake.close();
});

/** Waits for the frame where `check` holds (frames, not the clock); says what it waited for. */
async function until(check: () => boolean, what: string, ms = 8000): Promise<void> {
  try {
    await app!.waitFor(() => check(), ms);
  } catch {
    throw new Error(`never happened: ${what}\n${app?.screen().join('\n')}`);
  }
}
const shows = (re: RegExp): boolean => re.test(app?.screen().join('\n') ?? '');

function edit(modelId = 'anthropic.claude-sonnet-4-5-20250929-v1:0') {
  const store = openStore({ dataDir: tempDir() });
  store.addModel(testConfig({ name: 'Claude', modelId }));
  app = renderInTerminal({ screen: 'model-form', mode: 'edit', name: 'Claude' }, { store });
  return store;
}

describe('model setup at 80×24', () => {
  it('the form keeps its title on screen with every advanced field, the temperature note and a notice', async () => {
    edit('anthropic.claude-opus-4-1-20250805-v1:0'); // Legacy: a long notice under the buttons
    await until(() => shows(/Edit Claude/), 'the form');
    // To the temperature slider: name, auth, key, region, model, endpoint, advanced, temperature.
    await app!.press(...Array(7).fill(KEYS.tab));
    await until(() => shows(/0–1 for every model through Bedrock's Converse API/), 'the note');
    const screen = app!.screen();
    expect(screen[0]).toContain('Models › Edit Claude › Amazon Bedrock');
    expect(screen.join('\n')).toMatch(/thinking .*1024–31999/);
    expect(screen.join('\n')).toMatch(/deadline s/);
    // The notice is back once the note goes, still with the title on screen.
    await app!.press(KEYS.tab);
    await until(() => shows(/Legacy on Bedrock/), 'the Legacy notice');
    expect(app!.screen()[0]).toContain('Models › Edit Claude › Amazon Bedrock');
  });

  it('the picker: one row per model, the callable id cut with …, max output and Legacy on the same row', async () => {
    edit();
    await until(() => shows(/Edit Claude/), 'the form');
    await app!.press(...Array(4).fill(KEYS.tab), KEYS.enter);
    await until(() => shows(/live · \d{4}/), 'the live list');
    const screen = app!.screen();
    expect(screen[0]).toMatch(/Models › Pick a model · us-east-1 · live/);
    const opus41 = screen.find((l) => l.includes('Claude 4.1 Opus'));
    expect(opus41).toMatch(/us\.anthropic\.claude-opus-4-1-20\S*…? +32000 Legacy$/);
    expect(screen.find((l) => l.includes('Acme New Model'))).toMatch(/acme\.newmodel-v1:0 +\?/);
    for (const l of screen) expect(l.length).toBeLessThanOrEqual(80);
  });

  it('the connection test: thinking and the reply each on their own rows', async () => {
    fake.setScenario(scenarios.reasoning(['Considering a greeting. '], 'Hello there.'));
    edit();
    await until(() => shows(/Edit Claude/), 'the form');
    await app!.press(KEYS.up, KEYS.up, KEYS.enter);
    await until(() => shows(/✓ Connected/), 'the test result');
    const screen = app!.screen().join('\n');
    expect(screen).toMatch(/thinking · Considering a greeting\./);
    expect(screen).toMatch(/^\s+Hello there\.$/m);
    expect(app!.screen()[0]).toContain('Models › Edit Claude › Amazon Bedrock');
    expect(screen).toMatch(/✓ Connected · first token/);
  });
});
