// The fake itself, at the wire: what a raw HTTP/1.1 or HTTP/2 client sees must look like Bedrock
// (event-stream frames, camelCase exception frames, x-amzn-errortype errors), and it must run as its
// own process for e2e tests. Also: using the real client prints nothing by itself.
import { EventStreamCodec } from '@smithy/eventstream-codec';
import { execFile, spawn } from 'node:child_process';
import { build } from 'esbuild';
import http from 'node:http';
import http2 from 'node:http2';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamConverse } from '../../src/bedrock/client.js';
import { ProviderError } from '../../src/models/provider-error.js';
import { parseScenario, scenarios, startFakeBedrock, type FakeBedrock } from '../fake-bedrock/server.js';
import { fakeBedrockScript, NODE_BUNDLE, ROOT } from '../helpers/build-tools.js';
import { testConfig } from '../helpers/config.js';

const codec = new EventStreamCodec(
  (b) => Buffer.from(b).toString('utf8'),
  (t) => new Uint8Array(Buffer.from(t, 'utf8')),
);

/** Splits an event-stream body into decoded frames (each frame starts with its total length). */
function frames(body: Buffer): { headers: Record<string, unknown>; payload: Record<string, unknown> }[] {
  const out = [];
  for (let at = 0; at < body.length; ) {
    const len = body.readUInt32BE(at);
    const msg = codec.decode(new Uint8Array(body.subarray(at, at + len)));
    const headers = Object.fromEntries(Object.entries(msg.headers).map(([k, v]) => [k, v.value]));
    out.push({ headers, payload: JSON.parse(Buffer.from(msg.body).toString('utf8')) as Record<string, unknown> });
    at += len;
  }
  return out;
}

function h1(url: string, body = '{}'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function h2(base: string, path: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const session = http2.connect(base);
    session.on('error', reject);
    const req = session.request({ ':method': 'POST', ':path': path, 'content-type': 'application/json' });
    let status = 0;
    const chunks: Buffer[] = [];
    req.on('response', (h) => (status = Number(h[':status'])));
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      session.close();
      resolve({ status, body: Buffer.concat(chunks) });
    });
    req.on('error', reject);
    req.end('{"messages":[]}');
  });
}

let fake: FakeBedrock;
beforeAll(async () => {
  fake = await startFakeBedrock();
});
afterAll(() => fake.close());

