// Reads the interviewer's markers and private notes out of a reply. Models drift, so it is tolerant:
// [Q2], 【Q2】, **Question 2:**, Q2:, 问题2：, [Follow-up], (follow-up), [追问]/[追問], [Close],
// [End]/[结束]/[結束], a marker after a short acknowledgement, a marker cut off at the end of a stream.
// What a marker MEANS (new question, clarification, follow-up…) is decided by the plan (placement.ts).

export type MarkerKind = 'question' | 'follow-up' | 'close' | 'end';

export interface InterviewerReply {
  /** The number of the first question marker ([Q<n>]); the session keeps its own count. */
  questionNumber?: number;
  followUp: boolean;
  /** The reply without markers and notes, trimmed: what the candidate sees. */
  text: string;
  /** The reply is the farewell ([End] first, or only [End]). */
  isClosing: boolean;
  /** The first marker, if any. */
  marker?: MarkerKind;
  /** Every marker in order (two question markers in one message break a rule). */
  markers: MarkerKind[];
  /** Every question number written, in order. */
  questionNumbers: number[];
  /** The private notes block(s), joined; never displayed. */
  notes?: string;
}

const OPEN = '[\\[【［(（]';
const CLOSE = '[\\]】］)）]';
const KINDS =
  '(?:Q|Question|问题|問題|第)\\s*(\\d+)\\s*(?:题|題)?' + // 1: number
  '|(Follow[\\s_-]?up|追问|追問)' + // 2
  '|(Close|收尾|提问环节|提問環節)' + // 3
  '|(End|结束|結束)'; // 4
/** A bracketed marker anywhere, or a bare one with a colon at the start of a line. */
const MARKER = new RegExp(
  `\\*{0,2}${OPEN}\\s*(?:${KINDS})\\s*${CLOSE}\\*{0,2}[ \\t]*[:：]?[ \\t]*` +
    `|(?<=^|\\n)[ \\t]*\\*{0,2}(?:(?:Q|Question|问题|問題)\\s*(\\d+)|(Follow[\\s_-]?up|追问|追問))\\s*[:：.]\\*{0,2}[ \\t]*(?:\\*\\*)?`,
  'giu',
);

/** Private notes: <notes>…</notes>, [Notes]…[/Notes], [笔记]…[/笔记], [筆記]…[/筆記]; unclosed runs to the end. */
const NOTES = /<notes>([\s\S]*?)(?:<\/notes>|$)|\[(?:notes|笔记|筆記)\]([\s\S]*?)(?:\[\/(?:notes|笔记|筆記)\]|$)/giu;
/** A notes opener still arriving at the end of a stream. */
const PARTIAL_NOTES = /(?:<n?o?t?e?s?|\[(?:n(?:o(?:t(?:e(?:s)?)?)?)?|笔|筆)?)$/iu;

const WORDS = ['end', 'follow-up', 'followup', 'follow up', 'q', 'question', 'close', '追问', '追問', '结束', '結束', '问题', '問題'];

/** A marker still arriving at the edge of a streamed text, e.g. "[Q" or "[Follo". */
function isMarkerPrefix(fragment: string): boolean {
  const inner = fragment.replace(/^\*{0,2}[[【［(（]\s*/u, '').toLowerCase();
  if (inner === '') return true;
  if (/^(q|question|问题|問題)\s*\d*$/u.test(inner)) return true;
  return WORDS.some((w) => w.startsWith(inner));
}

function stripPartialMarkers(text: string): string {
  let out = text;
  const tail = /\*{0,2}[[【［(（][^\]】］)）\n]{0,10}$/u.exec(out);
  if (tail && isMarkerPrefix(tail[0])) out = out.slice(0, tail.index);
  const notes = PARTIAL_NOTES.exec(out);
  if (notes && notes[0].length > 1) out = out.slice(0, notes.index);
  return out;
}

export function parseInterviewerReply(raw: string): InterviewerReply {
  const notes: string[] = [];
  const withoutNotes = raw.replace(NOTES, (_m, a: string | undefined, b: string | undefined) => {
    const body = (a ?? b ?? '').trim();
    if (body) notes.push(body);
    return '';
  });
  const markers: MarkerKind[] = [];
  const questionNumbers: number[] = [];
  const text = stripPartialMarkers(withoutNotes).replace(
    MARKER,
    (_m: string, n1?: string, f1?: string, c1?: string, e1?: string, n2?: string, f2?: string) => {
      const n = n1 ?? n2;
      const kind: MarkerKind = n !== undefined ? 'question' : f1 ?? f2 ? 'follow-up' : c1 ? 'close' : e1 ? 'end' : 'question';
      markers.push(kind);
      if (n !== undefined) questionNumbers.push(Number(n));
      return '';
    },
  );
  const first = markers[0];
  // "[Q5] …? [End]" is still a question; "Thanks for your time. [End]" is the farewell.
  const isClosing = markers.includes('end') && (first === 'end' || !markers.some((m) => m === 'question' || m === 'follow-up'));
  const firstAsk = markers.find((m) => m === 'question' || m === 'follow-up');
  return {
    ...(questionNumbers.length && !isClosing && firstAsk === 'question' ? { questionNumber: questionNumbers[0] } : {}),
    followUp: firstAsk === 'follow-up' && !isClosing,
    text: text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim(),
    isClosing,
    ...(first ? { marker: first } : {}),
    markers,
    questionNumbers,
    ...(notes.length ? { notes: notes.join('\n') } : {}),
  };
}

/** The marker a stored interviewer turn had, so the model sees its own convention in the history. */
export function markerFor(turn: { questionNumber?: number; followUp?: boolean; stage?: string }): string {
  if (turn.questionNumber === undefined) return turn.stage === 'close' ? '[Close]' : '[End]';
  return turn.followUp ? '[Follow-up]' : `[Q${turn.questionNumber}]`;
}
