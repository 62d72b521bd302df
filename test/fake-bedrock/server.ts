// A local Bedrock Runtime that speaks the real ConverseStream wire protocol: HTTP/2 cleartext (what
// the SDK's default handler speaks) and HTTP/1.1 on one port, AWS event-stream frames made with
// @smithy/eventstream-codec, camelCase exception frames mid-stream, `x-amzn-errortype` errors, and
// the random `p` padding live Bedrock adds. No vitest here: e2e tests and benches bundle it.
import { EventStreamCodec } from '@smithy/eventstream-codec';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import net from 'node:net';
import path from 'node:path';
import { Duplex } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { DEFAULT_FOUNDATION_MODELS, DEFAULT_INFERENCE_PROFILES, type FakeFoundationModel, type FakeInferenceProfile } from './list-data.js';
import { modelRefusal, serviceModelViolations, validationMessage } from './validate.js';

const codec = new EventStreamCodec(
  (bytes) => Buffer.from(bytes).toString('utf8'),
  (text) => new Uint8Array(Buffer.from(text, 'utf8')),
);

export type HttpErrorName =
  | 'accessDenied'
  | 'iamDenied'
  | 'badCredentials'
  | 'badApiKey'
  | 'modelNotFound'
  | 'throttling'
  | 'quota'
  | 'serviceUnavailable'
  | 'internal'
  | 'validation'
  | 'onDemand'
  | 'marketplace'
  | 'endOfLife'
  | 'legacy'
  | 'operationNotAllowed'
  | 'modelTimeout'
  | 'modelError'
  | 'wrongEndpoint'
  | 'invalidModelId'
  | 'listDenied';

export type ExceptionName =
  | 'throttlingException'
  | 'modelStreamErrorException'
  | 'validationException'
  | 'internalServerException'
  | 'serviceUnavailableException';

export type Scenario =
  /** `stopReason` replaces end_turn (max_tokens, guardrail_intervened, content_filtered, …). */
  | { kind: 'normal'; text?: string; deltas?: number; tokensPerSecond?: number; firstTokenDelayMs?: number; stopReason?: string }
  /**
   * reasoningContent deltas (one every `thinkingMs`) in content block 0, then its signature, then the
   * answer in block 1 — or no answer at all with `text: ''`.
   */
  | { kind: 'reasoning'; thinking: string[]; thinkingMs?: number; text?: string; stopReason?: string }
  /** One small delta every `intervalMs`, `count` times: steady enough for a stall timer, slower than a deadline. */
  | { kind: 'trickle'; intervalMs: number; count: number }
  | { kind: 'long'; tokens: number; tokensPerSecond: number }
  | { kind: 'exception'; exception: ExceptionName; afterDeltas?: number; message?: string }
  | { kind: 'reset'; afterDeltas: number }
  | { kind: 'stall'; afterDeltas: number }
  /** `message` replaces Bedrock's usual text (e.g. to check that echoed secrets are scrubbed). */
  | { kind: 'httpError'; error: HttpErrorName; message?: string }
  /**
   * 400 "on-demand throughput isn't supported" unless the model id is a geo profile id; with
   * `validPrefixes`, other profile ids get "The provided model identifier is invalid."
   */
  | { kind: 'onDemand'; text?: string; validPrefixes?: string[] }
  /**
   * Fails `times` requests with the HTTP error `error` (or behaves like `failWith`), then like `then`
   * (normal by default). Counted per scenario object.
   */
  | { kind: 'failTimes'; times: number; error?: HttpErrorName; failWith?: Scenario; then?: Scenario }
  | { kind: 'fixture'; name: string };

export interface RecordedRequest {
  method: string;
  path: string;
  modelId: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  httpVersion: string;
}

/** Picks the scenario per request, e.g. by model id or by how many requests came before. */
export type ScenarioFn = (req: RecordedRequest) => Scenario;

export interface FakeBedrock {
  url: string;
  port: number;
  requests: RecordedRequest[];
  setScenario(s: Scenario | ScenarioFn): void;
  /** What GET /foundation-models and GET /inference-profiles answer (defaults: list-data.ts). */
  setCatalog(c: { models?: FakeFoundationModel[]; profiles?: FakeInferenceProfile[] }): void;
  /** Makes both list APIs fail with this HTTP error (undefined: answer normally). */
  setListError(error: HttpErrorName | undefined): void;
  close(): Promise<void>;
}

