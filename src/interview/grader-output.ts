// Reads the grader's reply into stored Feedback. Lenient about form (fences, prose around the JSON,
// numbers sent as strings, a single string where a list was asked for), strict about meaning: a
// score out of range, a missing criterion or a missing question is an error for the repair retry,
// never clamped or guessed. Evidence that is not the candidate's own words is dropped and counted.
import { z } from 'zod';
import type { Feedback, QuestionFeedback, Session } from '../store/schema.js';
import { verifyQuote } from './evidence.js';
import { extractJson } from './json-extract.js';
import { bandFor, criteriaFor } from './rubric.js';
import { answeredThreads } from './transcript.js';

export type GraderParse = { ok: true; feedback: Feedback } | { ok: false; error: string };

const numeric = (schema: z.ZodNumber) =>
  z.preprocess((v) => (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v), schema);

const listOfStrings = z.preprocess(
  (v) => (typeof v === 'string' ? (v.trim() ? [v] : []) : v),
  z.array(z.string()),
);

const quotes = z.preprocess(
  (v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.map((q) => (q && typeof q === 'object' && 'quote' in q ? (q as { quote: unknown }).quote : q)) : v),
  z.array(z.string()),
);

const GraderQuestionSchema = z.object({
  questionNumber: numeric(z.number().int().positive()),
  scores: z.record(z.string(), numeric(z.number().int('must be a whole number from 1 to 5').min(1).max(5))),
  strengths: listOfStrings.default([]),
  improvements: listOfStrings.default([]),
  betterAnswer: z.string().default(''),
  evidence: quotes.default([]),
});

/** What the model must send; exported so tests and the repair message use the same rules. */
export const GraderOutputSchema = z.object({
  questions: z.array(GraderQuestionSchema).min(1, 'no questions were graded'),
  overall: z.object({
    score: numeric(z.number().min(0).max(100)),
    summary: z.string().default(''),
  }),
});

/** "Trade-offs", "trade_offs" and "tradeOffs" all mean tradeoffs; "STAR" means star. */
const criterionKey = (k: string): string => k.toLowerCase().replace(/[^a-z]/g, '');

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 4)
    .map((i) => `${i.path.length ? i.path.join('.') : 'reply'}: ${i.message}`)
    .join('; ');
}

export function parseGraderOutput(text: string, session: Session, graderModel: string): GraderParse {
  const json = extractJson(text, '{');
  if (!json.ok) return { ok: false, error: json.error };
  const parsed = GraderOutputSchema.safeParse(json.value);
  if (!parsed.success) return { ok: false, error: `the JSON does not match the schema: ${describeIssues(parsed.error)}` };
  const output = parsed.data;

  const threads = new Map(answeredThreads(session).map((t) => [t.questionNumber, t]));
  const criteria = criteriaFor(session.setup.type).map((c) => c.key);
  const seen = new Set<number>();
  const questions: QuestionFeedback[] = [];
  let droppedQuotes = 0;

  for (const q of output.questions) {
    const thread = threads.get(q.questionNumber);
    if (!thread) return { ok: false, error: `question ${q.questionNumber} was not in the transcript (grade only ${[...threads.keys()].join(', ')})` };
    if (seen.has(q.questionNumber)) return { ok: false, error: `question ${q.questionNumber} was graded twice` };
    seen.add(q.questionNumber);

    const scores: Record<string, number> = {};
    for (const [key, value] of Object.entries(q.scores)) {
      const known = criteria.find((c) => c === criterionKey(key));
      if (known) scores[known] = value;
    }
    const missing = criteria.filter((c) => scores[c] === undefined);
    if (missing.length) return { ok: false, error: `question ${q.questionNumber}: scores are missing ${missing.join(', ')}` };

    const evidence: QuestionFeedback['evidence'] = [];
    for (const quote of q.evidence) {
      const verbatim = verifyQuote(quote, thread.answers);
      if (verbatim === undefined) droppedQuotes++;
      else if (!evidence.some((e) => e.quote === verbatim)) evidence.push({ quote: verbatim, verified: true });
    }

    questions.push({
      questionNumber: q.questionNumber,
      question: thread.question,
      scores,
      strengths: q.strengths.map((s) => s.trim()).filter(Boolean),
      improvements: q.improvements.map((s) => s.trim()).filter(Boolean),
      betterAnswer: q.betterAnswer.trim(),
      evidence,
    });
  }
  const ungraded = [...threads.keys()].filter((n) => !seen.has(n));
  if (ungraded.length) return { ok: false, error: `question${ungraded.length > 1 ? 's' : ''} ${ungraded.join(', ')} ${ungraded.length > 1 ? 'were' : 'was'} not graded` };

  const { score } = output.overall;
  return {
    ok: true,
    feedback: {
      kind: 'graded',
      graderModel,
      overall: { score, band: bandFor(score), summary: output.overall.summary.trim() },
      questions: questions.sort((a, b) => a.questionNumber - b.questionNumber),
      droppedQuotes,
    },
  };
}
