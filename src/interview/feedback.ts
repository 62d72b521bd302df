// Feedback for a finished interview (SPEC §7): the grader model's JSON, checked and stored; one
// repair request when it is malformed; a readable text fallback after that; the offline demo's
// heuristic checklist instead of grades. Uses only the Provider interface, so it is testable with
// a plain fake provider object.
import { isProviderError } from '../bedrock/error-types.js';
import type { ChatRequest, Provider } from '../providers/types.js';
import type { Feedback, Session } from '../store/schema.js';
import { checklistFeedback } from './checklist.js';
import { buildGradingPrompt, buildRepairRequest } from './grading-prompt.js';
import { parseGraderOutput } from './grader-output.js';
import { answeredThreads } from './transcript.js';

export { bandFor, BANDS, criteriaFor, CRITERION_LABELS } from './rubric.js';
export { buildGradingPrompt, buildRepairRequest, gradingSchemaExample } from './grading-prompt.js';
export { parseGraderOutput, GraderOutputSchema, type GraderParse } from './grader-output.js';
export { checklistFeedback, CHECKLIST_NOTE } from './checklist.js';
export { normaliseForQuote, verifyQuote } from './evidence.js';

/** Shown as-is when the grader's JSON could not be read even after the repair request. */
export function textFallbackFeedback(text: string, graderModel: string, reason: string): Feedback {
  // Fences only make raw text harder to read in a terminal; the content stays untouched.
  const readable = text.replace(/^```[\w-]*[ \t]*\n?|\n?```\s*$/g, '').trim();
  return { kind: 'text', graderModel, text: readable || '(the grader sent an empty reply)', reason };
}

export interface GradeOptions {
  /** Name of the grader model configuration, stored with the feedback. */
  graderModel: string;
  signal?: AbortSignal;
  /** The grader's reply so far, for a live view (it restarts for the repair request). */
  onText?: (textSoFar: string, attempt: 1 | 2) => void;
}

async function collect(provider: Provider, request: ChatRequest, opts: GradeOptions, attempt: 1 | 2): Promise<string> {
  let text = '';
  for await (const event of provider.stream(request, opts.signal)) {
    if (event.type === 'text') {
      text += event.text;
      opts.onText?.(text, attempt);
    }
  }
  return text;
}

/**
 * Grade → parse → one repair request → parse → text fallback. A grader that cannot be reached at all
 * throws its ProviderError (cancelled included) so the view can show the fix and offer a retry.
 */
export async function gradeSession(session: Session, provider: Provider, opts: GradeOptions): Promise<Feedback> {
  if (provider.kind === 'demo') return checklistFeedback(session);
  if (answeredThreads(session).length === 0) {
    return textFallbackFeedback('There are no answers to grade in this interview.', opts.graderModel, 'no answers');
  }
  const request = buildGradingPrompt(session);
  const first = await collect(provider, request, opts, 1);
  const parsed = parseGraderOutput(first, session, opts.graderModel);
  if (parsed.ok) return parsed.feedback;

  let second: string;
  try {
    second = await collect(provider, { ...request, messages: [...request.messages, ...buildRepairRequest(first, parsed.error)] }, opts, 2);
  } catch (e) {
    if (isProviderError(e) && e.errorClass === 'cancelled') throw e;
    const why = isProviderError(e) ? e.title : e instanceof Error ? e.message : String(e);
    return textFallbackFeedback(first, opts.graderModel, `The grader's reply could not be read as scores (${parsed.error}), and the repair request failed: ${why}`);
  }
  const repaired = parseGraderOutput(second, session, opts.graderModel);
  if (repaired.ok) return repaired.feedback;
  // The longer reply is usually the fuller one to read.
  const shown = second.trim().length >= first.trim().length ? second : first;
  return textFallbackFeedback(
    shown,
    opts.graderModel,
    `The grader's reply could not be read as scores, even after one repair request (${repaired.error}).`,
  );
}