export const DEFAULT_TEXT = 'Hello! I am ready to interview you. Tell me about yourself.';

const HTTP_ERRORS: Record<HttpErrorName, { status: number; type: string; message: (modelId: string) => string }> = {
  accessDenied: { status: 403, type: 'AccessDeniedException', message: () => "You don't have access to the model with the specified model ID." },
  iamDenied: {
    status: 403,
    type: 'AccessDeniedException',
    message: (m) =>
      `User: arn:aws:iam::123456789012:user/mockview is not authorized to perform: bedrock:InvokeModelWithResponseStream on resource: arn:aws:bedrock:us-east-1::foundation-model/${m} because no identity-based policy allows the bedrock:InvokeModelWithResponseStream action`,
  },
  badCredentials: { status: 403, type: 'UnrecognizedClientException', message: () => 'The security token included in the request is invalid.' },
  // What Bedrock answers a bearer request whose API key is wrong, revoked or from another region.
  badApiKey: { status: 403, type: 'AccessDeniedException', message: () => 'Authentication failed: Please make sure your API Key is valid.' },
  modelNotFound: { status: 404, type: 'ResourceNotFoundException', message: () => 'Model not found. Check the model ID and the Region, and try again.' },
  throttling: { status: 429, type: 'ThrottlingException', message: () => 'Too many requests, please wait before trying again.' },
  quota: { status: 429, type: 'ServiceQuotaExceededException', message: () => 'Your request exceeded the quota for tokens per minute. Request a quota increase or retry later.' },
  serviceUnavailable: { status: 503, type: 'ServiceUnavailableException', message: () => 'Bedrock is unable to process your request.' },
  internal: { status: 500, type: 'InternalServerException', message: () => 'The server encountered an internal error.' },
  validation: { status: 400, type: 'ValidationException', message: () => '`temperature` and `top_p` cannot both be specified for this model. Please use only one.' },
  onDemand: {
    status: 400,
    type: 'ValidationException',
    message: (m) =>
      `Invocation of model ID ${m} with on-demand throughput isn’t supported. Retry your request with the ID or ARN of an inference profile that contains this model.`,
  },
  // Quoted from live errors in public threads (issue #12 lists them).
  marketplace: {
    status: 403,
    type: 'AccessDeniedException',
    message: () =>
      'Model access is denied due to IAM user or service role is not authorized to perform the required AWS Marketplace actions (aws-marketplace:ViewSubscriptions, aws-marketplace:Subscribe) to enable access to this model. Refer to the Amazon Bedrock documentation for further details. Your AWS Marketplace subscription for this model cannot be completed at this time. If you recently fixed this issue, try again after 2 minutes.',
  },
  endOfLife: { status: 404, type: 'ResourceNotFoundException', message: () => 'This model version has reached the end of its life. Please refer to the AWS documentation for more details.' },
  legacy: {
    status: 404,
    type: 'ResourceNotFoundException',
    message: () =>
      'Access denied. This Model is marked by provider as Legacy and you have not been actively using the model in the last 30 days. Please upgrade to an active model on Amazon Bedrock',
  },
  operationNotAllowed: { status: 400, type: 'ValidationException', message: () => 'Operation not allowed' },
  modelTimeout: { status: 408, type: 'ModelTimeoutException', message: () => 'Model has timed out in processing the request. Try your request again.' },
  modelError: { status: 424, type: 'ModelErrorException', message: () => 'The model encountered an error processing the request.' },
  // Not Bedrock at all: a web server or proxy with no such path. No x-amzn-errortype (see sendHttpError).
  wrongEndpoint: { status: 404, type: '', message: () => '404 page not found' },
  invalidModelId: { status: 400, type: 'ValidationException', message: () => 'The provided model identifier is invalid.' },
  listDenied: {
    status: 403,
    type: 'AccessDeniedException',
    message: () =>
      'User: arn:aws:iam::123456789012:user/mockview is not authorized to perform: bedrock:ListFoundationModels because no identity-based policy allows the bedrock:ListFoundationModels action',
  },
};

