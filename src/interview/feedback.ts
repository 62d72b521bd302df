// Feedback for a finished interview (SPEC §7): grade → keep what is valid → ask once for exactly
// what is missing (ungraded questions, criteria, scores whose quote was not found word for word) →
// merge → compute the overall. After a failed follow-up the correctly graded questions are kept;
// only when nothing at all could be graded is the reply shown as text, with every quotation in it
// that is not the candidate's own words masked. The offline demo gets its checklist instead.
//
// The core (`gradeSessionWith`) is provider-agnostic: it takes an `ask(request) → reply text`
// function, so the interview driver, the CLI and the eval harness can run it with any model.
import { t } from '../i18n/index.js';
import type { Provider } from '../providers/types.js';
import { FeedbackSchema, type Feedback, type Session } from '../store/schema.js';
import { checklistFeedback } from './checklist.js';
import { maskUnverifiedQuotes } from './evidence.js';
import { gradingPlan } from './grading-plan.js';
import { buildFollowUpRequest, buildGradingPrompt, nothingMissing, type GradingPromptOptions, type GradingRequest } from './grading-prompt.js';
import { describeMissing, finaliseDraft, mergeDrafts, missingParts, readGraderReply } from './grader-output.js';

export { bandFor, BANDS, criteriaFor, CRITERION_LABELS, LEVEL_CALIBRATION, overallFromScores } from './rubric.js';
export {
  buildFollowUpRequest,
  buildGradingPrompt,
  buildRepairRequest,
  gradingRequestOptions,
  gradingSchemaExample,
  type GradingRequest,
} from './grading-prompt.js';
export { parseGraderOutput, type GraderParse } from './grader-output.js';
export { checklistFeedback, checklistNote } from './checklist.js';
export { checkQuote, maskUnverifiedQuotes, MASKED_QUOTE, normaliseForQuote, verifyQuote } from './evidence.js';
export { gradingPlan } from './grading-plan.js';

/** The class and title of a provider's error, read by shape: interview/ does not import bedrock/. */
const errorClassOf = (e: unknown): string | undefined =>
  e && typeof e === 'object' && typeof (e as { errorClass?: unknown }).errorClass === 'string' ? (e as { errorClass: string }).errorClass : undefined;
const errorTitleOf = (e: unknown): string =>
  e && typeof e === 'object' && typeof (e as { title?: unknown }).title === 'string' ? (e as { title: string }).title : e instanceof Error ? e.message : String(e);

/** Sends one grading request and returns the whole reply text. Throws to abort grading. */
export type AskGrader = (request: GradingRequest, attempt: 1 | 2) => Promise<string>;

/** Shown as text when the grader's reply could not be read at all, even after the follow-up. */
export function textFallbackFeedback(text: string, graderModel: string, reason: string, answers: readonly string[] = []): Feedback {
  // Fences only make raw text harder to read in a terminal; quotations are checked like evidence.
  const readable = maskUnverifiedQuotes(text.replace(/^```[\w-]*[ \t]*\n?|\n?```\s*$/g, '').trim(), answers);
  return { kind: 'text', graderModel, text: readable || t('feedback.grading.emptyReply'), reason };
}

/** What one grading run did, for the eval table: requests sent and the fate of the grader's quotes. */
export interface GradingStats {
  requests: number;
  offeredQuotes: number;
  /** Not in the candidate's answers to that question, after normalisation: invented. */
  notFoundQuotes: number;
  shortQuotes: number;
  instructionQuotes: number;
}

export interface GradeWithOptions extends GradingPromptOptions {
  /** Name of the grader model configuration, stored with the feedback. */
  graderModel: string;
  onStats?: (stats: GradingStats) => void;
}

/**
 * Grades a session with any model behind `ask`. A first request that fails throws (the caller shows
 * the error and offers a retry); a failed follow-up keeps what the first reply graded.
 */
export async function gradeSessionWith(session: Session, ask: AskGrader, opts: GradeWithOptions): Promise<Feedback> {
  const plan = gradingPlan(session, opts.stages);
  const answers = plan.graded.flatMap((q) => q.answers);
  if (plan.graded.length === 0) {
    return textFallbackFeedback(t('feedback.grading.noAnswers'), opts.graderModel, t('feedback.grading.noAnswersReason'));
  }
  const type = session.setup.type;
  const request = buildGradingPrompt(session, opts);
  const first = await ask(request, 1);
  let draft = readGraderReply(first, plan, type);
  let missing = missingParts(draft, plan, type);
  let lastReply = first;
  let followUpFailed: string | undefined;
  const nothingMissingAfterFirst = nothingMissing(missing);

  if (!nothingMissingAfterFirst) {
    try {
      const second = await ask(buildFollowUpRequest(request, first, missing, draft.problems[0]), 2);
      lastReply = second;
      draft = mergeDrafts(draft, readGraderReply(second, plan, type));
      missing = missingParts(draft, plan, type);
    } catch (e) {
      if (errorClassOf(e) === 'cancelled') throw e;
      followUpFailed = errorTitleOf(e);
    }
  }
  opts.onStats?.({
    requests: nothingMissingAfterFirst ? 1 : 2,
    offeredQuotes: draft.offeredQuotes,
    notFoundQuotes: draft.notFoundQuotes,
    shortQuotes: draft.shortQuotes,
    instructionQuotes: draft.instructionQuotes,
  });
  const feedback = finaliseDraft(draft, plan, session, opts.graderModel);
  // The stored schema is the last check: what reaches the screen and the file is what it allows.
  const checked = feedback ? FeedbackSchema.safeParse(feedback) : undefined;
  if (checked?.success) return checked.data;
  // Nothing could be graded: the fuller reply as text, quotes checked.
  const shown = lastReply.trim().length >= first.trim().length ? lastReply : first;
  const why = describeMissing(missing, draft.problems);
  return textFallbackFeedback(
    shown,
    opts.graderModel,
    followUpFailed
      ? t('feedback.grading.unreadableFollowUpFailed', { why, error: followUpFailed })
      : t('feedback.grading.unreadable', { why }),
    answers,
  );
}

export interface GradeOptions extends GradingPromptOptions {
  /** Name of the grader model configuration, stored with the feedback. */
  graderModel: string;
  signal?: AbortSignal;
  /** The grader's reply so far, for a live view (it restarts for the follow-up request). */
  onText?: (textSoFar: string, attempt: 1 | 2) => void;
}

/** An AskGrader over a Provider's stream: collects the text, reports progress, honours the signal. */
export function askProvider(provider: Provider, opts: Pick<GradeOptions, 'signal' | 'onText'> = {}): AskGrader {
  return async (request, attempt) => {
    let text = '';
    for await (const event of provider.stream(request, opts.signal)) {
      if (event.type === 'text') {
        text += event.text;
        opts.onText?.(text, attempt);
      }
    }
    return text;
  };
}

/**
 * Grades with a Provider (the screen's entry point) or with an AskGrader. The offline demo is not a
 * model: it gets its self-check list. A grader that cannot be reached throws its ProviderError.
 */
export async function gradeSession(session: Session, grader: Provider | AskGrader, opts: GradeOptions): Promise<Feedback> {
  if (typeof grader === 'function') return gradeSessionWith(session, grader, opts);
  if (grader.kind === 'demo') return checklistFeedback(session);
  return gradeSessionWith(session, askProvider(grader, opts), opts);
}
