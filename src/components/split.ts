// Where a streaming reply can be cut so its finished part is committed to <Static> (printed once)
// and only the tail stays live. Like gemini-cli's findLastSafeSplitPoint: the last paragraph
// break (a blank line) that is not inside a ``` / ~~~ code fence, so a fenced block is never split
// between the committed and the live part.

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Offset just after the last blank line outside a code fence: `text.slice(0, n)` holds only
 * finished paragraphs, `text.slice(n)` the unfinished rest. 0 when there is no such break yet
 * (nothing to commit).
 */
export function lastSafeSplitPoint(text: string): number {
  return safeSplitPoints(text).at(-1) ?? 0;
}

/** Every such offset, in order. */
export function safeSplitPoints(text: string): number[] {
  let fence: string | null = null; // the opening fence's marker while inside a block
  let seenText = false;
  const safe: number[] = [];
  let offset = 0;
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const isLast = i === lines.length - 1;
    const lineEnd = offset + line.length + (isLast ? 0 : 1);
    const marker = FENCE.exec(line)?.[1];
    const blank = line.trim() === '';
    if (fence !== null) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = null;
    } else if (marker) {
      fence = marker;
    } else if (blank && !isLast && seenText) {
      // A finished blank line (its '\n' has arrived) closes the paragraph above it.
      safe.push(lineEnd);
    }
    if (!blank) seenText = true;
    offset = lineEnd;
  });
  return safe;
}

/**
 * The finished paragraphs of a text (up to its last safe split point), each a slice of it, blank
 * ones left out; and where the unfinished rest begins. A finished reply is its paragraphs plus
 * the rest, so a reply printed paragraph by paragraph while it streamed and one printed whole
 * from history come out the same.
 */
export function finishedParagraphs(text: string): { paragraphs: string[]; rest: number } {
  const points = safeSplitPoints(text);
  const paragraphs: string[] = [];
  let from = 0;
  for (const at of points) {
    const part = text.slice(from, at);
    if (part.trim()) paragraphs.push(part);
    from = at;
  }
  return { paragraphs, rest: from };
}
