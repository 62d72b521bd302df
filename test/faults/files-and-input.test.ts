// Files that are not files, secrets on standard input, and the small items of issue 13: each a real
// process, each with the one-line message the user would see.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument, readDocumentAsync, readStdinText } from '../../src/documents.js';
import { Readable } from 'node:stream';
import { CLI } from '../helpers/build-tools.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { savedSession } from './support.js';

const HAIKU = 'anthropic.claude-haiku-4-5-20251001-v1:0';
const canMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

function fifo(dir: string): string {
  const file = path.join(dir, 'pipe');
  spawnSync('mkfifo', [file]);
  return file;
}

describe('files that are not files', () => {
  const cases: [string, (dir: string) => string, RegExp][] = [
    ['/dev/zero', () => '/dev/zero', /is a device, not a regular file/],
    ['a folder', (dir) => dir, /is a folder, not a regular file/],
    ['a file over 1 MB', (dir) => {
      const f = path.join(dir, 'big.txt');
      fs.writeFileSync(f, 'x'.repeat(1024 * 1024 + 1));
      return f;
    }, /larger than 1 MB/],
    ['a binary file', (dir) => {
      const f = path.join(dir, 'bin');
      fs.writeFileSync(f, Buffer.from([0x41, 0, 0x42]));
      return f;
    }, /is not a text file/],
  ];
  if (canMkfifo) cases.push(['a FIFO', fifo, /is a pipe \(FIFO\), not a regular file/]);

  it.each(cases)('refuses %s for --jd, --resume and --answers with one line naming the flag', async (_name, make, why) => {
    const dataDir = tempDir();
    const target = make(dataDir);
    const answers = path.join(dataDir, 'answers.txt');
    fs.writeFileSync(answers, 'An answer.');
    const runs = await Promise.all([
      runCli(['interview', '--model', 'demo', '--role', 'SRE', '--jd', target, '--answers', answers], { dataDir, timeoutMs: 8_000 }),
      runCli(['interview', '--model', 'demo', '--role', 'SRE', '--resume', target, '--answers', answers], { dataDir, timeoutMs: 8_000 }),
      runCli(['interview', '--model', 'demo', '--role', 'SRE', '--answers', target], { dataDir, timeoutMs: 8_000 }),
      runCli(['questions', 'generate', '--model', 'demo', '--role', 'SRE', '--jd', target], { dataDir, timeoutMs: 8_000 }),
    ]);
    const flags = ['--jd', '--resume', '--answers', '--jd'];
    runs.forEach((res, i) => {
      expect(res.code).toBe(2);
      expect(res.stderr).toMatch(new RegExp(`^mockview: ${flags[i]}: .*`, 'm'));
      expect(res.stderr).toMatch(why);
      expect(res.stderr.trim().split('\n')).toHaveLength(1);
    });
  });

  it('reads a normal file, and the async reader gives up on a deadline', async () => {
    const dir = tempDir();
    const f = path.join(dir, 'jd.txt');
    fs.writeFileSync(f, '\uFEFFBackend engineer, Go and Postgres.');
    expect(readDocument('--jd', f)).toEqual({ ok: true, text: 'Backend engineer, Go and Postgres.', path: f });
    expect(await readDocumentAsync('--jd', f)).toEqual({ ok: true, text: 'Backend engineer, Go and Postgres.', path: f });
    expect(readDocument('--jd', path.join(dir, 'none'))).toEqual({ ok: false, error: `--jd: cannot read ${path.join(dir, 'none')} (no such file)` });
    const empty = path.join(dir, 'empty');
    fs.writeFileSync(empty, '  \n');
    expect(readDocument('--jd', empty)).toMatchObject({ ok: false, error: expect.stringMatching(/is empty/) });
  });

  it.skipIf(!canMkfifo)('gives up on a read that hangs (a stuck network mount), and the event loop stays free', async () => {
    const dir = tempDir();
    const f = path.join(dir, 'jd.txt');
    fs.writeFileSync(f, 'Backend engineer.');
    // A stuck filesystem, simulated: every libuv worker thread blocked in read() on a FIFO nobody writes.
    const pipe = fifo(dir);
    const fd = fs.openSync(pipe, fs.constants.O_RDWR);
    const workers = Number(process.env.UV_THREADPOOL_SIZE ?? 4) * 2;
    const stuck = Array.from({ length: workers }, () => new Promise((r) => fs.read(fd, Buffer.alloc(1), 0, 1, null, r)));
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const result = await readDocumentAsync('--jd', f, { timeoutMs: 300 });
    clearInterval(ticker);
    expect(result).toEqual({ ok: false, error: `--jd: ${f} did not finish reading within 0.3 s` });
    expect(ticks).toBeGreaterThan(5);
    fs.writeSync(fd, 'x'.repeat(workers));
    await Promise.all(stuck);
    fs.closeSync(fd);
  });

  it('caps standard input at 1 MB instead of filling memory', async () => {
    const endless = new Readable({ read() { this.push(Buffer.alloc(64 * 1024, 0x61)); } });
    expect(await readStdinText('--answers', { stdin: endless })).toEqual({ ok: false, error: '--answers: standard input is larger than 1 MB' });
  });

  it('SIGTERM and Ctrl+C end a run that waits on standard input at once', async () => {
    const dataDir = tempDir();
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const child = spawn(process.execPath, [CLI, 'interview', '--model', 'demo', '--role', 'SRE', '--answers', '-'], {
        env: { ...process.env, MOCKVIEW_HOME: dataDir, NO_COLOR: '1' },
        stdio: ['pipe', 'ignore', 'ignore'],
      });
      // The run is reading standard input once it drains a write larger than the pipe holds (64 KB);
      // the input never ends, so it is then blocked reading it.
      await new Promise<void>((resolve) => {
        if (child.stdin!.write('a'.repeat(256 * 1024))) resolve();
        else child.stdin!.once('drain', () => resolve());
      });
      const sent = Date.now();
      child.kill(signal);
      const code = await new Promise<number | null>((resolve) => child.on('exit', (c, s) => resolve(c ?? (s ? 128 : null))));
      expect(code).not.toBe(0);
      expect(Date.now() - sent).toBeLessThan(3_000);
    }
  });
});

