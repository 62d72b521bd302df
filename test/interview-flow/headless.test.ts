// The whole interview as a real process: headless runs against the fake Bedrock and the offline
// demo, and a kill -9 in the middle of a streaming reply.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeBedrock, type FakeBedrock } from '../fake-bedrock/server.js';
import { CLI } from '../helpers/build-tools.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const KEY = 'ABSKQmVkcm9ja0FQSUtleS1pbnRlcnZpZXctdGVzdA';
let fake: FakeBedrock;
beforeAll(async () => {
  fake = await startFakeBedrock();
});
afterAll(() => fake.close());

const ANSWERS = [
  'I lead the payments platform team and have eight years of backend experience in Go and Postgres.',
  '我们把账本迁移到事件溯源，把对账时间从三天缩短到四个小时。',
  'I would add idempotency keys, a dead-letter queue and alerts on the retry rate, then load test it.',
].join('\n---\n');

async function withBedrockModel() {
  const dataDir = tempDir();
  const env = { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: fake.url };
  await runCli(['models', 'add', '--name', 'Claude', '--model-id', 'anthropic.claude-haiku-4-5-20251001-v1:0', '--api-key', KEY], { dataDir, env });
  const answers = path.join(dataDir, 'answers.txt');
  fs.writeFileSync(answers, ANSWERS);
  return { dataDir, env, answers };
}

describe('mockview interview --answers', () => {
  it('runs a whole interview against Bedrock with no terminal, streaming questions and saving the session', async () => {
    const { dataDir, env, answers } = await withBedrockModel();
    let n = 0;
    fake.setScenario(() => {
      n++;
      return n === 1
        ? { kind: 'normal', text: '[Q1] Tell me about yourself and your current team.' }
        : n === 2
          ? { kind: 'normal', text: '[Q2] 你们是如何把对账时间缩短的？' }
          : n === 3
            ? { kind: 'normal', text: '[Q3] How would you make the payout worker safe to retry?' }
            : { kind: 'normal', text: '[End] Thank you, that is all from me.' };
    });
    const res = await runCli(['interview', '--model', 'Claude', '--role', 'Backend engineer', '--level', 'senior', '--questions', '3', '--answers', answers], { dataDir, env });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('Interviewer: Tell me about yourself and your current team.');
    expect(res.stdout).not.toContain('[Q1]');
    expect(res.stdout).toContain('你们是如何把对账时间缩短的？');
    expect(res.stdout).toContain('## Transcript');
    // The system prompt carries the setup; each request carries the conversation so far.
    const last = fake.requests.at(-1)?.body as { system: { text: string }[]; messages: { role: string }[] };
    expect(last.system[0]?.text).toContain('Backend engineer');
    expect(last.messages.at(-1)?.role).toBe('user');

    const list = JSON.parse((await runCli(['sessions', 'list', '--json'], { dataDir })).stdout) as { id: string; status: string; questionsAsked: number }[];
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ status: 'finished', questionsAsked: 3 });
    const json = JSON.parse((await runCli(['sessions', 'export', list[0]!.id, '--format', 'json'], { dataDir })).stdout);
    const candidate = json.turns.filter((t: { role: string }) => t.role === 'candidate');
    expect(candidate).toHaveLength(3);
    expect(candidate[1].timing.words).toBeGreaterThan(10); // CJK characters count as words
    expect(JSON.stringify(json)).not.toContain(KEY);
  });

  it('runs offline on the demo', async () => {
    const dataDir = tempDir();
    const answers = path.join(dataDir, 'a.txt');
    fs.writeFileSync(answers, [ANSWERS, ANSWERS, ANSWERS].join('\n---\n'));
    const res = await runCli(['interview', '--model', 'demo', '--role', 'SRE', '--type', 'system-design', '--questions', '2', '--answers', answers, '--json'], {
      dataDir,
      env: { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: 'http://127.0.0.1:9', MOCKVIEW_DEMO_PACE: 'instant' },
      timeoutMs: 30_000,
    });
    expect(res.code, res.stderr).toBe(0);
    const session = JSON.parse(res.stdout);
    expect(session.setup).toMatchObject({ type: 'system-design', role: 'SRE', modelName: 'demo' });
    expect(session.turns.filter((t: { role: string }) => t.role === 'interviewer').length).toBeGreaterThanOrEqual(4);
    expect(session.status).toBe('finished');
    expect(session.feedback.kind).toBe('checklist');
  });

  it.each([
    [['--role', 'x', '--type', 'quiz'], /--type: 'quiz' is not one of behavioural/],
    [['--role', 'x', '--questions', '50'], /--questions: '50' is not a whole number from 1 to 20/],
    [['--type', 'technical'], /--role: required/],
    [['--role', 'x', '--jd', '/nonexistent/jd.txt'], /--jd: cannot read \/nonexistent\/jd\.txt \(no such file\)/],
    [['--role', 'x', '--model', 'ghost'], /--model: no model named 'ghost'/],
  ])('refuses %o with exit 2', async (args, message) => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, 'a.txt'), 'answer');
    const res = await runCli(['interview', ...args, '--answers', path.join(dataDir, 'a.txt')], { dataDir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(message);
  });

  it('needs --answers without a terminal', async () => {
    const res = await runCli(['interview', '--role', 'x'], { dataDir: tempDir() });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('--answers: required without a terminal');
  });
});

