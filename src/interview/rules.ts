// The one rule checker (SPEC §7 "rules are checked live"): every rule the interviewer prompt asks of a
// model is checked here on every reply, by the driver at run time and by the behaviour harness. Pure.
// A violation gets one corrective regeneration (correctionFor says what was wrong); if it persists the
// turn is stored with `flags` and shown flagged.
import type { TurnDirective } from '../providers/types.js';
import type { Placement } from './placement.js';
import type { InterviewerReply } from './reply.js';
import { findRepeat, isSelfIntroduction, questionOf } from './similarity.js';

export type RuleId =
  | 'one-question'
  | 'no-answer-or-hint'
  | 'no-grade'
  | 'no-notes-shown'
  | 'no-role-play'
  | 'no-repeat'
  | 'no-early-end'
  | 'planned-count'
  | 'follow-up-budget'
  | 'unmarked';

export interface Violation {
  rule: RuleId;
  detail: string;
}

export const RULE_LABELS: Record<RuleId, string> = {
  'one-question': 'more than one question in one message',
  'no-answer-or-hint': 'gave an answer or a hint',
  'no-grade': 'graded or praised an answer during the interview',
  'no-notes-shown': 'showed its private notes',
  'no-role-play': 'wrote the candidate’s part',
  'no-repeat': 'repeated a question already asked',
  'no-early-end': 'ended the interview before the planned questions',
  'planned-count': 'went past the planned number of questions',
  'follow-up-budget': 'asked more follow-ups than planned',
  unmarked: 'sent a message the app could not place',
};

export interface RuleInput {
  reply: InterviewerReply;
  directive: TurnDirective;
  placement: Placement;
  /** This session's main questions so far (texts), self-introduction included (it is exempt by itself). */
  sessionQuestions: readonly string[];
  /** Earlier sessions' main questions. */
  previousQuestions: readonly string[];
}

