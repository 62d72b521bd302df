// Finds the JSON in a model's reply: bare, inside ```json fences, or wrapped in prose. Says plainly
// why when it cannot (none, cut off, invalid), because that text goes into the repair request.

export type JsonResult = { ok: true; value: unknown } | { ok: false; error: string };

const FENCE = /```[\w-]*[ \t]*\n?([\s\S]*?)(?:```|$)/g;

/**
 * From the opening bracket at `start` to its matching close; -1 when the text ends first. A close
 * of the wrong kind ends the span there, so it is reported as invalid rather than cut off.
 */
function matchingEnd(text: string, start: number): number {
  const closers: string[] = [];
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') closers.push('}');
    else if (c === '[') closers.push(']');
    else if (c === '}' || c === ']') {
      if (closers.pop() !== c) return i;
      if (closers.length === 0) return i;
    }
  }
  return -1;
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    // Trailing commas are the commonest slip; removing them cannot change what the model meant.
    const relaxed = text.replace(/,(\s*[}\]])/g, '$1');
    try {
      return { ok: true, value: JSON.parse(relaxed) };
    } catch {
      return { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
  }
}

/**
 * @param want '{' for an object, '[' for an array, 'any' for the first of either.
 */
export function extractJson(text: string, want: '{' | '[' | 'any' = 'any'): JsonResult {
  const sources = [...text.matchAll(FENCE)].map((m) => m[1] ?? '').filter((s) => s.trim());
  sources.push(text);
  let truncated = false;
  let firstError: string | undefined;
  for (const source of sources) {
    const trimmed = source.trim();
    const opens = want === 'any' ? /[{[]/g : want === '{' ? /{/g : /\[/g;
    // Try each top-level bracketed span once; nested ones are never tried on their own.
    for (let from = 0; ; ) {
      opens.lastIndex = from;
      const m = opens.exec(trimmed);
      if (!m) break;
      const end = matchingEnd(trimmed, m.index);
      if (end < 0) {
        truncated = true;
        break; // everything after an unclosed bracket is inside it
      }
      const parsed = tryParse(trimmed.slice(m.index, end + 1));
      if (parsed.ok) return parsed;
      firstError ??= parsed.message;
      from = end + 1;
    }
  }
  if (truncated) return { ok: false, error: 'the JSON is cut off before its end (truncated)' };
  if (firstError) return { ok: false, error: `invalid JSON: ${firstError}` };
  return { ok: false, error: want === '[' ? 'no JSON array in the reply' : 'no JSON object in the reply' };
}
