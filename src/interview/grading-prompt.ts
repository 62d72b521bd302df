// The grader's instructions (SPEC §7): strict JSON with criterion scores, strengths, improvements,
// a better-answer sketch and verbatim evidence per question. The schema is spelt out in full so a
// model has nothing to guess, and the repair request can point at what was wrong.
import type { ChatMessage } from '../providers/types.js';
import type { Session } from '../store/schema.js';
import { GRADING_TAG } from './markers.js';
import { TYPE_LABELS } from './prompts.js';
import { criteriaFor } from './rubric.js';
import { answeredThreads } from './transcript.js';

export function gradingSchemaExample(session: Session): string {
  const scores = Object.fromEntries(criteriaFor(session.setup.type).map((c) => [c.key, 3]));
  const example = {
    questions: [
      {
        questionNumber: 1,
        scores,
        strengths: ['…'],
        improvements: ['…'],
        betterAnswer: '…',
        evidence: ['…an exact quote from the candidate…'],
      },
    ],
    overall: { score: 65, summary: '…' },
  };
  return JSON.stringify(example, null, 2);
}

function transcriptText(session: Session): string {
  const blocks = answeredThreads(session).map((thread) => {
    const lines = [`### Question ${thread.questionNumber}`];
    for (const turn of thread.turns) {
      if (turn.role === 'interviewer') {
        lines.push(`${turn.followUp ? 'Interviewer (follow-up)' : 'Interviewer'}: ${turn.text}${turn.cut ? ' … (cut off)' : ''}`);
      } else {
        lines.push("Candidate's answer:", '<<<', turn.text, '>>>');
      }
    }
    return lines.join('\n');
  });
  return blocks.join('\n\n');
}

export function buildGradingPrompt(session: Session): { system: string; messages: ChatMessage[] } {
  const { setup } = session;
  const criteria = criteriaFor(setup.type);
  const numbers = answeredThreads(session).map((t) => t.questionNumber);
  const system = [
    `You are a strict, fair interview coach grading a mock ${TYPE_LABELS[setup.type].toLowerCase()} interview for the role "${setup.role}" at ${setup.level} level${setup.company ? ` (company: ${setup.company})` : ''}.`,
    GRADING_TAG,
    '',
    `Grade each of these questions: ${numbers.join(', ')}. Grade a question on everything the candidate said for it, follow-up answer included.`,
    'Scores are integers from 1 to 5 per criterion (1 missing or wrong, 2 weak, 3 adequate, 4 good, 5 excellent for the level):',
    ...criteria.map((c) => `- ${c.key}: ${c.label}, 5 means ${c.meaning}`),
    'strengths and improvements: one to three short, specific points each. betterAnswer: a sketch of a stronger answer (a few sentences or bullet-like sentences), using what the candidate said where possible.',
    'evidence: one to three quotes copied character for character from the candidate\'s answer to THAT question. Do not paraphrase, fix typos, translate, change case, or join fragments with "…". If nothing is worth quoting, use [].',
    'overall.score: an integer from 0 to 100 for the whole interview at this level (0–39 not yet, 40–59 developing, 60–74 solid, 75–89 strong, 90–100 outstanding). overall.summary: two or three sentences.',
    `Write strengths, improvements, betterAnswer and summary in ${setup.language}. Keep the JSON keys exactly as shown, in English.`,
    '',
    'Reply with ONLY one JSON object, no prose before or after it and no code fences, with exactly this shape:',
    gradingSchemaExample(session),
  ].join('\n');
  const user = ['Here is the interview transcript to grade.', '', transcriptText(session)].join('\n');
  return { system, messages: [{ role: 'user', text: user }] };
}

/** The one repair retry: the bad reply and what was wrong with it, to append to the grading messages. */
export function buildRepairRequest(badText: string, error: string): ChatMessage[] {
  const truncated = /truncated|cut off/i.test(error);
  return [
    { role: 'assistant', text: badText.trim() || '(empty reply)' },
    {
      role: 'user',
      text: [
        `Your reply could not be used: ${error}.`,
        'Reply again with ONLY the corrected JSON object, in exactly the shape given in the instructions: no prose, no code fences.',
        ...(truncated ? ['Your reply was too long and was cut off: keep every string short this time.'] : []),
      ].join('\n'),
    },
  ];
}

