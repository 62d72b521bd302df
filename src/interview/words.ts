// Word counts for answers in any script. Chinese and Japanese are written without spaces, so each
// Han / kana character counts as a word; everything else (Latin, Cyrillic, Korean, which puts spaces
// between words) is counted by whitespace. Pure punctuation is not a word.
import { t } from '../i18n/index.js';

/** Han ideographs (incl. extensions and compatibility), hiragana, katakana. */
const CJK_CHAR = /[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2fa1f}]/gu;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

export function countWords(text: string): number {
  let count = 0;
  const rest = text.replace(CJK_CHAR, () => {
    count += 1;
    return ' ';
  });
  for (const token of rest.split(/\s+/)) if (HAS_WORD_CHAR.test(token)) count += 1;
  return count;
}

/** True when most letters are Han / kana / Hangul: English-only heuristics cannot judge such text. */
export function isMostlyCjk(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return false;
  const cjk = (text.match(CJK_CHAR)?.length ?? 0) + (text.match(/[\uac00-\ud7af]/g)?.length ?? 0);
  return cjk / letters > 0.5;
}

/** "214 words", or "47 characters" for Chinese/Japanese text, where a count of words means nothing. */
export function lengthLabel(text: string, count: number = countWords(text)): string {
  // In the interface language: "58 characters", "58 字".
  return isMostlyCjk(text) ? t('interview.length.characters', { count }) : t('interview.length.words', { count });
}
