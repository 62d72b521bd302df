import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_QUESTIONS } from '../../src/interview/question-bank.js';
import type { BankQuestion } from '../../src/store/schema.js';
import { startFakeBedrock, type FakeBedrock } from '../fake-bedrock/server.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const KEY = 'ABSKQmVkcm9ja0FQSUtleS1xdWVzdGlvbnMtdGVzdC0xMjM0NTY3ODkw';
const OFFLINE = { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: 'http://127.0.0.1:9' };
let fake: FakeBedrock;
beforeAll(async () => {
  fake = await startFakeBedrock();
});
afterAll(() => fake.close());

async function withModel() {
  const dataDir = tempDir();
  const env = { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: fake.url };
  const res = await runCli(['models', 'add', '--name', 'Haiku', '--model-id', 'anthropic.claude-haiku-4-5-20251001-v1:0', '--api-key', KEY], { dataDir, env });
  expect(res.code).toBe(0);
  return { dataDir, env };
}

const listJson = async (dataDir: string, ...args: string[]): Promise<BankQuestion[]> => {
  const res = await runCli(['questions', 'list', '--json', ...args], { dataDir });
  expect(res.code).toBe(0);
  return JSON.parse(res.stdout) as BankQuestion[];
};

const EXPECTED = [
  'How would you make a payment API idempotent?',
  'Tell me about a time you cut the latency of a service in half.',
  'What trade-offs do you weigh when choosing between SQL and NoSQL storage?',
];

describe('mockview questions generate', () => {
  it.each([
    ['a numbered list', `Here are 3 questions for the role:\n\n1. ${EXPECTED[0]}\n2. ${EXPECTED[1]}\n3. ${EXPECTED[2]}\n\nGood luck!`],
    ['a bulleted list', `## Technical questions\n- ${EXPECTED[0]}\n- ${EXPECTED[1]}\n* ${EXPECTED[2]}`],
    ['a JSON array', JSON.stringify(EXPECTED)],
  ])('reads %s from the model, stores the questions and prints them numbered', async (_kind, text) => {
    fake.setScenario({ kind: 'normal', text });
    const { dataDir, env } = await withModel();
    const res = await runCli(['questions', 'generate', '--model', 'Haiku', '--role', 'Backend engineer', '--type', 'technical', '--level', 'senior', '--count', '3'], { dataDir, env });
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(EXPECTED.map((q, i) => ` ${i + 1}. ${q}\n`).join(''));
    // The reply streams to stderr as progress; stdout stays the clean list.
    expect(res.stderr).toContain("Asking 'Haiku' for 3 technical questions for Backend engineer");
    expect(res.stderr).toContain(EXPECTED[1]);
    expect(res.stderr).toContain('Saved 3 questions to the bank');

    const body = fake.requests.at(-1)?.body as { system: { text: string }[]; messages: { content: { text: string }[] }[] };
    expect(body.system[0]?.text).toContain('Write exactly 3 technical questions');
    expect(body.messages[0]?.content[0]?.text).toContain('Role: Backend engineer (senior)');

    const stored = await listJson(dataDir);
    expect(stored.map((q) => q.text)).toEqual(EXPECTED);
    for (const q of stored) {
      expect(q).toMatchObject({ type: 'technical', role: 'Backend engineer', source: 'Haiku' });
      expect(q.id).toMatch(/^[0-9a-f]{8}$/);
    }
  });

  it('sends the job description and the bank as questions not to repeat, and skips repeats', async () => {
    const { dataDir, env } = await withModel();
    const jd = path.join(dataDir, 'jd.txt');
    fs.writeFileSync(jd, 'We build payment rails in Go and Postgres.');
    fake.setScenario({ kind: 'normal', text: JSON.stringify(EXPECTED.slice(0, 2)) });
    expect((await runCli(['questions', 'generate', '--model', 'Haiku', '--role', 'Backend engineer', '--count', '2'], { dataDir, env })).code).toBe(0);
    fake.setScenario({ kind: 'normal', text: JSON.stringify(EXPECTED) });
    const res = await runCli(['questions', 'generate', '--model', 'Haiku', '--role', 'Backend engineer', '--jd', jd, '--json'], { dataDir, env });
    expect(res.code).toBe(0);
    expect(res.stderr).toBe('');
    const added = JSON.parse(res.stdout) as BankQuestion[];
    expect(added.map((q) => q.text)).toEqual([EXPECTED[2]]);
    const user = (fake.requests.at(-1)?.body as { messages: { content: { text: string }[] }[] }).messages[0]?.content[0]?.text ?? '';
    expect(user).toContain('We build payment rails in Go and Postgres.');
    expect(user).toContain(`- ${EXPECTED[0]}`);
    expect(await listJson(dataDir)).toHaveLength(3);
  });

  it('exits 1 when the reply holds no questions, and keeps the raw reply in the log', async () => {
    fake.setScenario({ kind: 'normal', text: 'I would rather not write interview questions today.' });
    const { dataDir, env } = await withModel();
    const res = await runCli(['questions', 'generate', '--model', 'Haiku', '--role', 'Backend engineer'], { dataDir, env });
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain("✗ the model's reply had no questions I could read");
    const logs = JSON.parse((await runCli(['logs', '--json'], { dataDir })).stdout) as { kind: string; message: string; details?: { message?: string } }[];
    const entry = logs.find((l) => l.kind === 'questions');
    expect(entry?.details?.message).toBe('I would rather not write interview questions today.');
    expect(await listJson(dataDir)).toEqual([]);
  });

  it('explains a Bedrock failure with its fix and exits 1', async () => {
    fake.setScenario({ kind: 'httpError', error: 'accessDenied' });
    const { dataDir, env } = await withModel();
    const res = await runCli(['questions', 'generate', '--model', 'Haiku', '--role', 'SRE'], { dataDir, env });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/✗ .*access/i);
    expect(res.stderr).toMatch(/fix: .*Model access/);
    expect(res.stderr).toMatch(/details: mockview logs \(entry [0-9a-f]+\)/);
    expect(res.stderr).not.toContain(KEY.slice(6));
  });

  it('works offline with the demo, the default model when --model is left out', async () => {
    const dataDir = tempDir();
    const res = await runCli(['questions', 'generate', '--role', 'Support lead', '--count', '3'], { dataDir, env: OFFLINE });
    expect(res.code).toBe(0);
    expect(res.stderr).toContain('offline demo cannot write new questions');
    const lines = res.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    const stored = await listJson(dataDir);
    expect(stored).toHaveLength(3);
    for (const q of stored) {
      expect(DEMO_QUESTIONS.behavioural).toContain(q.text);
      expect(q).toMatchObject({ type: 'behavioural', role: 'Support lead', source: 'demo' });
    }
  });

  it.concurrent.each([
    [['--count', '0'], /--count: '0' is not a whole number from 1 to 30/],
    [['--count', '31'], /--count: '31'/],
    [['--count', 'ten'], /--count: 'ten'/],
    [['--type', 'chatty'], /--type: 'chatty' is not one of behavioural/],
    [['--level', 'wizard'], /--level: 'wizard'/],
    [['--role', ' '], /--role: required/],
    [['--jd', '/no/such/jd.txt'], /--jd: cannot read \/no\/such\/jd\.txt \(no such file\)/],
    [['--model', 'ghost'], /--model: no model named 'ghost'/],
  ])('exits 2 naming the flag for %j', async (flags, message) => {
    const args = ['questions', 'generate', ...(flags.includes('--role') ? [] : ['--role', 'Backend engineer']), ...flags];
    const res = await runCli(args, { dataDir: tempDir(), env: OFFLINE });
    expect(res.code).toBe(2);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(message);
    expect(res.stdout).toBe('');
  });
});

