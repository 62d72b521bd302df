// A finished (or unfinished) interview as Markdown to read or share, and as JSON to keep. Sessions
// hold no secrets; the JSON is still passed through the schema (unknown fields dropped) and the
// secret redactor, so an export can never leak a key even if one slipped into a session.
import { t } from '../i18n/index.js';
import { redactSecrets } from '../store/redact.js';
import { SessionSchema, type Feedback, type Session, type Turn } from '../store/schema.js';
import { checklistNote } from './checklist.js';
import { TYPE_LABELS } from './prompts.js';
import { CRITERION_LABELS } from './rubric.js';
import { RULE_LABELS, type RuleId } from './rules.js';
import { questionsAsked } from './session.js';
import { lengthLabel } from './words.js';

export function formatDuration(ms: number): string {
  // "1m 52s" / "1分52秒": in the interface language (the chat's clock and answer times, exports).
  const s = Math.round(ms / 1000);
  if (s < 60) return t('interview.duration.seconds', { s });
  const m = Math.floor(s / 60);
  return s % 60 ? t('interview.duration.minutesSeconds', { m, s: s % 60 }) : t('interview.duration.minutes', { m });
}

/** Markdown-safe one-liner for headings and table cells. */
const inline = (s: string): string => s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const quoteBlock = (s: string): string =>
  s
    .trim()
    .split('\n')
    .map((l) => (l.trim() ? `> ${l}` : '>'))
    .join('\n');

function turnMarkdown(turn: Turn): string {
  const cut = turn.cut ? ' *(cut off)*' : '';
  if (turn.role === 'interviewer') {
    const who = turn.questionNumber === undefined ? 'Interviewer (closing)' : turn.followUp ? 'Interviewer (follow-up)' : 'Interviewer';
    // A rule the interviewer kept breaking after one correction (src/interview/rules.ts).
    const flagged = turn.flags?.length ? ` ⚑ *(flagged: ${turn.flags.map((f) => RULE_LABELS[f as RuleId] ?? f).join('; ')})*` : '';
    return `**${who}:** ${turn.text.trim()}${cut}${flagged}`;
  }
  const t = turn.timing;
  const timing = t ? ` _(${formatDuration(t.thinkMs)} to start · ${formatDuration(t.answeringMs)} answering · ${lengthLabel(turn.text, t.words)})_` : '';
  return `**You:**${timing}${cut}\n\n${quoteBlock(turn.text)}`;
}

function transcriptMarkdown(session: Session): string[] {
  const out: string[] = ['## Transcript', ''];
  let current: number | undefined | null = null;
  for (const turn of session.turns) {
    if (turn.questionNumber !== current && !(turn.role === 'candidate' && turn.questionNumber === undefined)) {
      current = turn.questionNumber;
      out.push(current === undefined ? '### Close' : `### Question ${current}`, '');
    }
    out.push(turnMarkdown(turn), '');
  }
  if (session.turns.length === 0) out.push('_No questions were asked._', '');
  return out;
}