const padding = (): string => randomBytes(8 + Math.floor(Math.random() * 24)).toString('base64url');

function frame(eventType: string, payload: Record<string, unknown>): Uint8Array {
  return codec.encode({
    headers: {
      ':event-type': { type: 'string', value: eventType },
      ':content-type': { type: 'string', value: 'application/json' },
      ':message-type': { type: 'string', value: 'event' },
    },
    body: new Uint8Array(Buffer.from(JSON.stringify({ ...payload, p: padding() }))),
  });
}

function exceptionFrame(exception: ExceptionName, message: string): Uint8Array {
  return codec.encode({
    headers: {
      ':exception-type': { type: 'string', value: exception },
      ':content-type': { type: 'string', value: 'application/json' },
      ':message-type': { type: 'string', value: 'exception' },
    },
    body: new Uint8Array(Buffer.from(JSON.stringify({ message }))),
  });
}

/** Splits text into `n` roughly equal deltas on word boundaries (like tokens). */
export function splitIntoDeltas(text: string, n: number): string[] {
  const words = text.match(/\S+\s*|\s+/g) ?? [text];
  const per = Math.max(1, Math.ceil(words.length / Math.max(1, n)));
  const out: string[] = [];
  for (let i = 0; i < words.length; i += per) out.push(words.slice(i, i + per).join(''));
  return out;
}

function fixturesDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // test/fake-bedrock → project root → ../shared (the workspace's shared folder beside the clone);
  // else the copy in test/fixtures, for a clone without shared/ beside it.
  const candidates = [
    process.env.MOCKVIEW_FIXTURES_DIR,
    path.resolve(here, '../../../shared/fixtures/bedrock'),
    path.resolve(process.cwd(), '../shared/fixtures/bedrock'),
    path.resolve(here, '../fixtures/bedrock'),
    path.resolve(process.cwd(), 'test/fixtures/bedrock'),
  ].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error(`recorded Bedrock fixtures not found (looked in ${candidates.join(', ')})`);
  return found;
}

/** The decoded bytes of `<shared>/fixtures/bedrock/<name>.b64`; throws a clear error when missing. */
export function readFixture(name: string): Buffer {
  const dir = fixturesDir();
  const file = path.join(dir, `${name}.b64`);
  if (!fs.existsSync(file)) {
    const known = fs.readdirSync(dir).filter((f) => f.endsWith('.b64')).map((f) => f.slice(0, -4));
    throw new Error(`fake-bedrock: no recorded fixture '${name}' (${file}); known: ${known.join(', ') || 'none'}`);
  }
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
}

/** Fails now (in the test that sets it) rather than mid-request when a fixture is missing. */
function checkScenario(s: Scenario): void {
  if (s.kind === 'fixture') readFixture(s.name);
  if (s.kind === 'failTimes') {
    if (s.failWith) checkScenario(s.failWith);
    if (s.then) checkScenario(s.then);
  }
}

type Res = http.ServerResponse | http2.Http2ServerResponse;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const GEO_PREFIX = /^(us|eu|apac|jp|au|ca|us-gov|global)\./;

