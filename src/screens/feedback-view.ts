// Feedback as pre-wrapped display rows, so the screen can scroll over them and show only a window
// that fits the terminal. Pure: (feedback, width) → rows. Meaning is carried by text and markers
// (✓ ✗ ? + →), colour only helps.
import { sanitizeText, wrapText } from '../components/text-layout.js';
import { CHECKLIST_NOTE } from '../interview/checklist.js';
import { bandFor, CRITERION_LABELS } from '../interview/rubric.js';
import type { CriterionGrade, Feedback } from '../store/schema.js';

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
  return `${n} quote${n === 1 ? '' : 's'} from the grader left out: not found word for word in your answers, or too short to back a score.`;
}

/** How the overall was reached, in one phrase (shared with the export). */
export function overallBasisText(feedback: Extract<Feedback, { kind: 'graded' }>): string {
  if (feedback.overallBasis === 'all') return 'computed from the main questions\' scores (none is backed by a quote)';
  if (feedback.overallBasis === 'supported') return 'computed from the main questions\' scores backed by your words';
  return 'computed from the criterion scores';
}

/** Why a question has no grade, in the candidate's words. */
const NOT_GRADED: Record<string, string> = {
  'not reached': 'not reached',
  'not answered': 'not answered',
  'not graded': 'the grader gave no usable grade',
};

const STAGE_NOTE: Record<string, string> = {
  introduction: 'self-introduction, assessed lightly, not in the overall',
  close: 'close, assessed lightly, not in the overall',
};

/** One criterion: its score and the quote that backs it, or "unsupported" when none was found word for word. */
export function criterionText(c: CriterionGrade): string {
  const head = `${criterionName(c.key)} ${c.score}`;
  return c.status === 'supported' && c.quote ? `${head} ✓ “${c.quote}”` : `${head} · unsupported: no quote found word for word in your answer`;
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
        // What in the answer met it (its words or its length), so the tick can be checked.
        if (c.evidence) para(out, c.evidence, width, '      ', { dim: true });
      }
    }
    if (feedback.questions.length === 0) para(out, 'No answered questions to check.', width);
    return out;
  }
  out.push({ text: `Overall ${overallText(feedback)}`, bold: true });
  out.push({ text: `Graded by ${feedback.graderModel} · ${overallBasisText(feedback)}`, dim: true });
  para(out, feedback.overall.summary, width);
  para(out, droppedText(feedback.droppedQuotes), width, '', { dim: feedback.droppedQuotes === 0, color: feedback.droppedQuotes ? 'yellow' : undefined });
  if (feedback.rejectedOverall !== undefined) {
    para(out, `The grader's own overall (${feedback.rejectedOverall}) disagreed with its criterion scores and was replaced by the computed one.`, width, '', { color: 'yellow' });
  }
  if (feedback.notGraded?.length) {
    para(out, feedback.notGraded.map((q) => `Q${q.questionNumber} ${NOT_GRADED[q.reason] ?? q.reason}`).join(' · '), width, 'Not graded: ', { color: 'yellow' });
  }
  for (const q of feedback.questions) {
    blank(out);
    const note = q.stage ? STAGE_NOTE[q.stage] : undefined;
    para(out, q.question, width, `Question ${q.questionNumber}${note ? ` (${note})` : ''}: `, { bold: true });
    para(out, scoresLine(q.scores), width, '  ', { color: 'cyan' });
    // Feedback stored before each score carried its own quote: say so rather than imply backing.
    if (!q.criteria) para(out, 'unsupported: no quote per score (graded by an earlier version); re-grade to check', width, '   ', { color: 'yellow' });
    for (const c of q.criteria ?? []) {
      para(out, criterionText(c), width, '   ', { color: c.status === 'supported' ? 'green' : 'yellow' });
      if (c.why) para(out, c.why, width, '     ', { dim: true });
    }
    if (q.strengths.length) {
      out.push({ text: '  Strengths', bold: true });
      for (const s of q.strengths) para(out, s, width, '   + ');
    }
    if (q.improvements.length) {
      out.push({ text: '  To improve', bold: true });
      for (const s of q.improvements) para(out, s, width, '   → ');
    }
    // Quotes already shown beside their criterion are not repeated; an unverified one is never shown.
    const shown = new Set((q.criteria ?? []).flatMap((c) => (c.quote ? [c.quote] : [])));
    const extra = q.evidence.filter((e) => !shown.has(e.quote));
    if (extra.length) {
      out.push({ text: '  From your answer', bold: true });
      for (const e of extra) {
        if (e.verified) para(out, `“${e.quote}”`, width, '   ✓ ', { color: 'green' });
        else para(out, 'a quote not found word for word in your answers (not shown)', width, '   ? ', { color: 'yellow' });
      }
    }
    if (q.betterAnswer) {
      out.push({ text: '  A stronger answer', bold: true });
      para(out, q.betterAnswer, width, '   ');
    }
  }
  return out;
}