describe('mockview questions list and remove', () => {
  it('lists the bank as JSON or a table, filtered by type and role, and removes by id', async () => {
    const dataDir = tempDir();
    expect((await runCli(['questions', 'list'], { dataDir })).stdout).toContain('The question bank is empty');
    expect((await runCli(['questions', 'generate', '--role', 'Backend engineer', '--type', 'system-design', '--count', '2', '--json'], { dataDir, env: OFFLINE })).code).toBe(0);
    expect((await runCli(['questions', 'generate', '--role', 'Designer', '--count', '1'], { dataDir, env: OFFLINE })).code).toBe(0);

    const all = await listJson(dataDir);
    expect(all).toHaveLength(3);
    expect((await listJson(dataDir, '--type', 'system-design')).map((q) => q.role)).toEqual(['Backend engineer', 'Backend engineer']);
    expect((await listJson(dataDir, '--role', 'design'))).toHaveLength(1);
    const table = await runCli(['questions', 'list'], { dataDir });
    expect(table.stdout).toMatch(/^ID\s+TYPE\s+ROLE\s+SOURCE\s+QUESTION/);
    expect(table.stdout).toMatch(/[0-9a-f]{8}\s+system-design\s+Backend engineer\s+demo\s+Design /);
    const bad = await runCli(['questions', 'list', '--type', 'chatty'], { dataDir });
    expect(bad.code).toBe(2);

    const gone = all[0]!;
    const removed = await runCli(['questions', 'remove', gone.id], { dataDir });
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain(`Removed ${gone.id}: ${gone.text}`);
    expect((await listJson(dataDir)).map((q) => q.id)).not.toContain(gone.id);
    const again = await runCli(['questions', 'remove', gone.id], { dataDir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`no question with id '${gone.id}'`);
  });
});

describe('mockview questions add', () => {
  it('adds your own question, from the argument or standard input, and refuses a repeat or an empty one', async () => {
    const dataDir = tempDir();
    const added = await runCli(['questions', 'add', 'What did you learn from your last outage?', '--type', 'technical', '--role', 'SRE', '--json'], { dataDir });
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ text: 'What did you learn from your last outage?', type: 'technical', role: 'SRE', source: 'manual' });
    const piped = await runCli(['questions', 'add', '-'], { dataDir, input: 'Why this company?\n' });
    expect(piped.code).toBe(0);
    expect(piped.stdout).toMatch(/^Added [0-9a-f]+: Why this company\?/);
    expect((await listJson(dataDir)).map((q) => q.text)).toEqual(['What did you learn from your last outage?', 'Why this company?']);

    for (const [args, message] of [
      [['What did you learn from your last outage?'], /QUESTION: that question is already in the bank/],
      [['  '], /QUESTION: the question is empty/],
      [['Fine?', '--type', 'chatty'], /--type: 'chatty' is not one of behavioural/],
    ] as const) {
      const res = await runCli(['questions', 'add', ...args], { dataDir });
      expect(res.code).toBe(2);
      expect(res.stderr.trim().split('\n')).toHaveLength(1);
      expect(res.stderr).toMatch(message);
    }
    expect(await listJson(dataDir)).toHaveLength(2);
  });
});
