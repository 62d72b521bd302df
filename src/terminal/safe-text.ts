// The one output guard. Text our code did not write — model replies, server error messages, anything
// read from the store or from a file — passes through here before it reaches a terminal. Printed raw,
// such text can set the window title, write the clipboard (OSC 52), clear or reset the screen, or
// reorder what the user reads (bidi overrides). Nothing here knows about Ink or the CLI: both call it.

/** Bidi embeddings, overrides and isolates, and the Arabic letter mark: they reorder what follows. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Invisible characters that hide text or split words a reader sees as one. */
const INVISIBLE = /[\u200b\u2060\u180e\ufeff\u00ad]/g;
/** Zero-width joiners: kept only inside emoji sequences (👩‍💻) and between letters (ZWNJ in Persian). */
const JOINER = /[\u200c\u200d]/gu;
const PICTO = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F/u;
const LETTER = /\p{L}|\p{M}/u;
/** Whole escape sequences: CSI, OSC / DCS / APC / PM / SOS strings, two-byte escapes. */
const SEQUENCE =
  /\u001b\[[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?|\u001b[\]P_^X][\s\S]*?(?:\u0007|\u001b\\|$)|\u009b[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?|[\u009d\u0090\u009e\u009f\u0098][\s\S]*?(?:\u0007|\u009c|\u001b\\|$)|\u001b[\x20-\x7e]?/g;

export interface SafeTextOptions {
  /** Newlines become ' ⏎ ' (table cells, one-line errors). Default: kept. */
  oneLine?: boolean;
  /** Tabs become this many spaces (Ink measures a tab as one column). Default: kept. */
  tabWidth?: number;
}

/** A visible stand-in for a control character: ␛ for ESC, ␇ for BEL, ␡ for DEL, � for C1. */
function picture(code: number): string {
  if (code === 0x7f) return '\u2421';
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  return '\ufffd';
}

/**
 * Neutralises text for a terminal: escape sequences are shown as `␛` plus their harmless printable
 * tail (so a user sees that something was there, and nothing takes effect); other C0/C1 controls
 * become their control pictures; bidi overrides and invisible characters are dropped; CRLF becomes a
 * newline and a lone CR (which would overwrite the line) becomes ␍. Newlines and tabs are kept
 * unless options say otherwise.
 */
export function safeText(text: string, options: SafeTextOptions = {}): string {
  if (text === '') return text;
  let out = text.replace(/\r\n/g, '\n');
  out = out.replace(SEQUENCE, (seq) => {
    // Keep the printable part, minus the terminators, as a visible trace.
    const body = seq.replace(/^[\u001b\u009b\u009d\u0090\u009e\u009f\u0098]/, '').replace(/(?:\u0007|\u001b\\|\u009c)$/, '');
    return '\u241b' + body.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  });
  out = out.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (ch) => (ch === '\r' ? '\u240d' : picture(ch.charCodeAt(0))));
  out = out.replace(BIDI, '').replace(INVISIBLE, '');
  out = out.replace(JOINER, (joiner, offset: number, whole: string) => {
    if (offset === 0) return '';
    const before = String.fromCodePoint(whole.codePointAt(prevIndex(whole, offset)) ?? 0);
    const after = String.fromCodePoint(whole.codePointAt(offset + 1) ?? 0);
    const keep = joiner === '\u200d' ? PICTO.test(before) && PICTO.test(after) : LETTER.test(before) && LETTER.test(after);
    return keep ? joiner : '';
  });
  if (options.tabWidth !== undefined) out = out.replace(/\t/g, ' '.repeat(options.tabWidth));
  if (options.oneLine) out = out.replace(/\n+/g, ' \u23ce ');
  return out;
}

/** Index of the code point that ends just before `offset` (surrogate-pair aware). */
function prevIndex(s: string, offset: number): number {
  const low = s.charCodeAt(offset - 1);
  return low >= 0xdc00 && low <= 0xdfff && offset >= 2 ? offset - 2 : offset - 1;
}

/** True when the text holds anything safeText would change (for tests and for logging a warning). */
export function hasUnsafeText(text: string): boolean {
  return safeText(text) !== text.replace(/\r\n/g, '\n');
}

/** Characters JSON.stringify leaves raw that still act in a terminal or reorder text. */
const JSON_UNSAFE = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/**
 * JSON for a terminal or a file a terminal may show: like JSON.stringify (which already escapes
 * C0 controls such as ESC) plus \u escapes for C1 controls, bidi and invisible characters. The data
 * survives exactly; a `cat` of the file or a `| jq` shows nothing hostile.
 */
export function safeJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(JSON_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A sequence that is complete at the start of the text (so nothing more of it can arrive later). */
const COMPLETE_SEQUENCE =
  /^(?:\u001b\[[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]|\u001b[\]P_^X][\s\S]*?(?:\u0007|\u001b\\)|\u009b[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]|[\u009d\u0090\u009e\u009f\u0098][\s\S]*?(?:\u0007|\u009c|\u001b\\)|\u001b(?![[\]P_^X])[\x20-\x7e])/;
const INTRODUCER = /[\u001b\u009b\u009d\u0090\u009e\u009f\u0098]/g;
/** Longer than any sequence worth reassembling: past this the tail is shown as it is (still neutralised). */
const MAX_HELD = 512;

/** Where an unfinished escape sequence (or a CR that may be half of CRLF) starts, else -1. */
function unfinishedTail(text: string): number {
  if (text.endsWith('\r')) return text.length - 1;
  let last = -1;
  for (const m of text.matchAll(INTRODUCER)) last = m.index;
  if (last < 0 || text.length - last > MAX_HELD) return -1;
  return COMPLETE_SEQUENCE.test(text.slice(last)) ? -1 : last;
}

export interface SafeStream {
  /** The neutralised text that can be written now. */
  push(chunk: string): string;
  /** Whatever was held back, neutralised (call once at the end of the stream). */
  end(): string;
}

/**
 * safeText for text that arrives in pieces (a streamed reply). Each piece is neutralised on its own —
 * an ESC split across two deltas can never reassemble in the terminal — and an unfinished sequence at
 * a piece's end is held back until it completes, so it shows as one `␛` trace rather than two.
 */
export function createSafeStream(options: SafeTextOptions = {}): SafeStream {
  let held = '';
  return {
    push(chunk) {
      let text = held + chunk;
      held = '';
      const cut = unfinishedTail(text);
      if (cut >= 0) {
        held = text.slice(cut);
        text = text.slice(0, cut);
      }
      return safeText(text, options);
    },
    end() {
      const text = held;
      held = '';
      return safeText(text, options);
    },
  };
}
