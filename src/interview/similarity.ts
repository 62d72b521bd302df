// "Is this the same question again?" for the no-repeat rule, and "which part of a message is the
// question?" for the earlier-questions list. Normalised (NFKC, case, punctuation), word tokens for
// Latin text and character bigrams for CJK, compared with the Dice coefficient.

const STOP = new Set(
  'a an the and or of to in on at for with about from by as is are was were be been do did does you your yours me my i we our it its that this those these there their they them can could would should will how what why when where which who whom tell describe give please time one some any have has had'.split(' '),
);
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

export function normaliseQuestion(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

function tokens(text: string): Set<string> {
  const out = new Set<string>();
  const norm = normaliseQuestion(text);
  for (const word of norm.split(' ')) {
    if (!word) continue;
    if (CJK.test(word)) {
      const chars = [...word].filter((c) => CJK.test(c) || /[\p{L}\p{N}]/u.test(c));
      for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
      if (chars.length === 1) out.add(chars[0]!);
    } else if (!STOP.has(word)) out.add(word.replace(/(ing|ed|es|s)$/u, ''));
  }
  return out;
}

/** 0…1: how alike two questions are. */
export function questionSimilarity(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.size === 0 || tb.size === 0) return normaliseQuestion(a) === normaliseQuestion(b) ? 1 : 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  const dice = (2 * shared) / (ta.size + tb.size);
  // One question inside a longer rewording of it ("…? Take your time.") counts as the same.
  const overlap = Math.min(ta.size, tb.size) >= 4 ? shared / Math.min(ta.size, tb.size) : 0;
  return Math.max(dice, overlap * 0.85);
}

export const REPEAT_THRESHOLD = 0.7;

/** The most similar earlier question, when it is close enough to count as a repeat. */
export function findRepeat(question: string, earlier: readonly string[]): { question: string; similarity: number } | undefined {
  let best: { question: string; similarity: number } | undefined;
  for (const e of earlier) {
    const s = questionSimilarity(question, e);
    if (s >= REPEAT_THRESHOLD && (!best || s > best.similarity)) best = { question: e, similarity: s };
  }
  return best;
}

export const INTRO_QUESTION =
  /introduce yourself|tell me (a bit |a little )?about yourself|walk me through your (background|resume|résumé|cv)|自我介绍|自我介紹|介绍一下(你)?自己|介紹一下(你)?自己|介绍一下你的背景|介紹一下你的背景/i;

export const isSelfIntroduction = (question: string, stage?: string): boolean => stage === 'intro' || INTRO_QUESTION.test(question);

const QUESTION_START =
  /^(tell me|describe|walk me|talk me|explain|design|how|what|why|when|which|who|where|can you|could you|would you|give me|let's|let us|imagine|suppose|say|请|請|说说|說說|谈谈|談談|描述|设计|設計|如何|为什么|為什麼|什么|什麼|介绍|介紹|你|如果|假设|假設)/iu;

/**
 * The question itself, without the acknowledgement before it ("Thanks, that helps. Tell me about a
 * time…" → "Tell me about a time…"). Used for the earlier-questions list and the repeat check.
 */
export function questionOf(message: string): string {
  const text = message.replace(/\s+/g, ' ').trim();
  const sentences = text.split(/(?<=[.!?。！？])\s*/u).filter(Boolean);
  const start = sentences.findIndex((s) => /[?？]/u.test(s) || QUESTION_START.test(s.trim()));
  if (start <= 0) return text;
  return sentences.slice(start).join(' ').trim();
}
