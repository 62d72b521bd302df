// Evidence quotes must be the candidate's own words (SPEC §7): a quote is kept only when it is a
// real substring of that question's answers after normalising what models routinely change without
// meaning to — Unicode width (NFKC: full-width letters, digits and punctuation), curly quotes, dashes,
// runs of whitespace, the space between Chinese and Latin/digits (`6 小时` vs `6小时`), and the
// punctuation at either end of the quote. Case is kept: changing it is already paraphrasing. A quote
// must also be long enough to show something: at least 4 words, or 8 CJK characters (a one-word
// quote such as "I" backs nothing).
import { t } from '../i18n/index.js';

/** Han ideographs (incl. extensions and compatibility), kana, Hangul syllables. */
const CJK = /[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u{20000}-\u{2fa1f}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export const MIN_QUOTE_WORDS = 4;
export const MIN_QUOTE_CJK = 8;

/** One normalised character and the index of the source character it came from. */
interface Mapped {
  text: string;
  map: number[];
}

const CHAR_MAP: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u0060': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u300C': '"', '\u300D': '"', '\u300E': '"', '\u300F': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-', '\u30FC': '\u30FC',
  '\u3002': '.', '\uFF61': '.', '\u3001': ',', '\uFF64': ',',
};

const isSpace = (c: string): boolean => /\s/u.test(c);
const isCjk = (c: string | undefined): boolean => c !== undefined && CJK.test(c);

/** NFKC + the character map + whitespace rules, remembering where each output character came from. */
function normaliseMapped(source: string): Mapped {
  const chars: { c: string; at: number }[] = [];
  let at = 0;
  for (const cp of source) {
    for (const c of cp.normalize('NFKC')) chars.push({ c: CHAR_MAP[c] ?? c, at });
    at += cp.length;
  }
  let text = '';
  const map: number[] = [];
  let pendingSpace = false;
  for (const { c, at: src } of chars) {
    if (isSpace(c)) {
      pendingSpace = text.length > 0;
      continue;
    }
    const prev = text[text.length - 1];
    if (c === '-' && prev === '-') continue; // "--" and "—" read the same
    // A space next to CJK or a dash is style, not content: `6 小时` = `6小时`, `A — B` = `A-B`.
    if (pendingSpace && !isCjk(prev) && !isCjk(c) && prev !== '-' && c !== '-') {
      text += ' ';
      map.push(src);
    }
    pendingSpace = false;
    text += c;
    map.push(src);
  }
  return { text, map };
}

export function normaliseForQuote(text: string): string {
  return normaliseMapped(text).text;
}

/** Quotation marks, brackets, ellipses and sentence punctuation a model adds or drops at the ends. */
const EDGE = /^[\s"'([{.,;:!?…-]+|[\s"')\]}.,;:!?…-]+$/gu;

/** Models often wrap a quote in quotation marks or end it with a period of their own. */
export function unwrapQuote(quote: string): string {
  return normaliseForQuote(quote).replace(EDGE, '');
}

/** Long enough to back a score: 4 words, or 8 CJK characters (mixed text: a CJK character is half a word). */
export function isLongEnough(quote: string): boolean {
  let cjk = 0;
  const rest = quote.replace(new RegExp(CJK.source, 'gu'), () => {
    cjk++;
    return ' ';
  });
  const words = rest.split(/\s+/).filter((t) => WORD_CHAR.test(t)).length;
  return words + cjk / 2 >= MIN_QUOTE_WORDS;
}

export type QuoteCheck =
  | { ok: true; quote: string }
  | { ok: false; reason: 'empty' | 'too short' | 'not found' };

/** The candidate's own words in the haystack from normalised index `start` to `end` (exclusive). */
function originalSlice(answer: string, m: Mapped, start: number, end: number): string {
  const from = m.map[start]!;
  const to = end < m.map.length ? m.map[end]! : answer.length;
  // Keep the original up to (not into) the next character's source: trims trailing whitespace only.
  return answer.slice(from, to).replace(/\s+/g, ' ').trim();
}

/**
 * Checks one quote against the candidate's answers to the question it is for. Each answer on its
 * own: a quote that spans two separate answers is not verbatim. A match must start and end on word
 * boundaries ("I" inside "It" is not a match).
 */
export function checkQuote(quote: string, answers: readonly string[]): QuoteCheck {
  const needle = unwrapQuote(quote);
  if (!needle) return { ok: false, reason: 'empty' };
  if (!isLongEnough(needle)) return { ok: false, reason: 'too short' };
  for (const answer of answers) {
    const m = normaliseMapped(answer);
    for (let i = m.text.indexOf(needle); i >= 0; i = m.text.indexOf(needle, i + 1)) {
      const end = i + needle.length;
      const before = m.text[i - 1];
      const after = m.text[end];
      const wordStart = WORD_CHAR.test(needle[0]!) && !isCjk(needle[0]) && before !== undefined && WORD_CHAR.test(before) && !isCjk(before);
      const last = needle[needle.length - 1]!;
      const wordEnd = WORD_CHAR.test(last) && !isCjk(last) && after !== undefined && WORD_CHAR.test(after) && !isCjk(after);
      if (wordStart || wordEnd) continue;
      // Keep the sentence's own closing punctuation when the quote had some at its end.
      let stop = end;
      const tail = normaliseForQuote(quote).slice(-1);
      if (tail && /[.!?"')\]]/.test(tail)) while (stop < m.text.length && /[.!?"')\]]/.test(m.text[stop]!)) stop++;
      return { ok: true, quote: originalSlice(answer, m, i, stop) };
    }
  }
  return { ok: false, reason: 'not found' };
}

/** The quote as the candidate wrote it, or undefined when it is not in their answers (or too short). */
export function verifyQuote(quote: string, answers: readonly string[]): string | undefined {
  const r = checkQuote(quote, answers);
  return r.ok ? r.quote : undefined;
}

/** Quotation marks a grader uses around quotes in prose. */
const QUOTED = /“([^”]{2,400})”|"([^"\n]{2,400})"|「([^」]{2,400})」|『([^』]{2,400})』/g;
/** What replaces a quotation that is not the candidate's own words (English; the screen's is in the interface language). */
export const MASKED_QUOTE = t('feedback.grading.maskedQuote', { lng: 'en' });

/** Raw grader text with every quotation that is not in the candidate's answers masked. */
export function maskUnverifiedQuotes(text: string, answers: readonly string[]): string {
  return text.replace(QUOTED, (all, ...groups: (string | undefined)[]) => {
    const inner = groups.slice(0, 4).find((g) => g !== undefined) ?? '';
    // JSON keys and short labels are not quotes of the candidate.
    if (/^[\w-]{1,24}$/.test(inner)) return all;
    return verifyQuote(inner, answers) !== undefined ? all : t('feedback.grading.maskedQuote');
  });
}

