// Damaged files of every kind × the commands that read them: only what depends on the damaged file
// stops (with its message and where it is), everything else works, and nothing is overwritten.
// Logging never stands between the user and the real error: with logs.json damaged, a remote error is
// still explained.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeBedrock, type FakeBedrock } from '../fake-bedrock/server.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

type Kind = 'config' | 'logs' | 'questions' | 'session';
const FILE: Record<Kind, string> = { config: 'config.json', logs: 'logs.json', questions: 'questions.json', session: 'sessions/s1.json' };
const DAMAGE: Record<string, (kind: Kind) => string> = {
  'not JSON': () => '{"version": 1, "models": [',
  'the wrong shape': (kind) => JSON.stringify(kind === 'session' ? { version: 1, id: 's1', turns: 'none' } : { version: 1, models: 'x', settings: 3, entries: 'x', questions: 'x' }),
  'a newer version': () => JSON.stringify({ version: 99 }),
  'empty': () => '',
};

/** The commands, and which file each depends on. */
const COMMANDS: { args: string[]; needs: Kind[] }[] = [
  { args: ['models', 'list'], needs: ['config'] },
  { args: ['logs'], needs: ['logs'] },
  { args: ['questions', 'list'], needs: ['questions'] },
  { args: ['sessions', 'list'], needs: [] },
];

/** Every kind of file with the two usual damages; the rarer ones on the file that matters most. */
const CASES: [Kind, string][] = [
  ...(['config', 'logs', 'questions', 'session'] as Kind[]).flatMap((k): [Kind, string][] => [
    [k, 'not JSON'],
    [k, 'the wrong shape'],
  ]),
  ['config', 'a newer version'],
  ['config', 'empty'],
  ['logs', 'empty'],
];

describe('damaged files', () => {
  it.each(CASES)('%s with %s: only what depends on it stops, nothing is overwritten', async (kind, damage) => {
    const dataDir = tempDir();
    fs.mkdirSync(path.join(dataDir, 'sessions'), { recursive: true });
    const file = path.join(dataDir, FILE[kind]);
    const bytes = DAMAGE[damage]!(kind);
    fs.writeFileSync(file, bytes);
    const commands = COMMANDS;
    const runs = await Promise.all(commands.map((c) => runCli(c.args, { dataDir })));
    runs.forEach((res, i) => {
      const { args, needs } = commands[i]!;
      const label = `${args.join(' ')} with ${kind} ${damage}`;
      expect(res.stderr, label).not.toMatch(/unexpected error|\n\s+at /);
      if (needs.includes(kind)) {
        expect(res.code, label).toBe(1);
        expect(res.stderr, label).toContain(file);
      } else {
        expect(res.code, `${label}: ${res.stderr}`).toBe(0);
      }
    });
    if (kind === 'session') expect(runs.find((_, i) => commands[i]!.args[0] === 'sessions')!.stdout).toMatch(/^s1\s.*damaged/m);
    expect(fs.readFileSync(file, 'utf8'), 'the damaged file is kept as it was').toBe(bytes);
  });
});

describe('a damaged logs.json never hides the real error', () => {
  let fake: FakeBedrock;
  beforeAll(async () => {
    fake = await startFakeBedrock();
  });
  afterAll(() => fake.close());

  it('ask, models test and interview show the classified remote error and say it was not logged', async () => {
    const dataDir = tempDir();
    const env = { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: fake.url };
    const add = await runCli(['models', 'add', '--name', 'M', '--model-id', 'anthropic.claude-haiku-4-5-20251001-v1:0', '--api-key', 'ABSKQmVkcm9ja0FQSUtleS1kYW1hZ2VkLTEyMzQ1Njc4OTA'], { dataDir, env });
    expect(add.code).toBe(0);
    fs.writeFileSync(path.join(dataDir, 'logs.json'), 'garbage');
    fake.setScenario({ kind: 'httpError', error: 'quota' });
    const answers = path.join(dataDir, 'a.txt');
    fs.writeFileSync(answers, 'x');
    const runs = await Promise.all([
      runCli(['ask', 'hi'], { dataDir, env }),
      runCli(['models', 'test', 'M'], { dataDir, env }),
      runCli(['interview', '--role', 'SRE', '--answers', answers], { dataDir, env }),
    ]);
    for (const res of runs) {
      expect(res.code).toBe(1);
      expect(res.stderr).toMatch(/✗ Your Bedrock quota is used up/);
      expect(res.stderr).toMatch(/details: not logged \(.*logs\.json: not valid JSON/);
    }
    expect(fs.readFileSync(path.join(dataDir, 'logs.json'), 'utf8')).toBe('garbage');
    // A reply with no questions in it is normally kept in the log; without a log the message still shows.
    fake.setScenario({ kind: 'normal', text: 'Sorry, I cannot help with that.' });
    const generated = await runCli(['questions', 'generate', '--role', 'SRE', '--count', '2'], { dataDir, env });
    expect(generated.code).toBe(1);
    expect(generated.stderr).toMatch(/✗ the model's reply had no questions I could read/);
    expect(generated.stderr).toMatch(/details: not logged \(.*logs\.json/);
  });
});