function feedbackMarkdown(feedback: Feedback): string[] {
  const out: string[] = ['## Feedback', ''];
  if (feedback.kind === 'text') {
    out.push(`_Graded by ${feedback.graderModel}. ${feedback.reason}_`, '', '```text', feedback.text.replace(/```/g, "'''"), '```', '');
    return out;
  }
  if (feedback.kind === 'checklist') {
    out.push(`_${checklistNote()}_`, '');
    for (const q of feedback.questions) {
      out.push(`### Question ${q.questionNumber}: ${inline(q.question)}`, '');
      for (const c of q.checklist) out.push(`- ${c.met === true ? '[x]' : c.met === false ? '[ ]' : '[?]'} ${c.item}${c.evidence ? ` — _${inline(c.evidence)}_` : ''}`);
      out.push('');
    }
    return out;
  }
  out.push(`**Overall: ${feedback.overall.score}/100 — ${feedback.overall.band}** _(graded by ${feedback.graderModel}; ${feedback.overallBasis === 'all' ? "computed from the main questions' scores, none backed by a quote" : feedback.overallBasis === 'supported' ? "computed from the main questions' scores backed by your words" : 'computed from the criterion scores'})_`, '');
  if (feedback.overall.summary) out.push(feedback.overall.summary, '');
  if (feedback.droppedQuotes > 0) {
    out.push(`_${feedback.droppedQuotes} quote${feedback.droppedQuotes === 1 ? '' : 's'} from the grader left out: not found word for word in your answers, or too short to back a score._`, '');
  }
  if (feedback.rejectedOverall !== undefined) {
    out.push(`_The grader's own overall (${feedback.rejectedOverall}) disagreed with its criterion scores and was replaced by the computed one._`, '');
  }
  if (feedback.notGraded?.length) {
    out.push(`_Not graded: ${feedback.notGraded.map((q) => `question ${q.questionNumber} (${q.reason})`).join(', ')}._`, '');
  }
  for (const q of feedback.questions) {
    const light = q.scored === false ? ' _(assessed lightly, not in the overall)_' : '';
    out.push(`### Question ${q.questionNumber}: ${inline(q.question)}${light}`, '');
    if (q.criteria?.length) {
      out.push('| Criterion | Score | From your answer | Why |', '| --- | --- | --- | --- |');
      for (const c of q.criteria) {
        const quote = c.status === 'supported' && c.quote ? `“${inline(c.quote)}”` : '_unsupported: no quote found word for word_';
        out.push(`| ${CRITERION_LABELS[c.key] ?? c.key} | ${c.score}/5 | ${quote} | ${inline(c.why)} |`);
      }
    } else {
      out.push('| Criterion | Score | From your answer |', '| --- | --- | --- |');
      for (const [key, score] of Object.entries(q.scores)) out.push(`| ${CRITERION_LABELS[key] ?? key} | ${score}/5 | _unsupported: graded before each score needed a quote_ |`);
    }
    out.push('');
    if (q.strengths.length) out.push('**Strengths**', '', ...q.strengths.map((s) => `- ${inline(s)}`), '');
    if (q.improvements.length) out.push('**To improve**', '', ...q.improvements.map((s) => `- ${inline(s)}`), '');
    // Only verified quotes, and not again when a criterion already shows them.
    const shown = new Set((q.criteria ?? []).flatMap((c) => (c.quote ? [c.quote] : [])));
    const extra = q.evidence.filter((e) => e.verified && !shown.has(e.quote));
    if (extra.length) out.push('**From your answer**', '', ...extra.map((e) => `- “${inline(e.quote)}”`), '');
    if (q.betterAnswer) out.push('**A stronger answer**', '', quoteBlock(q.betterAnswer), '');
  }
  return out;
}

export function sessionToMarkdown(session: Session): string {
  const { setup } = session;
  const title = `${TYPE_LABELS[setup.type]} interview · ${setup.role} (${setup.level})${setup.company ? ` · ${setup.company}` : ''}`;
  const rows: [string, string][] = [
    ['Date', session.createdAt.replace('T', ' ').slice(0, 16) + ' UTC'],
    ['Model', `${setup.modelName} (${session.modelLabel})`],
    ...(setup.graderModelName ? ([['Grader', setup.graderModelName]] as [string, string][]) : []),
    ['Questions', `${questionsAsked(session)} of ${setup.questionCount}`],
    ['Language', setup.language],
    ['Status', session.status === 'finished' ? 'finished' : 'in progress'],
    ...(setup.focus ? ([['Focus', setup.focus]] as [string, string][]) : []),
    ...(setup.jdPath ? ([['Job description', setup.jdPath]] as [string, string][]) : []),
    ...(setup.resumePath ? ([['Resume', setup.resumePath]] as [string, string][]) : []),
  ];
  const lines = [
    `# ${inline(title)}`,
    '',
    '| | |',
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${k} | ${inline(v)} |`),
    '',
    ...transcriptMarkdown(session),
    ...(session.feedback ? feedbackMarkdown(session.feedback) : []),
  ];
  return redactSecrets(`${lines.join('\n').trimEnd()}\n`);
}

export function sessionToJson(session: Session): string {
  const parsed = SessionSchema.safeParse(session);
  // A session that no longer validates is still exported (it is the user's data), just unfiltered.
  return redactSecrets(JSON.stringify(parsed.success ? parsed.data : session, null, 2));
}
