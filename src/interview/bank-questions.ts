// The question bank's pure logic, shared by `mockview questions` and the Question bank screen:
// turning a model's parsed reply into stored questions (skipping ones the bank already holds),
// filtering, and what an interview started from chosen questions is prefilled with.
// No Ink, no SDK.
import { randomBytes } from 'node:crypto';
import { TYPE_LABELS } from './prompts.js';
import { typeLabel, typeShortLabel } from './labels.js';
import { questionKey } from './question-list.js';
import type { BankQuestion, InterviewSetup, InterviewType, LogEntry, ModelConfig } from '../store/schema.js';

export const MAX_GENERATE = 30;
/** The setup screen offers 1–20 questions; more chosen ones would not fit an interview. */
export const MAX_PLANNED = 20;

export const newQuestionId = (): string => randomBytes(4).toString('hex');


export interface NewQuestions {
  added: BankQuestion[];
  /** Parsed questions the bank already held. */
  skipped: number;
}

export function toBankQuestions(
  texts: readonly string[],
  meta: { type: InterviewType; role: string; source: string; existing: readonly BankQuestion[]; now?: Date },
): NewQuestions {
  const seen = new Set(meta.existing.map((q) => questionKey(q.text)));
  const createdAt = (meta.now ?? new Date()).toISOString();
  const added: BankQuestion[] = [];
  let skipped = 0;
  for (const text of texts) {
    const key = questionKey(text);
    if (!key) continue;
    if (seen.has(key)) {
      skipped++;
      continue;
    }
    seen.add(key);
    added.push({ id: newQuestionId(), text: text.trim(), type: meta.type, role: meta.role, createdAt, source: meta.source });
  }
  return { added, skipped };
}

/** Case-insensitive match on the question, its role and its type (id and type label too). */
export function filterQuestions(questions: readonly BankQuestion[], filter: string): BankQuestion[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...questions];
  return questions.filter((q) => {
    // The type as the list shows it (interface language) matches too: "/行为" finds behavioural ones.
    const hay = `${q.text} ${q.role} ${q.type} ${TYPE_LABELS[q.type]} ${typeLabel(q.type)} ${typeShortLabel(q.type)} ${q.id}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** Existing bank questions of this type and role, for the prompt's "do not repeat" list. */
export const existingFor = (questions: readonly BankQuestion[], type: InterviewType, role: string): string[] =>
  questions.filter((q) => q.type === type && q.role.trim().toLowerCase() === role.trim().toLowerCase()).map((q) => q.text);

const mostCommon = <T>(values: readonly T[]): T | undefined => {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, n] of counts) if (n > bestCount) [best, bestCount] = [v, n];
  return best;
};

/** The interview setup prefill for chosen questions, asked in the order they were chosen. */
export function plannedInterview(chosen: readonly BankQuestion[]): Partial<InterviewSetup> {
  const type = mostCommon(chosen.map((q) => q.type)) ?? 'behavioural';
  const role = mostCommon(chosen.map((q) => q.role).filter((r) => r.trim())) ?? '';
  return {
    plannedQuestions: chosen.map((q) => q.text),
    questionCount: chosen.length,
    type,
    ...(role ? { role } : {}),
  };
}

export const NO_QUESTIONS = "the model's reply had no questions I could read";

/** Keeps a reply no question could be read from in the log, for the user to look at. */
export function logUnreadableReply(
  store: { appendLog(entry: Omit<LogEntry, 'id' | 'at'>): LogEntry },
  config: Pick<ModelConfig, 'name' | 'modelId' | 'region'>,
  text: string,
): LogEntry {
  return store.appendLog(unreadableReplyEntry(config, text));
}

/** The log entry for such a reply (the screens append it through the app layer, which never throws). */
export function unreadableReplyEntry(config: Pick<ModelConfig, 'name' | 'modelId' | 'region'>, text: string): Omit<LogEntry, 'id' | 'at'> {
  return {
    level: 'error',
    kind: 'questions',
    configName: config.name,
    modelId: config.modelId,
    region: config.region,
    message: NO_QUESTIONS,
    details: { message: text.slice(0, 8000) },
  };
}
