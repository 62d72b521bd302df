// The kill -9 durability run (issue 13), repeatable: `npm run build && node bench/durability.mjs [kills] [writers]`.
//
// 1. `kills` times: a headless interview streams a long reply from the fake Bedrock while two other
//    processes write the store (models add, questions add); at a random moment the interview is killed
//    with SIGKILL, and every other round one of the writers too. After each round every file must still
//    parse, every write that reported success must be there, and the saved part of the reply is compared
//    with what had reached stdout (lost bytes, and the seconds of streaming they represent).
// 2. `writers` processes add a question each, all at once: how many fail, how long the lock waits were.
// Prints the figures and writes them to bench/durability.json. Nothing here is a test (see test/faults).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFake } from './fake.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CLI = path.join(HERE, '..', 'dist', 'cli.js');
const KILLS = Number(process.argv[2] ?? 50);
const WRITERS = Number(process.argv[3] ?? 48);
const TOKENS_PER_SECOND = 100;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mockview-durability-'));
const fake = await startFake(`long:4000:${TOKENS_PER_SECOND}`);
const env = { ...process.env, MOCKVIEW_HOME: dataDir, NO_COLOR: '1', AWS_ENDPOINT_URL_BEDROCK_RUNTIME: fake.url };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Runs the CLI; resolves with its code, output and the lock waits it reported. */
function cli(args, { onStdout } = {}) {
  const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const started = Date.now();
  child.stdout.on('data', (d) => {
    stdout += d;
    onStdout?.(stdout);
  });
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      const waits = [...stderr.matchAll(/waiting for .* \((\d+) s;/g)].map((m) => Number(m[1]));
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started, waits });
    }),
  );
  return { child, done };
}

const parses = (file) => {
  try {
    JSON.parse(fs.readFileSync(file, 'utf8'));
    return true;
  } catch (e) {
    return e.code === 'ENOENT';
  }
};

const must = async (args) => {
  const res = await cli(args).done;
  if (res.code !== 0) throw new Error(`mockview ${args.join(' ')} failed: ${res.stderr}`);
  return res;
};

await must(['models', 'add', '--name', 'B', '--model-id', 'anthropic.claude-haiku-4-5-20251001-v1:0', '--api-key', 'ABSKQmVkcm9ja0FQSUtleS1kdXJhYmlsaXR5LTEyMzQ1Njc4OTA']);
const answers = path.join(dataDir, 'answers.txt');
fs.writeFileSync(answers, 'An answer.\n');

const figures = {
  kills: 0,
  writerKills: 0,
  corruptFiles: 0,
  lostSessions: 0,
  writesReportedOk: 0,
  writesLost: 0,
  orphanTempsSeen: 0,
  orphanTempsLeft: 0,
  lostBytesMax: 0,
  lostSecondsMax: 0,
  lostBytesTotal: 0,
  lockWaitsSeen: 0,
  lockWaitLongestS: 0,
};
const okModels = [];
const okQuestions = [];
const sessionsBefore = new Set();