describe('wire format', () => {
  it('HTTP/1.1: an event stream of padded frames, ending in usage and metrics', async () => {
    fake.setScenario(scenarios.normal('one two three', { deltas: 3 }));
    const res = await h1(`${fake.url}/model/anthropic.claude-3-5-haiku-20241022-v1%3A0/converse-stream`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.amazon.eventstream');
    expect(res.headers['x-amzn-requestid']).toBeTruthy();
    const fs = frames(res.body);
    expect(fs.map((f) => f.headers[':event-type'])).toEqual([
      'messageStart', 'contentBlockDelta', 'contentBlockDelta', 'contentBlockDelta', 'contentBlockStop', 'messageStop', 'metadata',
    ]);
    for (const f of fs) {
      expect(f.headers[':message-type']).toBe('event');
      expect(f.headers[':content-type']).toBe('application/json');
      expect(typeof f.payload.p).toBe('string');
    }
    expect(fs.at(-1)?.payload.usage).toMatchObject({ outputTokens: 3 });
    expect(fake.requests.at(-1)).toMatchObject({ httpVersion: '1.1', modelId: 'anthropic.claude-3-5-haiku-20241022-v1:0', body: {} });
  });

  it('HTTP/1.1: errors carry x-amzn-errortype and a JSON message', async () => {
    fake.setScenario(scenarios.httpError('iamDenied'));
    const res = await h1(`${fake.url}/model/amazon.nova-pro-v1%3A0/converse-stream`);
    expect(res.status).toBe(403);
    expect(res.headers['x-amzn-errortype']).toBe('AccessDeniedException:http://internal.amazon.com/coral/com.amazon.bedrock/');
    expect(JSON.parse(res.body.toString()).message).toMatch(/is not authorized to perform: bedrock:InvokeModelWithResponseStream/);
  });

  it('HTTP/2 cleartext: a mid-stream exception frame with a camelCase type', async () => {
    fake.setScenario(scenarios.midStreamModelError(1));
    const res = await h2(fake.url, '/model/amazon.nova-pro-v1%3A0/converse-stream');
    const last = frames(res.body).at(-1);
    expect(last?.headers).toMatchObject({ ':message-type': 'exception', ':exception-type': 'modelStreamErrorException' });
    expect(fake.requests.at(-1)?.httpVersion).toBe('2.0');
  });

  it('replays the recorded live capture byte for byte', async () => {
    fake.setScenario(scenarios.replayFixture('live-converse-stream-ok'));
    const res = await h1(`${fake.url}/model/x/converse-stream`);
    const texts = frames(res.body).flatMap((f) => ((f.payload.delta as { text?: string } | undefined)?.text ?? []));
    expect(texts.join('')).toBe('OK.');
  });

  it('refuses a missing fixture with a clear message', () => {
    expect(() => fake.setScenario(scenarios.replayFixture('no-such-capture'))).toThrow(/no recorded fixture 'no-such-capture'.*known: .*live-converse-stream-ok/);
  });

  it('parses scenario names from the command line', () => {
    expect(parseScenario('access-denied')).toEqual({ kind: 'httpError', error: 'accessDenied' });
    expect(parseScenario('long:2000:100')).toEqual({ kind: 'long', tokens: 2000, tokensPerSecond: 100 });
    expect(parseScenario('mid-stream-throttling')).toMatchObject({ kind: 'exception', exception: 'throttlingException' });
    expect(parseScenario('fail-times:2:service-unavailable')).toMatchObject({ kind: 'failTimes', times: 2, error: 'serviceUnavailable' });
    expect(parseScenario('slow-first-token:1500', 'Hi')).toMatchObject({ kind: 'normal', firstTokenDelayMs: 1500, text: 'Hi' });
    expect(() => parseScenario('nonsense')).toThrow(/unknown scenario/);
  });
});

/** The environment of a child process without our own suppression flag (set in this process). */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  delete env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED;
  delete env.NODE_OPTIONS;
  return env;
}

describe('as processes', () => {
  it('serveFromEnv prints its URL and serves the scenario from the environment', async () => {
    const script = await fakeBedrockScript();
    const child = spawn(process.execPath, [script], {
      env: childEnv({ FAKE_BEDROCK_PORT: '0', FAKE_BEDROCK_SCENARIO: 'access-denied' }),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /FAKE_BEDROCK_URL=(\S+)/.exec(out);
          if (m?.[1]) resolve(m[1]);
        });
        child.on('exit', () => reject(new Error(`fake exited early: ${out}`)));
      });
      let error: unknown;
      try {
        for await (const _ of streamConverse({ config: testConfig({ endpoint: url }), request: { messages: [{ role: 'user', text: 'Hi' }] } })) {
          // nothing arrives
        }
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ProviderError);
      expect((error as ProviderError).errorClass).toBe('model-access-denied');
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('importing and using the SDK client prints nothing by itself (no Node-version warning)', async () => {
    const out = path.join(ROOT, 'node_modules/.cache/mockview/quiet-client.mjs');
    await build({
      stdin: {
        contents: `
          import { streamConverse, resetClients } from './src/bedrock/client.ts';
          import { startFakeBedrock } from './test/fake-bedrock/server.ts';
          import { testConfig } from './test/helpers/config.ts';
          const fake = await startFakeBedrock();
          let text = '';
          for await (const e of streamConverse({ config: testConfig({ endpoint: fake.url }), request: { messages: [{ role: 'user', text: 'Hi' }] } })) {
            if (e.type === 'text') text += e.text;
          }
          resetClients();
          await fake.close();
          process.stdout.write(JSON.stringify({ text }));
        `,
        resolveDir: ROOT,
        sourcefile: 'quiet-client.ts',
        loader: 'ts',
      },
      outfile: out,
      ...NODE_BUNDLE,
      define: { MOCKVIEW_VERSION: '"test"' },
    });
    const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
      execFile(process.execPath, [out], { env: childEnv(), cwd: ROOT }, (err, stdout, stderr) =>
        err ? reject(err) : resolve({ stdout, stderr }),
      );
    });
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual({ text: 'Hello! I am ready to interview you. Tell me about yourself.' });
  });
});