describe('secrets on standard input', () => {
  it.each(['--api-key', '--secret-access-key', '--session-token'])('%s - reads exactly one line', async (flag) => {
    const dataDir = tempDir();
    const auth =
      flag === '--api-key'
        ? ['--api-key', '-']
        : flag === '--secret-access-key'
          ? ['--access-key-id', 'AKIAIOSFODNN7EXAMPLE', '--secret-access-key', '-']
          : ['--access-key-id', 'AKIAIOSFODNN7EXAMPLE', '--secret-access-key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', '--session-token', '-'];
    const args = ['models', 'add', '--name', 'M', '--model-id', HAIKU, ...auth];
    const two = await runCli(args, { dataDir, input: 'firstSecretLine123\nsecond\n' });
    expect(two.code).toBe(2);
    expect(two.stderr).toContain(`${flag}: standard input held more than one line`);
    expect(two.stderr).not.toContain('firstSecretLine123');
    const one = await runCli(args, { dataDir, input: 'ABSKoneSecretLine1234567890\r\n' });
    expect(one.code, one.stderr).toBe(0);
    const stored = JSON.parse(fs.readFileSync(path.join(dataDir, 'config.json'), 'utf8')) as { models: { auth: Record<string, string> }[] };
    const field = flag === '--api-key' ? 'apiKey' : flag === '--secret-access-key' ? 'secretAccessKey' : 'sessionToken';
    expect(stored.models[0]!.auth[field]).toBe('ABSKoneSecretLine1234567890');
    // Never echoed, masked or not.
    expect(one.stdout + one.stderr).not.toContain('oneSecretLine');
    const listed = await runCli(['models', 'list', '--json'], { dataDir });
    expect(listed.stdout).not.toContain('ABSKoneSecretLine1234567890');
    expect(listed.stdout).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });

  it('refuses - on two secret flags (there is one standard input)', async () => {
    const res = await runCli(['models', 'add', '--name', 'M', '--model-id', HAIKU, '--access-key-id', 'AKIAIOSFODNN7EXAMPLE', '--secret-access-key', '-', '--session-token', '-'], { dataDir: tempDir(), input: 'a\n' });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/--secret-access-key and --session-token: only one secret can be read from standard input/);
  });
});

