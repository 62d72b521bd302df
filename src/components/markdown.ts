// The interviewer's and the model's text as terminal Markdown: marked's lexer reads it (a
// well-kept CommonMark/GFM parser), and this file lays the tokens out in rows of styled spans,
// wrapped with our own CJK-aware wrapping (text-layout.ts), so a reply wraps by display width and
// a row never runs past the terminal. Styles are only marks here (bold, italic, code…); when the
// terminal shows no styles (NO_COLOR, TERM=dumb) Ink drops them and the text reads plainly, with
// bullets, numbers and indentation carrying the structure. Exports keep the Markdown as written:
// this is only how it is shown.
import { Lexer, type Token, type Tokens } from 'marked';
import stringWidth from 'string-width';
import { layoutRows, truncateToWidth } from './text-layout.js';

export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Inline code and code blocks. */
  code?: boolean;
  /** Headings: bold and underlined. */
  heading?: boolean;
  dim?: boolean;
  strike?: boolean;
}

export interface StyledRow {
  spans: Span[];
  /** The row's text without styles (for widths, tests and plain copies). */
  text: string;
}

type Style = Omit<Span, 'text'>;

/** A logical line before wrapping: what starts the first row, what starts the others, its spans. */
interface Line {
  first: string;
  hang: string;
  spans: Span[];
  /** Code keeps its spaces and breaks anywhere. */
  code?: boolean;
}

const lexer = (text: string): Token[] => new Lexer({ gfm: true, breaks: true }).lex(text);

/** Rows of `markdown` at most `width` columns wide. */
export function markdownRows(markdown: string, width: number): StyledRow[] {
  const w = Math.max(4, Math.floor(width));
  const lines = blocks(lexer(markdown), '', '', w);
  while (lines.length && isBlank(lines[lines.length - 1]!)) lines.pop();
  while (lines.length && isBlank(lines[0]!)) lines.shift();
  return lines.flatMap((line) => wrapLine(line, w));
}

const isBlank = (l: Line): boolean => l.spans.every((s) => s.text.trim() === '') && l.first.trim() === '';

/** Block tokens as lines; `first`/`hang` are the prefixes (list bullets, quote bars) of this level. */
function blocks(tokens: readonly Token[], first: string, hang: string, width: number): Line[] {
  const out: Line[] = [];
  let prefix = first;
  const push = (lines: Line[]): void => {
    if (!lines.length) return;
    // A gap between blocks, as Markdown renders paragraphs; the prefix goes on the first line only.
    if (out.length && !isBlank(out[out.length - 1]!)) out.push({ first: hang.trimEnd(), hang: '', spans: [] });
    out.push(...lines);
  };
  for (const token of tokens) {
    const p = prefix;
    switch (token.type) {
      case 'space':
        continue;
      case 'heading': {
        const t = token as Tokens.Heading;
        push(inlineLines(t.tokens, { heading: true, bold: true }, p, hang));
        break;
      }
      case 'paragraph':
        push(inlineLines((token as Tokens.Paragraph).tokens, {}, p, hang));
        break;
      case 'text': {
        const t = token as Tokens.Text;
        push(inlineLines(t.tokens ?? [{ type: 'text', raw: t.raw, text: t.text } as Tokens.Text], {}, p, hang));
        break;
      }
      case 'code': {
        const t = token as Tokens.Code;
        const codeLines = t.text.replace(/\t/g, '    ').split('\n');
        push(codeLines.map((text, i) => ({ first: (i === 0 ? p : hang) + '  ', hang: hang + '  ', spans: [{ text, code: true }], code: true })));
        break;
      }
      case 'blockquote': {
        const t = token as Tokens.Blockquote;
        push(blocks(t.tokens, p + '│ ', hang + '│ ', width).map((l) => ({ ...l, spans: l.spans.map((s) => ({ ...s, italic: true })) })));
        break;
      }
      case 'list': {
        const t = token as Tokens.List;
        const start = typeof t.start === 'number' ? t.start : 1;
        const items: Line[] = [];
        t.items.forEach((item, i) => {
          const mark = t.ordered ? `${start + i}. ` : item.task ? (item.checked ? '☑ ' : '☐ ') : '• ';
          const pad = ' '.repeat(stringWidth(mark));
          const lines = blocks(item.tokens, (i === 0 ? p : hang) + mark, hang + pad, width);
          if (t.loose && items.length) items.push({ first: hang.trimEnd(), hang: '', spans: [] });
          items.push(...lines);
        });
        push(items);
        break;
      }
      case 'hr':
        push([{ first: p, hang, spans: [{ text: '─'.repeat(Math.max(1, width - stringWidth(p))), dim: true }] }]);
        break;
      case 'table':
        push(table(token as Tokens.Table, p, hang, width));
        break;
      case 'html':
      case 'def':
      default: {
        const raw = ('text' in token && typeof token.text === 'string' ? token.text : token.raw).replace(/\n+$/, '');
        push(raw.split('\n').map((text, i) => ({ first: i === 0 ? p : hang, hang, spans: [{ text }] })));
      }
    }
    prefix = hang;
  }
  return out;
}