describe('a killed interview', () => {
  it('keeps its completed turns and the partial reply after kill -9 mid-stream', async () => {
    const { dataDir, env, answers } = await withBedrockModel();
    let n = 0;
    fake.setScenario(() => (++n === 1 ? { kind: 'normal', text: '[Q1] Tell me about yourself.' } : { kind: 'long', tokens: 2000, tokensPerSecond: 60 }));
    const child = spawn(process.execPath, [CLI, 'interview', '--model', 'Claude', '--role', 'SRE', '--answers', answers], {
      env: { ...process.env, MOCKVIEW_HOME: dataDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    // Wait until the second reply has streamed for more than one save interval.
    await new Promise<void>((resolve, reject) => {
      const check = (): void => {
        if ((stdout.match(/answer/g) ?? []).length < 120) return;
        clearTimeout(timer);
        child.stdout.off('data', check);
        resolve();
      };
      // Bounds the wait: a reply that never streams that far fails here, it does not go on.
      const timer = setTimeout(() => {
        child.stdout.off('data', check);
        child.kill('SIGKILL');
        reject(new Error(`the second reply never streamed 120 words:\n${stdout.slice(-500)}`));
      }, 15_000);
      child.stdout.on('data', check);
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));

    const list = JSON.parse((await runCli(['sessions', 'list', '--json'], { dataDir })).stdout) as { id: string; status: string }[];
    expect(list).toHaveLength(1);
    expect(list[0]?.status).toBe('in-progress');
    const session = JSON.parse(fs.readFileSync(path.join(dataDir, 'sessions', `${list[0]!.id}.json`), 'utf8'));
    const [q1, a1, partial] = session.turns;
    expect(q1.text).toBe('Tell me about yourself.');
    expect(a1.role).toBe('candidate');
    expect(partial.streaming).toBe(true);
    expect(partial.text.length).toBeGreaterThan(100);
    // Lost at most the last couple of seconds: what was saved is most of what had been printed.
    const printedWords = (stdout.split('Interviewer: ').at(-1) ?? '').split(/\s+/).length;
    expect(partial.text.split(/\s+/).length).toBeGreaterThan(printedWords - 2 * 60 - 20);

    // Reading it back marks the reply as cut, and the transcript says so.
    const md = (await runCli(['sessions', 'export', list[0]!.id], { dataDir })).stdout;
    expect(md).toMatch(/cut/i);
  });
});
