// Feedback as pre-wrapped display rows, so the screen can scroll over them and show only a window
// that fits the terminal. Pure: (feedback, width) → rows. Meaning is carried by text and markers
// (✓ ✗ ? + →), colour only helps.
import { sanitizeText, wrapText } from '../components/text-layout.js';
import { checklistNote } from '../interview/checklist.js';
import { bandLabel, criterionLabel } from '../interview/labels.js';
import { bandFor } from '../interview/rubric.js';
import { t } from '../i18n/index.js';
import type { CriterionGrade, Feedback } from '../store/schema.js';

export interface ViewLine {
  text: string;
  bold?: boolean;
  dim?: boolean;
  color?: 'green' | 'red' | 'yellow' | 'cyan';
}

/** Short criterion names for the one-line score row ("STAR 4 · Specificity 3 · …"), in the interface language. */
export const criterionName = (key: string): string => (key === 'star' ? t('feedback.criteria.starShort') : criterionLabel(key));

export function scoresLine(scores: Record<string, number>): string {
  return Object.entries(scores)
    .map(([k, v]) => `${criterionName(k)} ${v}`)
    .join(' · ');
}

/** "72/100 · Solid" */
export function overallText(feedback: Extract<Feedback, { kind: 'graded' }>): string {
  const { score, band } = feedback.overall;
  return `${Math.round(score)}/100 · ${bandLabel(band || bandFor(score))}`;
}

export function droppedText(n: number): string {
  if (n === 0) return t('feedback.view.allChecked');
  return t('feedback.view.dropped', { count: n });
}

/** How the overall was reached, in one phrase (shared with the export). */
export function overallBasisText(feedback: Extract<Feedback, { kind: 'graded' }>): string {
  if (feedback.overallBasis === 'all') return t('feedback.view.basis.all');
  if (feedback.overallBasis === 'supported') return t('feedback.view.basis.supported');
  return t('feedback.view.basis.criteria');
}

/** Why a question has no grade, in the candidate's words. */
function notGradedWhy(reason: string): string {
  switch (reason) {
    case 'not reached':
      return t('feedback.view.notGraded.notReached');
    case 'not answered':
      return t('feedback.view.notGraded.notAnswered');
    case 'not graded':
      return t('feedback.view.notGraded.notGraded');
    default:
      return reason;
  }
}

function stageNote(stage: string | undefined): string | undefined {
  if (stage === 'introduction') return t('feedback.view.stage.introduction');
  if (stage === 'close') return t('feedback.view.stage.close');
  return undefined;
}

/** One criterion: its score and the quote that backs it, or "unsupported" when none was found word for word. */
export function criterionText(c: CriterionGrade): string {
  const head = `${criterionName(c.key)} ${c.score}`;
  return c.status === 'supported' && c.quote ? `${head} ✓ “${c.quote}”` : t('feedback.view.unsupported', { head });
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
    out.push({ text: t('feedback.view.gradedAsText', { model: feedback.graderModel }), bold: true });
    para(out, feedback.reason, width, t('feedback.view.why'), { color: 'yellow' });
    blank(out);
    para(out, feedback.text, width);
    return out;
  }
  if (feedback.kind === 'checklist') {
    para(out, checklistNote(), width, '', { dim: true });
    for (const q of feedback.questions) {
      blank(out);
      para(out, q.question, width, t('feedback.view.question', { n: q.questionNumber }), { bold: true });
      for (const c of q.checklist) {
        const mark = c.met === true ? '✓' : c.met === false ? '✗' : '?';
        para(out, c.item, width, `  ${mark} `, { color: c.met === true ? 'green' : c.met === false ? 'red' : 'yellow' });
        // What in the answer met it (its words or its length), so the tick can be checked.
        if (c.evidence) para(out, c.evidence, width, '      ', { dim: true });
      }
    }
    if (feedback.questions.length === 0) para(out, t('feedback.view.noAnswered'), width);
    return out;
  }
  out.push({ text: t('feedback.view.overall', { text: overallText(feedback) }), bold: true });
  out.push({ text: t('feedback.view.gradedBy', { model: feedback.graderModel, basis: overallBasisText(feedback) }), dim: true });
  para(out, feedback.overall.summary, width);
  para(out, droppedText(feedback.droppedQuotes), width, '', { dim: feedback.droppedQuotes === 0, color: feedback.droppedQuotes ? 'yellow' : undefined });
  if (feedback.rejectedOverall !== undefined) {
    para(out, t('feedback.view.rejectedOverall', { score: feedback.rejectedOverall }), width, '', { color: 'yellow' });
  }
  if (feedback.notGraded?.length) {
    para(out, feedback.notGraded.map((q) => t('feedback.view.notGradedItem', { n: q.questionNumber, why: notGradedWhy(q.reason) })).join(' · '), width, t('feedback.view.notGradedPrefix'), { color: 'yellow' });
  }
  for (const q of feedback.questions) {
    blank(out);
    const note = stageNote(q.stage);
    para(out, q.question, width, note ? t('feedback.view.questionNote', { n: q.questionNumber, note }) : t('feedback.view.question', { n: q.questionNumber }), { bold: true });
    para(out, scoresLine(q.scores), width, '  ', { color: 'cyan' });
    // Feedback stored before each score carried its own quote: say so rather than imply backing.
    if (!q.criteria) para(out, t('feedback.view.unsupportedOld'), width, '   ', { color: 'yellow' });
    for (const c of q.criteria ?? []) {
      para(out, criterionText(c), width, '   ', { color: c.status === 'supported' ? 'green' : 'yellow' });
      if (c.why) para(out, c.why, width, '     ', { dim: true });
    }
    if (q.strengths.length) {
      out.push({ text: t('feedback.view.strengths'), bold: true });
      for (const s of q.strengths) para(out, s, width, '   + ');
    }
    if (q.improvements.length) {
      out.push({ text: t('feedback.view.improve'), bold: true });
      for (const s of q.improvements) para(out, s, width, '   → ');
    }
    // Quotes already shown beside their criterion are not repeated; an unverified one is never shown.
    const shown = new Set((q.criteria ?? []).flatMap((c) => (c.quote ? [c.quote] : [])));
    const extra = q.evidence.filter((e) => !shown.has(e.quote));
    if (extra.length) {
      out.push({ text: t('feedback.view.fromAnswer'), bold: true });
      for (const e of extra) {
        if (e.verified) para(out, `“${e.quote}”`, width, '   ✓ ', { color: 'green' });
        else para(out, t('feedback.view.quoteNotShown'), width, '   ? ', { color: 'yellow' });
      }
    }
    if (q.betterAnswer) {
      out.push({ text: t('feedback.view.stronger'), bold: true });
      para(out, q.betterAnswer, width, '   ');
    }
  }
  return out;
}
