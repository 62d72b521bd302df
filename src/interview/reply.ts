// Reads the interviewer's markers ([Q<n>], [Follow-up], [End]) out of a reply. Models drift, so it
// is tolerant: full-width brackets, bold, a colon after the marker, a marker after a short
// acknowledgement, or none at all (then the reply counts as the next main question).

export interface InterviewerReply {
  /** The number the model wrote after Q; the session keeps its own count (see session.ts). */
  questionNumber?: number;
  followUp: boolean;
  /** The reply without markers, trimmed. */
  text: string;
  isClosing: boolean;
}

const MARKER = /\*{0,2}[[【［]\s*(?:Q\s*(\d+)|(Follow[\s_-]?up)|(End))\s*[\]】］]\*{0,2}[ \t]*[:：]?[ \t]*/giu;
const WORDS = ['end', 'follow-up', 'followup', 'follow up', 'q'];

/** A marker still arriving at the edge of a streamed text, e.g. "[Q" or "[Follo". */
function isMarkerPrefix(fragment: string): boolean {
  const inner = fragment.replace(/^\*{0,2}[[【［]\s*/u, '').toLowerCase();
  if (inner === '') return true;
  if (/^q\s*\d*$/.test(inner)) return true;
  return WORDS.some((w) => w.startsWith(inner));
}

function stripPartialMarkers(text: string): string {
  let out = text;
  const tail = /\*{0,2}[[【［][^\]】］\n]{0,10}$/u.exec(out);
  if (tail && isMarkerPrefix(tail[0])) out = out.slice(0, tail.index);
  return out;
}

export function parseInterviewerReply(raw: string): InterviewerReply {
  let questionNumber: number | undefined;
  let followUp = false;
  let sawQuestionMarker = false;
  let firstMarker: 'q' | 'follow' | 'end' | undefined;
  let sawEnd = false;
  const text = stripPartialMarkers(raw).replace(MARKER, (_m: string, n: string | undefined, f: string | undefined) => {
    const kind = n !== undefined ? 'q' : f !== undefined ? 'follow' : 'end';
    firstMarker ??= kind;
    if (kind === 'end') sawEnd = true;
    else if (!sawQuestionMarker) {
      sawQuestionMarker = true;
      if (kind === 'q') questionNumber = Number(n);
      else followUp = true;
    }
    return '';
  });
  // "[Q5] …? [End]" is still a question; "Thanks for your time. [End]" is the close.
  const isClosing = sawEnd && (firstMarker === 'end' || !sawQuestionMarker);
  return {
    ...(questionNumber !== undefined && !isClosing ? { questionNumber } : {}),
    followUp: followUp && !isClosing,
    text: text.replace(/[ \t]+\n/g, '\n').trim(),
    isClosing,
  };
}

/** The marker a stored interviewer turn had, so the model sees its own convention in the history. */
export function markerFor(turn: { questionNumber?: number; followUp?: boolean }): string {
  if (turn.questionNumber === undefined) return '[End]';
  return turn.followUp ? '[Follow-up]' : `[Q${turn.questionNumber}]`;
}
