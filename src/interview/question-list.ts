// Turns a model's "here are 10 questions" reply into a clean list: JSON arrays (of strings or of
// objects with question/text), fenced or not, or a numbered / bulleted list with headings and
// chatter around it, in English or CJK. Duplicates are dropped, order is kept.
import { extractJson } from './json-extract.js';
import { countWords } from './words.js';

const LIST_MARKER = new RegExp(
  [
    '^(?:',
    '[-*•·+▪◦●]\\s+', // bullets
    '|\\(?\\d{1,3}[.)、:：]\\s*', // 1.  1)  (1)  1、 1：
    '|[０-９]{1,3}[．.、）)]\\s*', // full-width １．
    '|\\(?[a-z][.)]\\s+', // a) b.
    '|Q\\s*\\d{1,3}\\s*[:.)：-]\\s*', // Q1: Q1.
    '|Q\\s*[:：]\\s*', // Q:
    '|Question\\s*\\d{1,3}\\s*[:.)：-]\\s*', // Question 1:
    '|(?:问题|問題|第)\\s*\\d{1,3}\\s*(?:题|題)?\\s*[:：.、]\\s*', // 问题1：  第1题：
    ')',
  ].join(''),
  'iu',
);

/** Sentences that are questions, or the imperative forms interview questions take. */
const QUESTION_LIKE =
  /[?？]\s*$|^(tell me|describe|explain|how|what|why|when|where|which|who|design|walk me through|give (me )?an example|can you|could you|would you|have you|do you|did you|talk me through|compare|implement|write)\b|^(请|請|说说|說說|谈谈|談談|介绍|介紹|描述|设计|設計|如何|为什么|為什麼|什么|什麼)/iu;

const clean = (s: string): string =>
  s
    .replace(/^\*\*(.+?)\*\*:?\s*$/u, '$1') // **bold line**
    .replace(/^\*\*(.+?)\*\*\s+/u, '$1 ')
    .replace(/^["'“”‘’「『]+|["'“”‘’」』]+$/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Same question apart from case, spacing, quotes and the closing punctuation. */
export const questionKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\s"'“”‘’]+/g, ' ')
    .replace(/[\s?？.。!！]+$/u, '')
    .trim();

function unique(list: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of list) {
    const q = clean(raw);
    const key = questionKey(q);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(q);
  }
  return out;
}

function fromJson(value: unknown): string[] | undefined {
  const list = Array.isArray(value)
    ? value
    : value && typeof value === 'object' && Array.isArray((value as { questions?: unknown }).questions)
      ? (value as { questions: unknown[] }).questions
      : undefined;
  if (!list) return undefined;
  const out = list.flatMap((item) => {
    if (typeof item === 'string') return [item];
    if (item && typeof item === 'object') {
      const text = (item as { question?: unknown; text?: unknown }).question ?? (item as { text?: unknown }).text;
      if (typeof text === 'string') return [text];
    }
    return [];
  });
  return out.length ? out : undefined;
}

/** Is this the first line of a question, once its list marker is removed? */
function keepsLine(body: string, listed: boolean): boolean {
  if (!body || /[:：]\s*$/.test(body)) return false; // a heading or "Here are …:"
  if (QUESTION_LIKE.test(body)) return true;
  // A list item counts when it reads like a sentence, not a one-word heading ("1. Technical").
  return listed && countWords(body) >= 3;
}

export function parseQuestionList(text: string): string[] {
  const trimmed = text.trim();
  if (/^(```[\w-]*\s*)?[[{]/.test(trimmed) || /```json/i.test(trimmed)) {
    const json = extractJson(trimmed, 'any');
    const list = json.ok ? fromJson(json.value) : undefined;
    if (list) return unique(list);
  }

  const out: string[] = [];
  let open = false; // the last kept question may continue on the next, indented line
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*```/.test(rawLine)) continue;
    const line = rawLine.trim();
    if (!line || /^#{1,6}\s/.test(line) || /^[-=_*]{3,}$/.test(line)) {
      open = false;
      continue;
    }
    const marker = LIST_MARKER.exec(line);
    const body = clean(marker ? line.slice(marker[0].length) : line);
    if (!marker && open && /^\s/.test(rawLine) && out.length) {
      out[out.length - 1] = `${out[out.length - 1]} ${body}`;
      open = !/[?？.。!！]$/.test(body);
      continue;
    }
    if (keepsLine(body, marker !== null)) {
      out.push(body);
      open = !/[?？.。!！]$/.test(body);
    } else open = false;
  }
  if (out.length) return unique(out);

  // Prose with a JSON array somewhere inside it.
  const json = extractJson(trimmed, 'any');
  return (json.ok && fromJson(json.value) && unique(fromJson(json.value)!)) || [];
}