for (let round = 0; round < KILLS; round++) {
  let firstReplyAt = 0;
  const run = cli(['interview', '--role', 'SRE', '--questions', '1', '--answers', answers], {
    onStdout: (text) => {
      if (!firstReplyAt && /Interviewer: \S/.test(text)) firstReplyAt = Date.now();
    },
  });
  const writers = [cli(['models', 'add', '--name', `w${round}`, '--model-id', 'amazon.nova-lite-v1:0', '--profile', 'p']), cli(['questions', 'add', `Durability question ${round}?`])];
  if (round % 2 === 1) {
    await sleep(30 + Math.random() * 120);
    writers[round % 4 === 1 ? 0 : 1].child.kill('SIGKILL');
    figures.writerKills++;
  }
  // Kill somewhere between 0.3 s and 4.5 s into the reply.
  for (let i = 0; i < 200 && !firstReplyAt; i++) await sleep(25);
  await sleep(300 + Math.random() * 4_200);
  run.child.kill('SIGKILL');
  const killed = await run.done;
  figures.kills++;
  const writes = await Promise.all(writers.map((w) => w.done));
  if (writes[0].code === 0) okModels.push(`w${round}`);
  if (writes[1].code === 0) okQuestions.push(`Durability question ${round}?`);
  for (const w of writes) {
    figures.lockWaitsSeen += w.waits.length;
    figures.lockWaitLongestS = Math.max(figures.lockWaitLongestS, ...w.waits, 0);
  }

  // What survived: every file parses; the interrupted session is there with its reply so far.
  const names = fs.readdirSync(dataDir);
  const sessionNames = fs.existsSync(path.join(dataDir, 'sessions')) ? fs.readdirSync(path.join(dataDir, 'sessions')) : [];
  figures.orphanTempsSeen += names.filter((n) => n.endsWith('.tmp')).length + sessionNames.filter((n) => n.endsWith('.tmp')).length;
  for (const f of ['config.json', 'logs.json', 'questions.json']) if (!parses(path.join(dataDir, f))) figures.corruptFiles++;
  const fresh = sessionNames.filter((n) => n.endsWith('.json') && !sessionsBefore.has(n));
  for (const n of sessionNames) sessionsBefore.add(n);
  if (fresh.length !== 1) {
    figures.lostSessions++;
    continue;
  }
  const file = path.join(dataDir, 'sessions', fresh[0]);
  if (!parses(file)) {
    figures.corruptFiles++;
    continue;
  }
  const session = JSON.parse(fs.readFileSync(file, 'utf8'));
  const saved = session.turns.filter((t) => t.role === 'interviewer').at(-1)?.text ?? '';
  const printed = killed.stdout.slice(killed.stdout.indexOf('Interviewer: ') + 'Interviewer: '.length);
  const lost = Math.max(0, Buffer.byteLength(printed) - Buffer.byteLength(saved));
  const streamedMs = firstReplyAt ? Date.now() - firstReplyAt : 0;
  const bytesPerSecond = streamedMs > 0 ? Buffer.byteLength(printed) / (streamedMs / 1000) : 1;
  figures.lostBytesTotal += lost;
  figures.lostBytesMax = Math.max(figures.lostBytesMax, lost);
  figures.lostSecondsMax = Math.max(figures.lostSecondsMax, Number((lost / bytesPerSecond).toFixed(2)));
  process.stderr.write(`\rround ${round + 1}/${KILLS}: lost ${lost} bytes`);
}
process.stderr.write('\n');

// Every write that said it succeeded is there; the store reads cleanly; orphan temps are gone.
const models = JSON.parse((await must(['models', 'list', '--json'])).stdout).map((m) => m.name);
const bank = JSON.parse((await must(['questions', 'list', '--json'])).stdout).map((q) => q.text);
figures.writesReportedOk = okModels.length + okQuestions.length;
figures.writesLost = okModels.filter((n) => !models.includes(n)).length + okQuestions.filter((q) => !bank.includes(q)).length;
const listed = JSON.parse((await must(['sessions', 'list', '--json'])).stdout);
figures.damagedSessions = listed.filter((s) => s.status === 'damaged').length;
await must(['logs', '--json']);
const temps = (dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('.tmp')).length : 0);
figures.orphanTempsLeft = temps(dataDir) + temps(path.join(dataDir, 'sessions'));

// Parallel writers: all at once on one file.
const burst = await Promise.all(Array.from({ length: WRITERS }, (_, i) => cli(['questions', 'add', `Parallel question ${i}?`]).done));
const bankAfter = JSON.parse((await must(['questions', 'list', '--json'])).stdout).map((q) => q.text);
figures.parallelWriters = WRITERS;
figures.parallelFailed = burst.filter((r) => r.code !== 0).length;
figures.parallelLost = burst.filter((r, i) => r.code === 0 && !bankAfter.includes(`Parallel question ${i}?`)).length;
figures.parallelSlowestMs = Math.max(...burst.map((r) => r.ms));
figures.parallelLockWaitLongestS = Math.max(0, ...burst.flatMap((r) => r.waits));
figures.parallelFailures = [...new Set(burst.filter((r) => r.code !== 0).map((r) => r.stderr.trim().split('\n').at(-1)))];

await fake.stop();
fs.rmSync(dataDir, { recursive: true, force: true });
const result = { at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, tokensPerSecond: TOKENS_PER_SECOND, ...figures };
fs.writeFileSync(path.join(HERE, 'durability.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(result);
