// Evidence quotes must be the candidate's own words (SPEC §7): a quote is kept only when it is a
// verbatim substring of that question's answers, after normalising what models routinely change
// without meaning to (runs of whitespace, curly quotes and apostrophes). Case is kept: changing it
// is already paraphrasing.

export function normaliseForQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032\uFF07]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\uFF02]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Models often wrap a quote in quotation marks of their own; those are not part of it. */
export function unwrapQuote(quote: string): string {
  const t = normaliseForQuote(quote);
  const m = /^(["'«「『])([\s\S]+)(["'»」』])$/u.exec(t);
  return m ? m[2]!.trim() : t;
}

/** The verbatim quote as it appears in the answer, or undefined when it does not. */
export function verifyQuote(quote: string, answers: string[]): string | undefined {
  // Each answer on its own: a quote that spans two separate answers is not verbatim.
  const haystacks = answers.map(normaliseForQuote);
  for (const candidate of [normaliseForQuote(quote), unwrapQuote(quote)]) {
    if (candidate && haystacks.some((h) => h.includes(candidate))) return candidate;
  }
  return undefined;
}