/** Inline tokens as lines (a hard or soft break starts a new line). */
function inlineLines(tokens: readonly Token[] | undefined, base: Style, first: string, hang: string): Line[] {
  const lines: Line[] = [{ first, hang, spans: [] }];
  const add = (text: string, style: Style): void => {
    text.split('\n').forEach((part, i) => {
      if (i > 0) lines.push({ first: hang, hang, spans: [] });
      if (part) lines[lines.length - 1]!.spans.push({ text: part, ...style });
    });
  };
  const walk = (ts: readonly Token[] | undefined, style: Style): void => {
    for (const t of ts ?? []) {
      switch (t.type) {
        case 'strong':
          walk((t as Tokens.Strong).tokens, { ...style, bold: true });
          break;
        case 'em':
          walk((t as Tokens.Em).tokens, { ...style, italic: true });
          break;
        case 'del':
          walk((t as Tokens.Del).tokens, { ...style, strike: true });
          break;
        case 'codespan':
          add((t as Tokens.Codespan).text, { ...style, code: true });
          break;
        case 'br':
          add('\n', style);
          break;
        case 'link': {
          const l = t as Tokens.Link;
          walk(l.tokens, style);
          if (l.href && l.href !== l.text && !l.href.startsWith('mailto:')) add(` (${l.href})`, { ...style, dim: true });
          break;
        }
        case 'image':
          add((t as Tokens.Image).text || (t as Tokens.Image).href, style);
          break;
        case 'text': {
          const x = t as Tokens.Text;
          if (x.tokens?.length) walk(x.tokens, style);
          else add(x.text, style);
          break;
        }
        case 'escape':
          add((t as Tokens.Escape).text, style);
          break;
        default:
          add('text' in t && typeof t.text === 'string' ? t.text : t.raw, style);
      }
    }
  };
  walk(tokens, base);
  return lines;
}

/** A table drawn in aligned columns when it fits; otherwise one line per row, cells joined by │. */
function table(t: Tokens.Table, first: string, hang: string, width: number): Line[] {
  const cell = (c: Tokens.TableCell): string => c.text.replace(/\s+/g, ' ').trim();
  const header = t.header.map(cell);
  const body = t.rows.map((r) => r.map(cell));
  const cols = header.length;
  const widths = Array.from({ length: cols }, (_, i) => Math.max(stringWidth(header[i] ?? ''), ...body.map((r) => stringWidth(r[i] ?? ''))));
  const total = widths.reduce((a, b) => a + b, 0) + 3 * Math.max(0, cols - 1) + stringWidth(hang);
  const pad = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - stringWidth(s)));
  if (total <= width) {
    const row = (cells: string[], style: Style): Span[] => [{ text: cells.map((c, i) => pad(c, widths[i] ?? 0)).join(' │ ').trimEnd(), ...style }];
    return [
      { first, hang, spans: row(header, { bold: true }) },
      { first: hang, hang, spans: [{ text: widths.map((w) => '─'.repeat(w)).join('─┼─'), dim: true }] },
      ...body.map((r) => ({ first: hang, hang, spans: row(r, {}) })),
    ];
  }
  return [
    { first, hang: hang + '  ', spans: [{ text: header.join(' │ '), bold: true }] },
    ...body.map((r) => ({ first: hang, hang: hang + '  ', spans: [{ text: r.join(' │ ') }] })),
  ];
}

/** One logical line wrapped into rows: prefixes first, then the spans cut where the text wraps. */
function wrapLine(line: Line, width: number): StyledRow[] {
  const firstW = stringWidth(line.first);
  const hangW = stringWidth(line.hang);
  // Prefixes never take the whole row: text keeps at least a third of it.
  const room = Math.max(4, width - Math.max(firstW, hangW));
  const chars: string[] = [];
  const owner: number[] = [];
  line.spans.forEach((s, i) => {
    for (const ch of s.text) {
      chars.push(ch);
      owner.push(i);
    }
  });
  const prefix = (k: number): string => truncateToWidth(k === 0 ? line.first : line.hang, width - room);
  if (!chars.length) return [{ spans: line.first ? [{ text: prefix(0), dim: true }] : [], text: prefix(0) }];
  const rows = layoutRows(chars, room);
  return rows.map((r, k) => {
    let end = r.end;
    // Trailing spaces of a wrapped prose row are dropped (code keeps what it has).
    if (!line.code) while (end > r.start && chars[end - 1] === ' ') end--;
    const spans: Span[] = [];
    const pre = prefix(k);
    if (pre) spans.push({ text: pre });
    for (let i = r.start; i < end; i++) {
      const s = line.spans[owner[i]!]!;
      const last = spans[spans.length - 1];
      if (last && spans.length > (pre ? 1 : 0) && owner[i - 1] === owner[i] && i > r.start) last.text += chars[i];
      else spans.push({ ...s, text: chars[i]! });
    }
    return { spans, text: spans.map((s) => s.text).join('') };
  });
}
