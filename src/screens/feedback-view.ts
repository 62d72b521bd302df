// Feedback as pre-wrapped display rows, so the screen can scroll over them and show only a window
// that fits the terminal. Pure: (feedback, width) → rows. Meaning is carried by text and markers
// (✓ ✗ ? + →), colour only helps.
import { sanitizeText, wrapText } from '../components/text-layout.js';
import { CHECKLIST_NOTE } from '../interview/checklist.js';
import { bandFor, CRITERION_LABELS } from '../interview/rubric.js';
import type { Feedback } from '../store/schema.js';

export interface ViewLine {
  text: string;
  bold?: boolean;
  dim?: boolean;
  color?: 'green' | 'red' | 'yellow' | 'cyan';
}

/** Short criterion names for the one-line score row ("STAR 4 · Specificity 3 · …"). */
const SHORT_LABELS: Record<string, string> = { star: 'STAR' };
export const criterionName = (key: string): string => SHORT_LABELS[key] ?? CRITERION_LABELS[key] ?? key;

export function scoresLine(scores: Record<string, number>): string {
  return Object.entries(scores)
    .map(([k, v]) => `${criterionName(k)} ${v}`)
    .join(' · ');
}

/** "72/100 · Solid" */
export function overallText(feedback: Extract<Feedback, { kind: 'graded' }>): string {
  const { score, band } = feedback.overall;
  return `${Math.round(score)}/100 · ${band || bandFor(score)}`;
}

export function droppedText(n: number): string {
  if (n === 0) return 'Every quote below was checked word for word against your answers.';
  return `${n} invented quote${n === 1 ? '' : 's'} from the grader dropped (not found word for word in your answers).`;
}

/** Wraps `text` under a first-row prefix, continuation rows indented to line up. */
function para(out: ViewLine[], text: string, width: number, prefix = '', style: Omit<ViewLine, 'text'> = {}): void {
  const indent = ' '.repeat(Array.from(prefix).length);
  const clean = sanitizeText(text).trim();
  if (!clean) return;
  let first = true;
  for (const logical of clean.split('\n')) {
    for (const row of wrapText(logical, Math.max(10, width - indent.length))) {
      out.push({ text: `${first ? prefix : indent}${row}`, ...style });
      first = false;
    }
  }
}

const blank = (out: ViewLine[]): void => {
  if (out.length && out[out.length - 1]!.text !== '') out.push({ text: '' });
};

export function feedbackLines(feedback: Feedback, width: number): ViewLine[] {
  const out: ViewLine[] = [];
  if (feedback.kind === 'text') {
    out.push({ text: `Graded by ${feedback.graderModel}: shown as the grader wrote it.`, bold: true });
    para(out, feedback.reason, width, 'Why: ', { color: 'yellow' });
    blank(out);
    para(out, feedback.text, width);
    return out;
  }
  if (feedback.kind === 'checklist') {
    para(out, CHECKLIST_NOTE, width, '', { dim: true });
    for (const q of feedback.questions) {
      blank(out);
      para(out, q.question, width, `Question ${q.questionNumber}: `, { bold: true });
      for (const c of q.checklist) {
        const mark = c.met === true ? '✓' : c.met === false ? '✗' : '?';
        para(out, c.item, width, `  ${mark} `, { color: c.met === true ? 'green' : c.met === false ? 'red' : 'yellow' });
      }
    }
    if (feedback.questions.length === 0) para(out, 'No answered questions to check.', width);
    return out;
  }
  out.push({ text: `Overall ${overallText(feedback)}`, bold: true });
  out.push({ text: `Graded by ${feedback.graderModel}`, dim: true });
  para(out, feedback.overall.summary, width);
  para(out, droppedText(feedback.droppedQuotes), width, '', { dim: feedback.droppedQuotes === 0, color: feedback.droppedQuotes ? 'yellow' : undefined });
  for (const q of feedback.questions) {
    blank(out);
    para(out, q.question, width, `Question ${q.questionNumber}: `, { bold: true });
    para(out, scoresLine(q.scores), width, '  ', { color: 'cyan' });
    if (q.strengths.length) {
      out.push({ text: '  Strengths', bold: true });
      for (const s of q.strengths) para(out, s, width, '   + ');
    }
    if (q.improvements.length) {
      out.push({ text: '  To improve', bold: true });
      for (const s of q.improvements) para(out, s, width, '   → ');
    }
    if (q.evidence.length) {
      out.push({ text: '  From your answer', bold: true });
      for (const e of q.evidence) para(out, `“${e.quote}”`, width, e.verified ? '   ✓ ' : '   ? ', { color: e.verified ? 'green' : 'yellow' });
    }
    if (q.betterAnswer) {
      out.push({ text: '  A stronger answer', bold: true });
      para(out, q.betterAnswer, width, '   ');
    }
  }
  return out;
}
