// The lock's waiting policy, the redaction of echoed AWS credentials, and orphan temp files.
import fs from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { describe, expect, it } from 'vitest';
import { removeOrphanTemps } from '../../src/store/json-file.js';
import { lockStats, STALE_LOCK_MS, IDLE_TIMEOUT_MS, UPDATE_MS, withLock, withLockAsync } from '../../src/store/lock.js';
import { redactSecrets } from '../../src/store/redact.js';
import { StoreError } from '../../src/store/types.js';
import { tempDir } from './support.js';

describe('lock timing', () => {
  it('counts a lock as stale well before a waiter would give up', () => {
    expect(STALE_LOCK_MS).toBeLessThan(IDLE_TIMEOUT_MS / 2);
    expect(UPDATE_MS).toBeLessThanOrEqual(STALE_LOCK_MS / 2);
  });

  it('takes over a lock whose holder stopped refreshing it (a killed process)', async () => {
    const file = path.join(tempDir(), 'config.json');
    fs.mkdirSync(`${file}.lock`);
    const old = new Date(Date.now() - STALE_LOCK_MS - 500);
    fs.utimesSync(`${file}.lock`, old, old);
    const start = Date.now();
    expect(withLock(file, () => 'mine')).toBe('mine');
    expect(Date.now() - start).toBeLessThan(1_000);
  });

  it('keeps waiting while the lock changes hands (load), past the idle limit, and reports progress', async () => {
    const file = path.join(tempDir(), 'config.json');
    const lock = `${file}.lock`;
    // Other writers getting through one after another: the lock is handed over every 250 ms for 1.6 s.
    fs.mkdirSync(lock);
    const churn = setInterval(() => {
      fs.rmdirSync(lock);
      fs.mkdirSync(lock);
    }, 250);
    setTimeout(() => {
      clearInterval(churn);
      fs.rmdirSync(lock);
    }, 1_600);
    const progress: number[] = [];
    const start = Date.now();
    // An idle limit shorter than the churn: only the handovers keep this waiter in the queue.
    const got = await withLockAsync(file, () => 'through', { idleTimeoutMs: 600, onWait: (p) => progress.push(p.handovers) });
    expect(got).toBe('through');
    expect(Date.now() - start).toBeGreaterThan(1_000);
    expect(progress.at(-1)).toBeGreaterThanOrEqual(3);
    expect(lockStats.waits).toBeGreaterThan(0);
  });

  it('gives up with `locked` when one live holder keeps it past the idle limit', async () => {
    const file = path.join(tempDir(), 'config.json');
    const release = await lockfile.lock(file, { realpath: false, stale: 2000, update: 1000 });
    const reports: number[] = [];
    const error = await withLockAsync(file, () => 0, { idleTimeoutMs: 1_300, onWait: (p) => reports.push(p.waitedMs) }).catch((e: unknown) => e);
    await release();
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).message).toMatch(/another mockview has held it for over 1 s; try again/);
    expect(reports.length).toBeGreaterThanOrEqual(1);
  });
});

describe('redactSecrets', () => {
  it('masks an echoed SigV4 Authorization header: access key id kept 4+4, signature gone', () => {
    const header =
      'Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261130/us-east-1/bedrock/aws4_request, SignedHeaders=host;x-amz-date, Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024';
    const out = redactSecrets(header);
    expect(out).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(out).toContain('AKIA…MPLE');
    expect(out).not.toContain('fe5f80f77d5fa3be');
    expect(out).toContain('Signature=[redacted]');
  });

  it('masks a key id of any prefix after Credential=, session tokens and secret keys in dumps', () => {
    expect(redactSecrets('Credential=TESTKEYID1234/20261130/us-east-1/bedrock/aws4_request')).toContain('Credential=TEST…1234/');
    expect(redactSecrets('X-Amz-Security-Token: IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJIMEYCIQ')).not.toContain('IQoJb3JpZ2lu');
    const dump = 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, sessionToken: abc123token';
    expect(redactSecrets(dump)).not.toMatch(/wJalrXUtnFEMI|abc123token/);
  });
});

describe('orphan temp files', () => {
  it('removes temps of dead writers only', () => {
    const dir = tempDir();
    const dead = path.join(dir, `.config.json.${2 ** 22 + 3}.deadbeef.tmp`);
    const mine = path.join(dir, `.config.json.${process.pid}.deadbeef.tmp`);
    const other = path.join(dir, 'config.json.corrupt-2026');
    for (const f of [dead, mine, other]) fs.writeFileSync(f, 'x');
    expect(removeOrphanTemps(dir)).toBe(1);
    expect(fs.existsSync(dead)).toBe(false);
    expect(fs.existsSync(mine)).toBe(true);
    expect(fs.existsSync(other)).toBe(true);
  });
});
