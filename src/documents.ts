// Job descriptions, résumés and answer files come from paths the user typed. A path can name anything:
// /dev/zero (endless), a FIFO (blocks forever on open), a folder, a 2 GB log. One reader for the CLI
// and the form fields: regular files only (checked before opening and again on the open descriptor,
// which is opened non-blocking so a FIFO swapped in meanwhile cannot hang us), at most MAX_BYTES,
// and — in the async form — a deadline, so Ctrl+C and SIGTERM are always served by a live event loop.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { t } from './i18n/index.js';

/** Far more than any real JD or résumé (a long one is ~30 KB); the prompt trims further. */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;
/** A local file reads in milliseconds; a hung network mount must not hold the user hostage. */
export const READ_TIMEOUT_MS = 10_000;

export type DocumentRead = { ok: true; text: string; path: string } | { ok: false; error: string };

export interface ReadOptions {
  maxBytes?: number;
  timeoutMs?: number;
  /** An empty file is a problem for a JD (default) but fine for some callers. */
  allowEmpty?: boolean;
}

const expand = (file: string): string => path.resolve(file.trim().replace(/^~(?=$|\/)/, os.homedir()));
const kb = (n: number): string => (n >= 1024 * 1024 ? `${n / (1024 * 1024)} MB` : `${Math.round(n / 1024)} KB`);

/** What a non-regular file is, in the user's words. */
function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return t('common.documents.kind.folder');
  if (stat.isFIFO()) return t('common.documents.kind.pipe');
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return t('common.documents.kind.device');
  if (stat.isSocket()) return t('common.documents.kind.socket');
  return t('common.documents.kind.other');
}

function whyNot(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return t('common.documents.why.noFile');
  if (code === 'EACCES' || code === 'EPERM') return t('common.documents.why.denied');
  if (code === 'ENOTDIR') return t('common.documents.why.notDir');
  if (code === 'EISDIR') return t('common.documents.why.isDir');
  return code ?? (e as Error).message;
}

/** The checks on a stat, shared by the path and the descriptor: undefined when fine. */
function refusal(label: string, full: string, stat: fs.Stats, maxBytes: number): string | undefined {
  if (!stat.isFile()) return t('common.documents.notRegular', { label, file: full, kind: kindOf(stat) });
  if (stat.size > maxBytes) return t('common.documents.tooLarge', { label, file: full, size: kb(maxBytes) });
  return undefined;
}

function decode(label: string, full: string, bytes: Buffer, opts: ReadOptions): DocumentRead {
  if (bytes.includes(0)) return { ok: false, error: t('common.documents.notText', { label, file: full }) };
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (!opts.allowEmpty && !text.trim()) return { ok: false, error: t('common.documents.empty', { label, file: full }) };
  return { ok: true, text, path: full };
}

// O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting forever.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/**
 * Reads a text file synchronously (form fields that validate on submit). Safe against devices,
 * FIFOs and huge files; a regular local file of at most 1 MB reads in milliseconds.
 */
export function readDocument(label: string, file: string, opts: ReadOptions = {}): DocumentRead {
  const full = expand(file);
  const maxBytes = opts.maxBytes ?? MAX_DOCUMENT_BYTES;
  let fd: number | undefined;
  try {
    const before = refusal(label, full, fs.statSync(full), maxBytes);
    if (before) return { ok: false, error: before };
    fd = fs.openSync(full, OPEN_FLAGS);
    const stat = fs.fstatSync(fd);
    const after = refusal(label, full, stat, maxBytes);
    if (after) return { ok: false, error: after };
    // One byte more than allowed tells a file that grew since the stat.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = fs.readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
    if (length > maxBytes) return { ok: false, error: t('common.documents.tooLarge', { label, file: full, size: kb(maxBytes) }) };
    return decode(label, full, buffer.subarray(0, length), opts);
  } catch (e) {
    return { ok: false, error: t('common.documents.cannotRead', { label, file: full, why: whyNot(e) }) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** The same checks, read without blocking the event loop and given up after a deadline. */
export async function readDocumentAsync(label: string, file: string, opts: ReadOptions = {}): Promise<DocumentRead> {
  const full = expand(file);
  const maxBytes = opts.maxBytes ?? MAX_DOCUMENT_BYTES;
  const timeoutMs = opts.timeoutMs ?? READ_TIMEOUT_MS;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<DocumentRead>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ ok: false, error: t('common.documents.timeout', { label, file: full, seconds: timeoutMs / 1000 }) });
    }, timeoutMs);
    timer.unref();
  });
  const read = (async (): Promise<DocumentRead> => {
    let handle: fs.promises.FileHandle | undefined;
    try {
      const before = refusal(label, full, await fs.promises.stat(full), maxBytes);
      if (before) return { ok: false, error: before };
      handle = await fs.promises.open(full, OPEN_FLAGS);
      const stat = await handle.stat();
      const after = refusal(label, full, stat, maxBytes);
      if (after) return { ok: false, error: after };
      const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
      let length = 0;
      while (length < buffer.length && !controller.signal.aborted) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      if (length > maxBytes) return { ok: false, error: t('common.documents.tooLarge', { label, file: full, size: kb(maxBytes) }) };
      return decode(label, full, buffer.subarray(0, length), opts);
    } catch (e) {
      return { ok: false, error: t('common.documents.cannotRead', { label, file: full, why: whyNot(e) }) };
    } finally {
      await handle?.close().catch(() => {});
    }
  })();
  try {
    return await Promise.race([read, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Standard input as text (`--answers -`, `ask -`), at most maxBytes: a `yes | mockview …` or
 * `< /dev/zero` is cut off with a message instead of filling memory.
 */
export async function readStdinText(label: string, opts: { maxBytes?: number; stdin?: NodeJS.ReadableStream } = {}): Promise<DocumentRead> {
  const maxBytes = opts.maxBytes ?? MAX_DOCUMENT_BYTES;
  const stdin = opts.stdin ?? process.stdin;
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    length += buf.length;
    if (length > maxBytes) {
      // Stop reading: the rest is never buffered.
      (stdin as NodeJS.ReadStream).destroy?.();
      return { ok: false, error: t('common.documents.stdinTooLarge', { label, size: kb(maxBytes) }) };
    }
    chunks.push(buf);
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.includes(0)) return { ok: false, error: t('common.documents.stdinNotText', { label }) };
  return { ok: true, text: bytes.toString('utf8').replace(/^\uFEFF/, ''), path: '-' };
}
