// `mockview interview --answers` and `mockview sessions grade` as real processes, against the fake
// Bedrock playing a scripted interviewer: grading at the end, earlier questions in the prompt, flagged
// turns, running out of answers and continuing.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRADING_TAG } from '../../src/interview/markers.js';
import { scriptedScenario, type ScriptedRequest } from '../fake-bedrock/scripted.js';
import { startFakeBedrock, type FakeBedrock } from '../fake-bedrock/server.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { askedFor, wellBehaved } from '../harness/model.js';

const KEY = 'ABSKQmVkcm9ja0FQSUtleS1jbGktdGVzdA';
let fake: FakeBedrock;
beforeAll(async () => {
  fake = await startFakeBedrock();
});
afterAll(() => fake.close());

const ANSWER = 'I led the migration of our billing jobs to a queue; I wrote the retries and alerts and failures fell from 12 a month to 1.';
const isGrading = (req: ScriptedRequest): boolean => req.system.includes(GRADING_TAG) || /grad/i.test(req.system.slice(0, 400));

async function setup(answerCount: number) {
  const dataDir = tempDir();
  const env = { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: fake.url };
  await runCli(['models', 'add', '--name', 'Claude', '--model-id', 'anthropic.claude-haiku-4-5-20251001-v1:0', '--api-key', KEY], { dataDir, env });
  const answers = path.join(dataDir, 'answers.txt');
  fs.writeFileSync(answers, Array(answerCount).fill(ANSWER).join('\n---\n'));
  return { dataDir, env, answers };
}

function script(override?: (req: ScriptedRequest) => string | undefined) {
  const scenario = scriptedScenario((req) => (isGrading(req) ? 'Not JSON: the candidate did fine.' : (override?.(req) ?? wellBehaved(req))));
  fake.setScenario(scenario);
  return scenario;
}

const interview = (args: string[]) => ['interview', '--model', 'Claude', '--role', 'Backend engineer', '--level', 'senior', ...args];

describe('interview --answers with the driver', () => {
  it('grades at the end and --json includes the feedback; --no-feedback skips it', async () => {
    const { dataDir, env, answers } = await setup(8);
    const graded = script();
    const res = await runCli(interview(['--questions', '2', '--answers', answers, '--json']), { dataDir, env });
    expect(res.code, res.stderr).toBe(0);
    const session = JSON.parse(res.stdout);
    expect(session.status).toBe('finished');
    expect(session.feedback).toBeDefined();
    expect(graded.served.some(isGrading)).toBe(true);
    expect(session.turns.filter((t: { role: string; stage?: string }) => t.role === 'interviewer').map((t: { stage?: string }) => t.stage).slice(-2)).toEqual(['close', 'farewell']);

    const skipped = script();
    const quiet = await runCli(interview(['--questions', '2', '--answers', answers, '--json', '--no-feedback']), { dataDir, env });
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(JSON.parse(quiet.stdout).feedback).toBeUndefined();
    expect(skipped.served.some(isGrading)).toBe(false);
  });

  it("passes earlier sessions' main questions (the question itself, not the self-introduction) to the model", async () => {
    const { dataDir, env, answers } = await setup(8);
    script((req) => (askedFor(req.system).next === 2 ? '[Q2] Thanks, that is clear. Tell me about a time you changed a team process.' : undefined));
    expect((await runCli(interview(['--questions', '3', '--answers', answers, '--no-feedback']), { dataDir, env })).code).toBe(0);
    const second = script();
    expect((await runCli(interview(['--type', 'behavioral', '--questions', '3', '--answers', answers, '--no-feedback']), { dataDir, env })).code).toBe(0);
    const system = second.served[0]!.system;
    const earlier = system.slice(system.indexOf('## Questions asked in earlier sessions'));
    expect(earlier).toContain('1. Tell me about a time you changed a team process.');
    expect(earlier).not.toContain('Thanks, that is clear');
    expect(earlier.split('## Your next message')[0]).not.toMatch(/introduce yourself/i);
  });

  it('shows a turn that kept breaking a rule as flagged, and stores the flag', async () => {
    const { dataDir, env, answers } = await setup(8);
    script((req) => (askedFor(req.system).next === 2 ? '[Q2] What did you do? What was the result?' : undefined));
    const res = await runCli(interview(['--questions', '2', '--answers', answers, '--no-feedback']), { dataDir, env });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('(mockview: rule broken (one-question), asked again)');
    expect(res.stdout).toContain('⚑ flagged: more than one question in one message');
    const list = JSON.parse((await runCli(['sessions', 'list', '--json'], { dataDir })).stdout) as { id: string }[];
    const json = JSON.parse((await runCli(['sessions', 'export', list[0]!.id, '--format', 'json'], { dataDir })).stdout);
    expect(json.turns.find((t: { flags?: string[] }) => t.flags)?.flags).toEqual(['one-question']);
    const md = (await runCli(['sessions', 'export', list[0]!.id], { dataDir })).stdout;
    expect(md).toContain('⚑ *(flagged: more than one question in one message)*');
  });

  it('says when the answers run out, keeps the session resumable, exits 1; --continue finishes it', async () => {
    const { dataDir, env, answers } = await setup(2);
    script();
    const res = await runCli(interview(['--questions', '3', '--answers', answers, '--no-feedback']), { dataDir, env });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/--answers: ran out of answers at question 3 of 3; the session is kept unfinished/);
    const id = /--continue (\S+)/.exec(res.stderr)?.[1];
    expect(id).toBeDefined();
    const list = JSON.parse((await runCli(['sessions', 'list', '--json'], { dataDir })).stdout) as { id: string; status: string }[];
    expect(list[0]).toMatchObject({ id, status: 'in-progress' });
    const more = path.join(dataDir, 'more.txt');
    fs.writeFileSync(more, [ANSWER, 'No questions from me, thanks.'].join('\n---\n'));
    const done = await runCli(['interview', '--continue', id!, '--answers', more, '--no-feedback', '--json'], { dataDir, env });
    expect(done.code, done.stderr).toBe(0);
    expect(JSON.parse(done.stdout).status).toBe('finished');
  });
});

describe('sessions grade', () => {
  it('grades a saved session with the chosen model, and re-grades it', async () => {
    const dataDir = tempDir();
    const answers = path.join(dataDir, 'a.txt');
    fs.writeFileSync(answers, Array(8).fill(ANSWER).join('\n---\n'));
    const run = await runCli(['interview', '--model', 'demo', '--role', 'SRE', '--type', 'behavioral', '--questions', '2', '--answers', answers, '--no-feedback', '--json'], { dataDir, env: { MOCKVIEW_DEMO_PACE: 'instant' } });
    expect(run.code, run.stderr).toBe(0);
    const id = JSON.parse(run.stdout).id as string;
    const graded = await runCli(['sessions', 'grade', id, '--json'], { dataDir });
    expect(graded.code, graded.stderr).toBe(0);
    expect(JSON.parse(graded.stdout).feedback.kind).toBe('checklist');
    const again = await runCli(['sessions', 'grade', id], { dataDir });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/self-check/i);
    const bad = await runCli(['sessions', 'grade', id, '--model', 'ghost'], { dataDir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--model: no model named 'ghost'/);
  });
});
