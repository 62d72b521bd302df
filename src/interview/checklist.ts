// The offline demo's feedback: a self-check list per answered question instead of grades. Each item
// is a rule of the question's checklist (banks/catalog.ts) checked against the answer by
// checklist-rules.ts — real sentences, numbers tied to outcomes, the candidate's own actions — in the
// interview's language (English, 简体中文, 繁體中文). These are hints, not grades; views say so.
import { t } from '../i18n/index.js';
import type { Feedback, Session } from '../store/schema.js';
import { bankLanguage, defaultChecklist, evaluateAnswer, findQuestion } from './banks/index.js';
import { stageOf } from './grading-plan.js';
import { answeredThreads } from './transcript.js';

/** What the list is (and is not), in the interface language. */
export const checklistNote = (): string => t('feedback.checklist.note');

export function checklistFeedback(session: Session): Feedback {
  const language = bankLanguage(session.setup.language);
  const threads = answeredThreads(session);
  return {
    kind: 'checklist',
    questions: threads.map((thread, i) => {
      const answer = thread.answers.join('\n');
      const known = findQuestion(thread.question, language);
      const stage = stageOf(thread, i === threads.length - 1);
      const rules = known?.checklist ?? defaultChecklist(stage === 'introduction' ? 'introduction' : session.setup.type);
      return {
        questionNumber: thread.questionNumber,
        question: thread.question,
        checklist: evaluateAnswer(rules, answer, language).map((r) => ({ item: r.label, met: r.met, ...(r.evidence ? { evidence: r.evidence } : {}) })),
      };
    }),
  };
}
