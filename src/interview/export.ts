// A finished (or unfinished) interview as Markdown to read or share, and as JSON to keep. Sessions
// hold no secrets; the JSON is still passed through the schema (unknown fields dropped) and the
// secret redactor, so an export can never leak a key even if one slipped into a session.
import { t } from '../i18n/index.js';
import { redactSecrets } from '../store/redact.js';
import { SessionSchema, type Feedback, type Session, type Turn } from '../store/schema.js';
import { checklistNote } from './checklist.js';
import { localTime, utcOffset } from '../i18n/time.js';
import { bandLabel, criterionLabel, levelLabel, modelLabelText, ruleLabel, typeLabel } from './labels.js';
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
  const cut = turn.cut ? ` *${t('feedback.export.cutOff')}*` : '';
  if (turn.role === 'interviewer') {
    const who =
      turn.questionNumber === undefined ? t('feedback.export.interviewerClosing') : turn.followUp ? t('feedback.export.interviewerFollowUp') : t('feedback.export.interviewer');
    // A rule the interviewer kept breaking after one correction (src/interview/rules.ts).
    const flagged = turn.flags?.length ? ` ⚑ *${t('feedback.export.flagged', { rules: turn.flags.map(ruleLabel).join('; ') })}*` : '';
    return `${t('feedback.export.speaker', { who })} ${turn.text.trim()}${cut}${flagged}`;
  }
  const time = turn.timing;
  const timing = time
    ? ` _(${t('feedback.export.timing', { think: formatDuration(time.thinkMs), answering: formatDuration(time.answeringMs), length: lengthLabel(turn.text, time.words) })})_`
    : '';
  return `${t('feedback.export.speaker', { who: t('feedback.export.you') })}${timing}${cut}\n\n${quoteBlock(turn.text)}`;
}

function transcriptMarkdown(session: Session): string[] {
  const out: string[] = [`## ${t('feedback.export.transcript')}`, ''];
  let current: number | undefined | null = null;
  for (const turn of session.turns) {
    if (turn.questionNumber !== current && !(turn.role === 'candidate' && turn.questionNumber === undefined)) {
      current = turn.questionNumber;
      out.push(current === undefined ? `### ${t('feedback.export.close')}` : `### ${t('feedback.export.question', { n: current })}`, '');
    }
    out.push(turnMarkdown(turn), '');
  }
  if (session.turns.length === 0) out.push(`_${t('feedback.export.noQuestions')}_`, '');
  return out;
}

/** Why a question was not graded, as stored ("not reached"…), in the interface language. */
function notGradedReason(reason: string): string {
  switch (reason) {
    case 'not reached':
      return t('feedback.export.reasons.notReached');
    case 'not answered':
      return t('feedback.export.reasons.notAnswered');
    case 'not graded':
      return t('feedback.export.reasons.notGraded');
    default:
      return reason;
  }
}