const HINT = [
  /\b(a|the) (good|strong|great|ideal|perfect|model) (answer|response) (would|should|might|could|includes?)\b/i,
  /\b(the )?(right|correct|expected) answer (is|would be)\b/i,
  /\bthe answer is\b/i,
  /\bhint\s*:/i,
  /\byou (could|might|should|may want to) (mention|talk about|say|bring up|consider|start by)\b/i,
  /\bfor example,? you (could|might) (say|mention)\b/i,
  /\b(here'?s|here is) (how|what) (i|you) would (answer|say)\b/i,
  /(提示[:：]|好的回答(应该|應該|会|會)?|标准答案|標準答案|参考答案|參考答案|答案是|你可以提到|你应该提到|你應該提到|你可以说|你可以說|你可以从|你可以從)/u,
];
const GRADE = [
  /\b\d+(\.\d+)?\s*(\/|out of)\s*(5|10|100)\b/i,
  /\b(score|grade|rating)\s*[:：]/i,
  /\b(i'?d|i would|i will|i'll|let me) (score|grade|rate)\b/i,
  /\b(great|excellent|perfect|strong|good|weak|poor|solid|impressive|fantastic|outstanding|brilliant) (answer|response|job)\b/i,
  /\bwell done\b/i,
  /(评分|評分|得分|打分|分数|分數|满分|滿分|回答得(很|非常|相当|相當)?(好|棒|出色|不错|不錯)|(很|非常)(好|棒)的回答|答得(很|非常)?好|表现(很|非常)?(好|出色)|表現(很|非常)?(好|出色))/u,
];
const NOTES_SHOWN = [
  /(^|\n)\s*[([]?\s*\**(note to self|private notes?|interviewer'?s? notes?|internal notes?|my notes|notes)\**\s*[:：]/i,
  /<\/?notes>|\[\/?notes\]/i,
  /(内部笔记|私人笔记|面试官笔记|面試官筆記|私人筆記|内部筆記|笔记[:：]|筆記[:：]|备注[:：]|備註[:：])/u,
];
const ROLE_PLAY = [
  /(^|\n)\s*\**\[?(candidate|interviewee|applicant|you|me|answer|a)\]?\**\s*[:：]/i,
  /(^|\n)\s*\**\[?(候选人|候選人|应聘者|應徵者|求职者|求職者|面试者|面試者|回答|答)\]?\**\s*[:：]/u,
];

/** Questions in a message: question marks ending a sentence, or more than one question marker. */
function questionCount(reply: InterviewerReply): number {
  // A quoted question ("…you said 'why now?'") is not ours.
  const unquoted = reply.text.replace(/["“][^"”\n]*["”]|「[^」\n]*」/gu, '');
  const marks = unquoted.match(/[?？]+/gu)?.length ?? 0;
  const asks = reply.markers.filter((m) => m === 'question' || m === 'follow-up').length;
  return Math.max(marks, asks);
}

const any = (list: RegExp[], text: string): RegExp | undefined => list.find((re) => re.test(text));

export function checkReply(input: RuleInput): Violation[] {
  const { reply, directive: d, placement } = input;
  const out: Violation[] = [];
  const text = reply.text;
  const farewell = placement.kind === 'farewell';

  if (!farewell && questionCount(reply) > 1) out.push({ rule: 'one-question', detail: `${questionCount(reply)} questions in one message` });
  // The farewell answers the candidate's own questions: that is not a hint.
  if (!farewell && d.kind !== 'farewell' && any(HINT, text)) out.push({ rule: 'no-answer-or-hint', detail: 'it tells the candidate what a good answer contains' });
  if (any(GRADE, text)) out.push({ rule: 'no-grade', detail: 'it scores or praises an answer' });
  if (any(NOTES_SHOWN, text)) out.push({ rule: 'no-notes-shown', detail: 'notes meant for the grader appear in the visible text' });
  if (any(ROLE_PLAY, text)) out.push({ rule: 'no-role-play', detail: 'it writes lines for the candidate' });

  if (placement.kind === 'main') {
    const question = questionOf(text);
    if (!isSelfIntroduction(question, d.next?.stage)) {
      const earlierHere = input.sessionQuestions.filter((q) => !isSelfIntroduction(q));
      const here = findRepeat(question, earlierHere);
      // A later phase of one problem is compared with this session only.
      const before = d.next?.continuesProblem ? undefined : findRepeat(question, input.previousQuestions.filter((q) => !isSelfIntroduction(q)));
      const hit = here ?? before;
      if (hit) out.push({ rule: 'no-repeat', detail: `it repeats ${here ? 'a question of this interview' : 'a question from an earlier session'}: “${hit.question.slice(0, 80)}”` });
    }
  }

  const endsEarly = d.kind === 'question' && !d.closeInstead && (reply.markers.includes('end') || reply.markers.includes('close'));
  if (endsEarly) out.push({ rule: 'no-early-end', detail: `it ends the interview after ${(d.next?.number ?? d.total + 1) - 1} of ${d.total} main questions` });

  const beyond = reply.questionNumbers.filter((n) => n > d.total);
  const newMainAtClose = (d.kind === 'close' || d.kind === 'farewell') && reply.questionNumbers.some((n) => n !== d.current?.number);
  if (beyond.length || newMainAtClose || (d.kind === 'question' && !d.next && placement.kind === 'close' && reply.marker === 'question')) {
    out.push({ rule: 'planned-count', detail: `the interview has ${d.total} main questions${beyond.length ? `; it asked question ${beyond[0]}` : ''}` });
  }

  const followUps = reply.markers.filter((m) => m === 'follow-up').length;
  if ((placement.kind === 'follow-up' && !d.followUp) || followUps > 1 || ((d.kind === 'close' || d.kind === 'farewell') && followUps > 0)) {
    out.push({ rule: 'follow-up-budget', detail: d.followUp ? 'two follow-ups in one message' : 'no follow-ups are left for this question' });
  }
  return dedupe(out);
}

function dedupe(list: Violation[]): Violation[] {
  const seen = new Set<RuleId>();
  return list.filter((v) => (seen.has(v.rule) ? false : (seen.add(v.rule), true)));
}

/** What the corrective regeneration tells the model, in plain words. */
export function correctionFor(violations: readonly Violation[]): string {
  return [
    'Your last message broke the interview rules, so the candidate has not seen it:',
    ...violations.map((v) => `- ${RULE_LABELS[v.rule]}: ${v.detail}.`),
    'Write that message again, fixed: exactly one question (or the close/goodbye the app asked for), no answers, hints, praise or scores, no notes outside <notes>…</notes>, nothing in the candidate’s voice, and the marker the app asked for.',
  ].join('\n');
}