describe('the smaller items', () => {
  it('--questions takes digits only (0x3, 1e1 and 3.0 are refused)', async () => {
    const dataDir = tempDir();
    const answers = path.join(dataDir, 'a.txt');
    fs.writeFileSync(answers, 'x');
    const runs = await Promise.all(['0x3', '1e1', '3.0', ' 3'].map((n) => runCli(['interview', '--model', 'demo', '--role', 'SRE', '--questions', n, '--answers', answers], { dataDir })));
    for (const res of runs) {
      expect(res.code).toBe(2);
      expect(res.stderr).toMatch(/--questions: '.*' is not a whole number from 1 to 20/);
    }
  });

  it('an existing 0644 export file becomes 0600', async () => {
    const dataDir = tempDir();
    const id = savedSession(dataDir);
    const out = path.join(dataDir, 'export.md');
    fs.writeFileSync(out, 'old', { mode: 0o644 });
    fs.chmodSync(out, 0o644);
    const res = await runCli(['sessions', 'export', id, '--output', out], { dataDir });
    expect(res.code, res.stderr).toBe(0);
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(out, 'utf8')).toContain('Backend engineer');
  });

  it('a damaged session is listed as damaged, in the table and in --json', async () => {
    const dataDir = tempDir();
    fs.mkdirSync(path.join(dataDir, 'sessions'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'sessions', 'broken.json'), '{"version":1,');
    const table = await runCli(['sessions', 'list'], { dataDir });
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^broken\s.*damaged/m);
    expect(table.stdout).toMatch(/damaged: .*broken\.json: not valid JSON/);
    const json = JSON.parse((await runCli(['sessions', 'list', '--json'], { dataDir })).stdout) as { id: string; status: string }[];
    expect(json).toMatchObject([{ id: 'broken', status: 'damaged' }]);
  });

  it('orphan temp files of a killed writer are removed; a live writer’s are left alone', async () => {
    const dataDir = tempDir();
    fs.mkdirSync(path.join(dataDir, 'sessions'), { recursive: true });
    const dead = 2 ** 22 + 11;
    const orphans = [path.join(dataDir, `.config.json.${dead}.0badc0de.tmp`), path.join(dataDir, 'sessions', `.s1.json.${dead}.0badc0de.tmp`)];
    const live = path.join(dataDir, `.logs.json.${process.pid}.12345678.tmp`);
    for (const f of [...orphans, live]) fs.writeFileSync(f, '{');
    const res = await runCli(['sessions', 'list'], { dataDir });
    expect(res.code).toBe(0);
    for (const f of orphans) expect(fs.existsSync(f), f).toBe(false);
    expect(fs.existsSync(live)).toBe(true);
  });

  it.each(['logs', 'questions list'])('`mockview %s | head` exits 0 quietly', async (command) => {
    const args = command.split(' ');
    const dataDir = tempDir();
    // Plenty of rows, so the reader closes the pipe while we still write.
    const logs = { version: 1, entries: Array.from({ length: 400 }, (_, i) => ({ id: `e${i}`, at: new Date().toISOString(), level: 'info', kind: 'store', message: `entry ${i} ${'x'.repeat(200)}` })) };
    fs.writeFileSync(path.join(dataDir, 'logs.json'), JSON.stringify(logs));
    const questions = { version: 1, questions: Array.from({ length: 400 }, (_, i) => ({ id: `q${i}`, text: `Question ${i} ${'y'.repeat(200)}`, type: 'behavioural', role: 'SRE', createdAt: new Date().toISOString(), source: 'manual' })) };
    fs.writeFileSync(path.join(dataDir, 'questions.json'), JSON.stringify(questions));
    const bash = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" ${args.join(' ')} | head -c 10 >/dev/null; echo "exit=\${PIPESTATUS[0]}"`], {
      env: { ...process.env, MOCKVIEW_HOME: dataDir, NO_COLOR: '1' },
      encoding: 'utf8',
    });
    expect(bash.stderr).toBe('');
    expect(bash.stdout.trim()).toBe('exit=0');
  });
});