function feedbackMarkdown(feedback: Feedback): string[] {
  const out: string[] = [`## ${t('feedback.export.feedback')}`, ''];
  if (feedback.kind === 'text') {
    out.push(`_${t('feedback.export.gradedAsText', { model: feedback.graderModel, reason: feedback.reason })}_`, '', '```text', feedback.text.replace(/```/g, "'''"), '```', '');
    return out;
  }
  if (feedback.kind === 'checklist') {
    out.push(`_${checklistNote()}_`, '');
    for (const q of feedback.questions) {
      out.push(`### ${t('feedback.export.titled', { heading: t('feedback.export.question', { n: q.questionNumber }), text: inline(q.question) })}`, '');
      for (const c of q.checklist) out.push(`- ${c.met === true ? '[x]' : c.met === false ? '[ ]' : '[?]'} ${c.item}${c.evidence ? ` — _${inline(c.evidence)}_` : ''}`);
      out.push('');
    }
    return out;
  }
  const basis =
    feedback.overallBasis === 'all' ? t('feedback.export.basisAll') : feedback.overallBasis === 'supported' ? t('feedback.view.basis.supported') : t('feedback.view.basis.criteria');
  out.push(`**${t('feedback.export.overall', { score: feedback.overall.score, band: bandLabel(feedback.overall.band) })}** _${t('feedback.export.gradedBy', { model: feedback.graderModel, basis })}_`, '');
  if (feedback.overall.summary) out.push(feedback.overall.summary, '');
  if (feedback.droppedQuotes > 0) {
    out.push(`_${t('feedback.view.dropped', { count: feedback.droppedQuotes })}_`, '');
  }
  if (feedback.rejectedOverall !== undefined) {
    out.push(`_${t('feedback.view.rejectedOverall', { score: feedback.rejectedOverall })}_`, '');
  }
  if (feedback.notGraded?.length) {
    const list = feedback.notGraded.map((q) => t('feedback.export.notGradedItem', { n: q.questionNumber, why: notGradedReason(q.reason) })).join(', ');
    out.push(`_${t('feedback.export.notGraded', { list })}_`, '');
  }
  const head = { criterion: t('feedback.export.table.criterion'), score: t('feedback.export.table.score'), fromAnswer: t('feedback.export.table.fromAnswer'), why: t('feedback.export.table.why') };
  for (const q of feedback.questions) {
    const light = q.scored === false ? ` _${t('feedback.export.light')}_` : '';
    out.push(`### ${t('feedback.export.titled', { heading: t('feedback.export.question', { n: q.questionNumber }), text: inline(q.question) })}${light}`, '');
    if (q.criteria?.length) {
      out.push(`| ${head.criterion} | ${head.score} | ${head.fromAnswer} | ${head.why} |`, '| --- | --- | --- | --- |');
      for (const c of q.criteria) {
        const quote = c.status === 'supported' && c.quote ? `“${inline(c.quote)}”` : `_${t('feedback.export.unsupported')}_`;
        out.push(`| ${criterionLabel(c.key)} | ${c.score}/5 | ${quote} | ${inline(c.why)} |`);
      }
    } else {
      out.push(`| ${head.criterion} | ${head.score} | ${head.fromAnswer} |`, '| --- | --- | --- |');
      for (const [key, score] of Object.entries(q.scores)) out.push(`| ${criterionLabel(key)} | ${score}/5 | _${t('feedback.export.unsupportedOld')}_ |`);
    }
    out.push('');
    if (q.strengths.length) out.push(`**${t('feedback.export.strengths')}**`, '', ...q.strengths.map((s) => `- ${inline(s)}`), '');
    if (q.improvements.length) out.push(`**${t('feedback.export.improve')}**`, '', ...q.improvements.map((s) => `- ${inline(s)}`), '');
    // Only verified quotes, and not again when a criterion already shows them.
    const shown = new Set((q.criteria ?? []).flatMap((c) => (c.quote ? [c.quote] : [])));
    const extra = q.evidence.filter((e) => e.verified && !shown.has(e.quote));
    if (extra.length) out.push(`**${t('feedback.export.fromAnswer')}**`, '', ...extra.map((e) => `- “${inline(e.quote)}”`), '');
    if (q.betterAnswer) out.push(`**${t('feedback.export.stronger')}**`, '', quoteBlock(q.betterAnswer), '');
  }
  return out;
}

export function sessionToMarkdown(session: Session): string {
  const { setup } = session;
  // In the interface language (README: "Exports"); the date in the user's time zone, with its offset.
  const title = `${t('feedback.export.title', { type: typeLabel(setup.type), role: setup.role, level: levelLabel(setup.level) })}${setup.company ? ` · ${setup.company}` : ''}`;
  const row = (k: string, v: string): [string, string] => [k, v];
  const rows: [string, string][] = [
    row(t('feedback.export.rows.date'), t('feedback.export.date', { time: localTime(session.createdAt), offset: utcOffset(session.createdAt) })),
    row(t('feedback.export.rows.model'), `${setup.modelName} (${modelLabelText(session.modelLabel)})`),
    ...(setup.graderModelName ? [row(t('feedback.export.rows.grader'), setup.graderModelName)] : []),
    row(t('feedback.export.rows.questions'), t('feedback.export.questionsValue', { asked: questionsAsked(session), total: setup.questionCount })),
    row(t('feedback.export.rows.language'), setup.language),
    row(t('feedback.export.rows.status'), session.status === 'finished' ? t('feedback.export.finished') : t('feedback.export.inProgress')),
    ...(setup.focus ? [row(t('feedback.export.rows.focus'), setup.focus)] : []),
    ...(setup.jdPath ? [row(t('feedback.export.rows.jd'), setup.jdPath)] : []),
    ...(setup.resumePath ? [row(t('feedback.export.rows.resume'), setup.resumePath)] : []),
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