export async function startFakeBedrock(
  opts: {
    port?: number;
    scenario?: Scenario;
    /** Speak HTTP/1.1 only, like many proxies and gateways. */
    http1Only?: boolean;
    /** Check requests against Bedrock's constraints (default true); false only to test what an invalid request meets. */
    validate?: boolean;
  } = {},
): Promise<FakeBedrock> {
  if (opts.scenario) checkScenario(opts.scenario);
  let scenarioFor: ScenarioFn = () => opts.scenario ?? { kind: 'normal' };
  const failCounts = new WeakMap<object, number>();
  const requests: RecordedRequest[] = [];
  const sockets = new Set<net.Socket>();
  const catalog = { models: DEFAULT_FOUNDATION_MODELS, profiles: DEFAULT_INFERENCE_PROFILES };
  let listError: HttpErrorName | undefined;

  function sendHttpError(res: Res, error: HttpErrorName, modelId: string, message?: string): void {
    const e = HTTP_ERRORS[error];
    if (!e.type) {
      (res as http.ServerResponse).writeHead(e.status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(message ?? e.message(modelId));
      return;
    }
    (res as http.ServerResponse).writeHead(e.status, {
      'content-type': 'application/json',
      'x-amzn-requestid': randomUUID(),
      'x-amzn-errortype': `${e.type}:http://internal.amazon.com/coral/com.amazon.bedrock/`,
    });
    res.end(JSON.stringify({ message: message ?? e.message(modelId) }));
  }

  function destroy(req: http.IncomingMessage | http2.Http2ServerRequest): void {
    if ('stream' in req && req.stream) req.stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR);
    else req.socket.destroy();
  }

  async function stream(
    req: http.IncomingMessage | http2.Http2ServerRequest,
    res: Res,
    s: Scenario,
    rec: RecordedRequest,
  ): Promise<void> {
    if (s.kind === 'httpError') return sendHttpError(res, s.error, rec.modelId, s.message);
    if (s.kind === 'failTimes') {
      const used = failCounts.get(s) ?? 0;
      if (used < s.times) {
        failCounts.set(s, used + 1);
        return stream(req, res, s.failWith ?? { kind: 'httpError', error: s.error ?? 'throttling' }, rec);
      }
      return stream(req, res, s.then ?? { kind: 'normal' }, rec);
    }
    if (s.kind === 'onDemand') {
      const prefix = GEO_PREFIX.exec(rec.modelId)?.[1];
      if (!prefix) return sendHttpError(res, 'onDemand', rec.modelId);
      if (s.validPrefixes && !s.validPrefixes.includes(prefix)) return sendHttpError(res, 'invalidModelId', rec.modelId);
      return stream(req, res, { kind: 'normal', text: s.text }, rec);
    }
    if (s.kind === 'reasoning') return reason(res, s, rec);
    if (s.kind === 'trickle') return trickle(res, s);
    if (s.kind === 'fixture') {
      let body: Buffer;
      try {
        body = readFixture(s.name);
      } catch (e) {
        // Say so loudly: a test replaying a fixture that is not there must not look like a Bedrock error.
        (res as http.ServerResponse).writeHead(500, { 'content-type': 'application/json', 'x-amzn-errortype': 'FakeBedrockFixtureMissing' });
        res.end(JSON.stringify({ message: (e as Error).message }));
        return;
      }
      (res as http.ServerResponse).writeHead(200, { 'content-type': 'application/vnd.amazon.eventstream', 'x-amzn-requestid': randomUUID() });
      res.end(body);
      return;
    }
    (res as http.ServerResponse).writeHead(200, { 'content-type': 'application/vnd.amazon.eventstream', 'x-amzn-requestid': randomUUID() });
    const write = (bytes: Uint8Array): void => void (res as http.ServerResponse).write(Buffer.from(bytes));

    let deltas: string[];
    let delayMs: number;
    let firstDelay = 0;
    if (s.kind === 'long') {
      deltas = Array.from({ length: s.tokens }, (_, i) => (i % 12 === 11 ? 'word.\n\n' : i % 2 ? 'answer ' : 'the '));
      delayMs = 1000 / s.tokensPerSecond;
    } else {
      const text = s.kind === 'normal' && s.text !== undefined ? s.text : DEFAULT_TEXT;
      deltas = splitIntoDeltas(text, s.kind === 'normal' ? (s.deltas ?? 6) : 6);
      if (s.kind === 'normal') {
        delayMs = s.tokensPerSecond ? 1000 / s.tokensPerSecond : 5;
        firstDelay = s.firstTokenDelayMs ?? 0;
      } else delayMs = 5;
    }
    const stopAfter =
      s.kind === 'exception' || s.kind === 'reset' || s.kind === 'stall' ? (s.afterDeltas ?? 2) : Infinity;

    write(frame('messageStart', { role: 'assistant' }));
    if (firstDelay) await sleep(firstDelay);
    const started = Date.now();
    let sent = 0;
    for (const [i, delta] of deltas.entries()) {
      if (i >= stopAfter) break;
      if (res.destroyed || res.writableEnded) return;
      write(frame('contentBlockDelta', { contentBlockIndex: 0, delta: { text: delta } }));
      sent++;
      // Pace by the schedule, not by per-write sleeps, so long replies keep their rate.
      const due = started + (i + 1) * delayMs - Date.now();
      if (due > 1) await sleep(due);
    }
    if (s.kind === 'exception') {
      write(exceptionFrame(s.exception, s.message ?? exceptionMessage(s.exception)));
      res.end();
      return;
    }
    if (s.kind === 'reset') {
      await sleep(20);
      destroy(req);
      return;
    }
    if (s.kind === 'stall') return; // say nothing more; the client's stall timer must fire
    write(frame('contentBlockStop', { contentBlockIndex: 0 }));
    write(frame('messageStop', { stopReason: (s.kind === 'normal' && s.stopReason) || 'end_turn' }));
    const outputTokens = sent;
    const inputTokens = Math.max(1, Math.round(JSON.stringify(rec.body ?? '').length / 4));
    write(
      frame('metadata', {
        usage: { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens },
        metrics: { latencyMs: Date.now() - started + firstDelay },
      }),
    );
    res.end();
  }

  function endMessage(write: (b: Uint8Array) => void, res: Res, stopReason: string, outputTokens: number, rec: RecordedRequest, started: number): void {
    write(frame('messageStop', { stopReason }));
    const inputTokens = Math.max(1, Math.round(JSON.stringify(rec.body ?? '').length / 4));
    write(frame('metadata', { usage: { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens }, metrics: { latencyMs: Date.now() - started } }));
    res.end();
  }

  async function reason(res: Res, s: Extract<Scenario, { kind: 'reasoning' }>, rec: RecordedRequest): Promise<void> {
    (res as http.ServerResponse).writeHead(200, { 'content-type': 'application/vnd.amazon.eventstream', 'x-amzn-requestid': randomUUID() });
    const write = (bytes: Uint8Array): void => void (res as http.ServerResponse).write(Buffer.from(bytes));
    const started = Date.now();
    write(frame('messageStart', { role: 'assistant' }));
    for (const thought of s.thinking) {
      if (res.destroyed || res.writableEnded) return;
      write(frame('contentBlockDelta', { contentBlockIndex: 0, delta: { reasoningContent: { text: thought } } }));
      await sleep(s.thinkingMs ?? 5);
    }
    write(frame('contentBlockDelta', { contentBlockIndex: 0, delta: { reasoningContent: { signature: randomBytes(24).toString('base64') } } }));
    write(frame('contentBlockStop', { contentBlockIndex: 0 }));
    const text = s.text ?? DEFAULT_TEXT;
    const deltas = text ? splitIntoDeltas(text, 4) : [];
    for (const delta of deltas) {
      if (res.destroyed || res.writableEnded) return;
      write(frame('contentBlockDelta', { contentBlockIndex: 1, delta: { text: delta } }));
      await sleep(5);
    }
    if (deltas.length) write(frame('contentBlockStop', { contentBlockIndex: 1 }));
    endMessage(write, res, s.stopReason ?? 'end_turn', s.thinking.length + deltas.length, rec, started);
  }

  async function trickle(res: Res, s: Extract<Scenario, { kind: 'trickle' }>): Promise<void> {
    (res as http.ServerResponse).writeHead(200, { 'content-type': 'application/vnd.amazon.eventstream', 'x-amzn-requestid': randomUUID() });
    const write = (bytes: Uint8Array): void => void (res as http.ServerResponse).write(Buffer.from(bytes));
    write(frame('messageStart', { role: 'assistant' }));
    for (let i = 0; i < s.count; i++) {
      if (res.destroyed || res.writableEnded) return;
      write(frame('contentBlockDelta', { contentBlockIndex: 0, delta: { text: `word${i} ` } }));
      await sleep(s.intervalMs);
    }
    if (res.destroyed || res.writableEnded) return;
    write(frame('contentBlockStop', { contentBlockIndex: 0 }));
    write(frame('messageStop', { stopReason: 'end_turn' }));
    res.end();
  }

  /** The control-plane list APIs (@aws-sdk/client-bedrock): GET /foundation-models, GET /inference-profiles. */
  function listApi(res: Res, url: URL): void {
    if (listError) return sendHttpError(res, listError, '');
    const json = (body: unknown): void => {
      (res as http.ServerResponse).writeHead(200, { 'content-type': 'application/json', 'x-amzn-requestid': randomUUID() });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/foundation-models') {
      const modality = url.searchParams.get('byOutputModality');
      const provider = url.searchParams.get('byProvider');
      const inference = url.searchParams.get('byInferenceType');
      return json({
        modelSummaries: catalog.models.filter(
          (m) =>
            (!modality || m.outputModalities.includes(modality)) &&
            (!provider || m.providerName.toLowerCase() === provider.toLowerCase()) &&
            (!inference || m.inferenceTypesSupported.includes(inference)),
        ),
      });
    }
    // ListInferenceProfiles: `type` filter, maxResults/nextToken paging (nextToken is an offset here).
    const type = url.searchParams.get('type');
    const all = catalog.profiles.filter((p) => !type || p.type === type);
    const start = Number(url.searchParams.get('nextToken') ?? 0) || 0;
    const size = Math.max(1, Math.min(1000, Number(url.searchParams.get('maxResults') ?? 1000) || 1000));
    const page = all.slice(start, start + size);
    return json({ inferenceProfileSummaries: page, ...(start + size < all.length ? { nextToken: String(start + size) } : {}) });
  }

  async function handle(req: http.IncomingMessage | http2.Http2ServerRequest, res: Res): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      // keep the raw text
    }
    const url = req.url ?? '';
    const match = /^\/model\/([^/]+)\/(converse-stream|converse)$/.exec(url.split('?')[0] ?? '');
    const rec: RecordedRequest = {
      method: req.method ?? '',
      path: url,
      modelId: match ? decodeURIComponent(match[1] ?? '') : '',
      headers: { ...req.headers },
      body,
      httpVersion: req.httpVersion,
    };
    requests.push(rec);
    const parsedUrl = new URL(url, 'http://fake');
    if (req.method === 'GET' && (parsedUrl.pathname === '/foundation-models' || parsedUrl.pathname === '/inference-profiles')) {
      return listApi(res, parsedUrl);
    }
    if (!match) {
      (res as http.ServerResponse).writeHead(404, { 'content-type': 'application/json', 'x-amzn-errortype': 'UnknownOperationException' });
      res.end(JSON.stringify({ message: `unknown path ${url}` }));
      return;
    }
    // What Bedrock refuses before any model runs: the service model's constraints, then the model's own.
    if (opts.validate !== false && match[2] === 'converse-stream') {
      const violations = serviceModelViolations(rec.modelId, body);
      if (violations.length > 0) return sendHttpError(res, 'validation', rec.modelId, validationMessage(violations));
      const refusal = modelRefusal(rec.modelId, body);
      if (refusal) return sendHttpError(res, 'validation', rec.modelId, refusal);
    }
    await stream(req, res, scenarioFor(rec), rec);
  }

  const onRequest = (req: http.IncomingMessage | http2.Http2ServerRequest, res: Res): void => {
    handle(req, res).catch(() => {
      try {
        res.end();
      } catch {
        // the client went away
      }
    });
  };
  const h1 = http.createServer(onRequest as http.RequestListener);
  const h2 = http2.createServer({}, onRequest as (req: http2.Http2ServerRequest, res: http2.Http2ServerResponse) => void);
  h2.on('sessionError', () => {});
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.once('data', (first) => {
      // Node's HTTP servers read straight from the socket's native handle, which would skip bytes we
      // peeked at; a small JS duplex in front hands them everything, the peeked bytes first.
      const duplex = proxyOf(socket, first);
      // The HTTP/2 connection preface starts with "PRI * HTTP/2.0".
      if (first.subarray(0, 3).toString('latin1') === 'PRI' && !opts.http1Only) h2.emit('connection', duplex);
      else h1.emit('connection', duplex);
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    setScenario(s) {
      if (typeof s !== 'function') checkScenario(s);
      scenarioFor = typeof s === 'function' ? s : () => s;
    },
    setCatalog(c) {
      if (c.models) catalog.models = c.models;
      if (c.profiles) catalog.profiles = c.profiles;
    },
    setListError(error) {
      listError = error;
    },
    async close() {
      for (const s of sockets) s.destroy();
      h2.close();
      h1.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function exceptionMessage(e: ExceptionName): string {
  switch (e) {
    case 'throttlingException':
      return 'Too many tokens, please wait before trying again.';
    case 'modelStreamErrorException':
      return 'Model Stream Error';
    case 'validationException':
      return 'Input is too long for requested model.';
    case 'internalServerException':
      return 'The system encountered an unexpected error during processing. Try your request again.';
    case 'serviceUnavailableException':
      return 'Bedrock is unable to process your request.';
  }
}

/** Scenarios by the names tests and the brief use; each returns a plain Scenario value. */
export const scenarios = {
  normal: (text?: string, opts: { deltas?: number; tokensPerSecond?: number } = {}): Scenario => ({ kind: 'normal', text, ...opts }),
  slowFirstToken: (ms: number, text?: string): Scenario => ({ kind: 'normal', text, firstTokenDelayMs: ms }),
  long: (tokens: number, tokensPerSecond: number): Scenario => ({ kind: 'long', tokens, tokensPerSecond }),
  midStreamThrottling: (afterDeltas = 2): Scenario => ({ kind: 'exception', exception: 'throttlingException', afterDeltas }),
  midStreamModelError: (afterDeltas = 2): Scenario => ({ kind: 'exception', exception: 'modelStreamErrorException', afterDeltas }),
  midStreamException: (exception: ExceptionName, afterDeltas = 2): Scenario => ({ kind: 'exception', exception, afterDeltas }),
  connectionReset: (afterDeltas = 2): Scenario => ({ kind: 'reset', afterDeltas }),
  stall: (afterDeltas = 2): Scenario => ({ kind: 'stall', afterDeltas }),
  httpError: (error: HttpErrorName): Scenario => ({ kind: 'httpError', error }),
  onDemand: (text?: string): Scenario => ({ kind: 'onDemand', text }),
  failTimes: (times: number, failWith: Scenario | HttpErrorName, then?: Scenario): Scenario =>
    typeof failWith === 'string' ? { kind: 'failTimes', times, error: failWith, then } : { kind: 'failTimes', times, failWith, then },
  replayFixture: (name: string): Scenario => ({ kind: 'fixture', name }),
  /** A normal reply that ends with this stopReason (max_tokens, guardrail_intervened, …). */
  stopReason: (stopReason: string, text?: string): Scenario => ({ kind: 'normal', text, stopReason }),
  reasoning: (thinking: string[], text?: string, thinkingMs?: number): Scenario => ({ kind: 'reasoning', thinking, text, thinkingMs }),
  reasoningOnly: (thinking: string[], stopReason = 'max_tokens'): Scenario => ({ kind: 'reasoning', thinking, text: '', stopReason }),
  trickle: (intervalMs: number, count: number): Scenario => ({ kind: 'trickle', intervalMs, count }),
};

/** kebab-case names for the command line / FAKE_BEDROCK_SCENARIO. */
const HTTP_ERROR_ALIASES: Record<string, HttpErrorName> = {
  'access-denied': 'accessDenied',
  'iam-denied': 'iamDenied',
  iam: 'iamDenied',
  'bad-credentials': 'badCredentials',
  'bad-api-key': 'badApiKey',
  'model-not-found': 'modelNotFound',
  'not-found': 'modelNotFound',
  throttled: 'throttling',
  'quota-exceeded': 'quota',
  'service-unavailable': 'serviceUnavailable',
  'internal-error': 'internal',
  'end-of-life': 'endOfLife',
  'operation-not-allowed': 'operationNotAllowed',
  'model-timeout': 'modelTimeout',
  'model-error': 'modelError',
  'wrong-endpoint': 'wrongEndpoint',
  'invalid-model-id': 'invalidModelId',
}; 

const httpErrorNamed = (name: string): HttpErrorName | undefined =>
  name in HTTP_ERRORS ? (name as HttpErrorName) : HTTP_ERROR_ALIASES[name];

/**
 * `normal[:tokensPerSecond]`, `slow:ms` / `slow-first-token:ms`, `long:tokens:tokensPerSecond`,
 * `reset[:n]` / `connection-reset[:n]`, `stall[:n]`, `mid-stream-throttling[:n]`,
 * `mid-stream-model-error[:n]`, `exception:<camelCaseType>[:n]`, `on-demand`, `fixture:<name>`,
 * `fail-times:<n>:<http error>`, or an HTTP error name (`access-denied`, `iam-denied`,
 * `bad-credentials`, `bad-api-key`, `model-not-found`, `throttling`, `quota`, `service-unavailable`, `internal`,
 * `validation`; camelCase works too).
 */
export function parseScenario(spec: string, text?: string): Scenario {
  const [kind = '', a, b] = spec.trim().split(':');
  const n = (v: string | undefined, dflt: number): number => (v === undefined || v === '' ? dflt : Number(v));
  switch (kind) {
    case '':
    case 'normal':
      return { kind: 'normal', text, tokensPerSecond: n(a, 40) };
    case 'slow':
    case 'slow-first-token':
    case 'slowFirstToken':
      return { kind: 'normal', text, firstTokenDelayMs: n(a, 2000), tokensPerSecond: 40 };
    case 'long':
      return scenarios.long(n(a, 2000), n(b, 100));
    case 'reset':
    case 'connection-reset':
    case 'connectionReset':
      return scenarios.connectionReset(n(a, 2));
    case 'stall':
      return scenarios.stall(n(a, 2));
    case 'mid-stream-throttling':
    case 'midStreamThrottling':
      return scenarios.midStreamThrottling(n(a, 2));
    case 'mid-stream-model-error':
    case 'midStreamModelError':
      return scenarios.midStreamModelError(n(a, 2));
    case 'exception':
      return scenarios.midStreamException((a || 'modelStreamErrorException') as ExceptionName, n(b, 2));
    case 'onDemand':
    case 'on-demand':
      return scenarios.onDemand(text);
    case 'reasoning':
      return scenarios.reasoning(['Let me think about the candidate. ', 'A behavioural opener fits. '], text, n(a, 200));
    case 'stop-reason':
      return scenarios.stopReason(a || 'max_tokens', text);
    case 'trickle':
      return scenarios.trickle(n(a, 200), n(b, 1000));
    case 'fixture':
    case 'replay':
      return scenarios.replayFixture(a || 'live-converse-stream-ok');
    case 'fail-times':
    case 'failTimes': {
      const error = httpErrorNamed(b ?? 'throttling');
      if (!error) throw new Error(`fake-bedrock: unknown HTTP error '${b}' in '${spec}'`);
      return { kind: 'failTimes', times: n(a, 1), error, then: { kind: 'normal', text } };
    }
    default: {
      const error = httpErrorNamed(kind);
      if (error) return { kind: 'httpError', error };
      throw new Error(`fake-bedrock: unknown scenario '${spec}'`);
    }
  }
}

/** For e2e tests and benches run as a separate process: prints FAKE_BEDROCK_URL=… when listening. */
export async function serveFromEnv(env = process.env): Promise<FakeBedrock> {
  const fake = await startFakeBedrock({
    port: Number(env.FAKE_BEDROCK_PORT ?? 0),
    scenario: parseScenario(env.FAKE_BEDROCK_SCENARIO ?? 'normal', env.FAKE_BEDROCK_TEXT),
  });
  process.stdout.write(`FAKE_BEDROCK_URL=${fake.url}\n`);
  return fake;
}

function proxyOf(socket: net.Socket, first: Buffer): Duplex {
  const duplex = new Duplex({
    read() {
      socket.resume();
    },
    write(chunk: Buffer, _enc, cb) {
      if (socket.destroyed) return cb();
      socket.write(chunk, cb);
    },
    final(cb) {
      socket.end();
      cb();
    },
    destroy(err, cb) {
      socket.destroy();
      cb(err);
    },
  });
  duplex.push(first);
  socket.on('data', (d) => {
    if (!duplex.push(d)) socket.pause();
  });
  socket.on('end', () => duplex.push(null));
  socket.on('close', () => duplex.destroy());
  // What http/http2 servers call on a socket.
  Object.assign(duplex, {
    setTimeout: () => duplex,
    setNoDelay: () => duplex,
    setKeepAlive: () => duplex,
    remoteAddress: socket.remoteAddress,
    remotePort: socket.remotePort,
    localAddress: socket.localAddress,
    localPort: socket.localPort,
    encrypted: false,
  });
  return duplex;
}
