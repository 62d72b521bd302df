// Every shape mockview keeps on disk, one zod schema per concept. The store validates with these when
// it reads; the form, the CLI flags and the tests use the same ones. Family rules (ranges that depend
// on the chosen model) are layered on top in src/store/model-config.ts.
import { z } from 'zod';
import { INTERFACE_CHOICES } from '../i18n/locale.js';

/** Bump when a stored shape changes, and add a step to migrations.ts. */
export const SCHEMA_VERSION = 1;

// ---------------------------------------------------------------------------------------------
// Model configurations (seed §2.4)

export const AuthSchema = z.discriminatedUnion('type', [
  /** The seed's long-term Bedrock API key, sent as a bearer token. */
  z.object({ type: z.literal('apiKey'), apiKey: z.string().trim().min(1, 'API key is empty') }),
  /** IAM access key (seed §1.4), optionally with a session token (temporary credentials). */
  z.object({
    type: z.literal('iam'),
    accessKeyId: z.string().trim().min(1, 'access key id is empty'),
    secretAccessKey: z.string().trim().min(1, 'secret access key is empty'),
    sessionToken: z.string().trim().min(1).optional(),
  }),
  /** A named profile from ~/.aws, or (profile absent) the SDK's default credential chain. */
  z.object({ type: z.literal('profile'), profile: z.string().trim().min(1).optional() }),
  /** The offline demo needs none. */
  z.object({ type: z.literal('none') }),
]);
export type Auth = z.infer<typeof AuthSchema>;
export type AuthType = Auth['type'];

export const GuardrailSchema = z.object({
  id: z.string().trim().min(1, 'guardrail id is empty'),
  version: z.string().trim().min(1, 'guardrail version is empty'),
});

export const ModelParamsSchema = z.object({
  temperature: z.number().min(0).max(2).optional(),
  maxTokens: z.number().int().min(1).optional(),
  topP: z.number().min(0).max(1).optional(),
  topK: z.number().int().min(0).optional(),
  stopSequences: z.array(z.string().min(1, 'a stop sequence is empty')).default([]),
  guardrail: GuardrailSchema.optional(),
  /** Claude extended thinking: budget_tokens (≥ 1024, below max_tokens). */
  reasoningBudget: z.number().int().min(1024).optional(),
  /** gpt-oss reasoning_effort. */
  reasoningEffort: z.enum(['low', 'medium', 'high']).optional(),
  /** Longest a whole reply may take, however steadily it streams (MOCKVIEW_REPLY_DEADLINE_MS overrides). */
  replyDeadlineMs: z.number().int().min(1000).optional(),
});
export type ModelParams = z.infer<typeof ModelParamsSchema>;

export const TestResultSchema = z.object({
  ok: z.boolean(),
  at: z.string(),
  firstTokenMs: z.number().nullable().optional(),
  totalMs: z.number().optional(),
  outputTokens: z.number().optional(),
  errorClass: z.string().optional(),
  message: z.string().optional(),
});
export type TestResult = z.infer<typeof TestResultSchema>;

export const PROVIDERS = ['bedrock', 'demo'] as const;
export type ProviderKind = (typeof PROVIDERS)[number];

export const ModelConfigSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'name is empty')
    .max(64, 'name is longer than 64 characters'),
  provider: z.enum(PROVIDERS),
  auth: AuthSchema,
  region: z.string().trim().min(1, 'region is empty'),
  /** A catalog id, an inference-profile id (us.…) or an ARN. */
  modelId: z.string().trim().min(1, 'model id is empty'),
  /** Optional VPC endpoint or proxy; overrides AWS_ENDPOINT_URL_BEDROCK_RUNTIME for this model. */
  endpoint: z
    .string()
    .trim()
    .regex(/^https?:\/\/[^\s/]+/, 'endpoint must be an http:// or https:// URL')
    .optional(),
  params: ModelParamsSchema,
  lastTest: TestResultSchema.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ModelConfig = z.infer<typeof ModelConfigSchema>;

// ---------------------------------------------------------------------------------------------
// Settings (seed §3)

export const SettingsSchema = z.object({
  /** Name of the default model; unset means "the first real model, else the offline demo". */
  defaultModel: z.string().optional(),
  /** Interview language, e.g. "English", "中文". */
  language: z.string().min(1).default('English'),
  color: z.boolean().default(true),
  /** Interface language: one of ours, or "auto" (the locale decides; src/i18n/locale.ts). */
  interfaceLanguage: z.enum(INTERFACE_CHOICES).default('auto'),
  /** Grader for feedback; unset means the interview's own model. */
  graderModel: z.string().optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** config.json: everything small that changes rarely. */
export const ConfigFileSchema = z.object({
  version: z.literal(SCHEMA_VERSION),
  models: z.array(ModelConfigSchema).default([]),
  settings: SettingsSchema.default({ language: 'English', color: true, interfaceLanguage: 'auto' }),
});
export type ConfigFile = z.infer<typeof ConfigFileSchema>;

// ---------------------------------------------------------------------------------------------
// Logs (seed "log management")

export const LOG_KINDS = ['test', 'chat', 'ask', 'interview', 'feedback', 'questions', 'sdk', 'store'] as const;
export const LogEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  level: z.enum(['error', 'warn', 'info']),
  kind: z.enum(LOG_KINDS),
  configName: z.string().optional(),
  modelId: z.string().optional(),
  region: z.string().optional(),
  errorClass: z.string().optional(),
  message: z.string(),
  /** The raw service error (name, status, message, request id). Never a secret. */
  details: z
    .object({
      name: z.string().optional(),
      status: z.number().optional(),
      message: z.string().optional(),
      requestId: z.string().optional(),
      errorType: z.string().optional(),
    })
    .optional(),
});
export type LogEntry = z.infer<typeof LogEntrySchema>;

/** Logs keep the newest entries only. */
export const LOG_CAP = 500;
export const LogsFileSchema = z.object({
  version: z.literal(SCHEMA_VERSION),
  entries: z.array(LogEntrySchema).default([]),
});
export type LogsFile = z.infer<typeof LogsFileSchema>;

// ---------------------------------------------------------------------------------------------
// Interview sessions: one file each under sessions/, so saving a turn never rewrites the others.

export const INTERVIEW_TYPES = ['behavioural', 'technical', 'system-design', 'coding', 'custom'] as const;
export type InterviewType = (typeof INTERVIEW_TYPES)[number];
export const LEVELS = ['intern', 'junior', 'mid', 'senior', 'staff', 'principal', 'manager'] as const;
export type Level = (typeof LEVELS)[number];
export const isInterviewType = (t: string): t is InterviewType => (INTERVIEW_TYPES as readonly string[]).includes(t);
export const isLevel = (l: string): l is Level => (LEVELS as readonly string[]).includes(l);

export const InterviewSetupSchema = z.object({
  type: z.enum(INTERVIEW_TYPES),
  role: z.string().trim().min(1, 'role is empty'),
  level: z.enum(LEVELS).default('mid'),
  company: z.string().trim().optional(),
  /** For the custom type: what to focus on. */
  focus: z.string().trim().optional(),
  jdPath: z.string().optional(),
  jdText: z.string().optional(),
  resumePath: z.string().optional(),
  resumeText: z.string().optional(),
  questionCount: z.number().int().min(1).max(30).default(5),
  language: z.string().min(1).default('English'),
  modelName: z.string().min(1),
  graderModelName: z.string().optional(),
  /** Questions chosen from the question bank to ask (in order), if any. */
  plannedQuestions: z.array(z.string()).optional(),
  /** Optional time budget: when it runs out the app moves to the close. */
  timeBudgetMinutes: z.number().int().min(5).max(240).optional(),
});
export type InterviewSetup = z.infer<typeof InterviewSetupSchema>;

export const TurnTimingSchema = z.object({
  /** From the question appearing to the first keystroke of the answer. */
  thinkMs: z.number().nonnegative(),
  /** From the first keystroke to sending. */
  answeringMs: z.number().nonnegative(),
  words: z.number().int().nonnegative(),
});
export type TurnTiming = z.infer<typeof TurnTimingSchema>;

export const TurnSchema = z.object({
  role: z.enum(['interviewer', 'candidate']),
  text: z.string(),
  at: z.string(),
  /** 1-based main question this turn belongs to (follow-ups share their question's number). */
  questionNumber: z.number().int().positive().optional(),
  followUp: z.boolean().optional(),
  /** The reply was cut off (cancelled, failed, or the process died while it streamed). */
  cut: z.boolean().optional(),
  /** Saved while still streaming; if the file is read back with this set, the process died. */
  streaming: z.boolean().optional(),
  timing: TurnTimingSchema.optional(),
  /** The plan's stage for this turn (intro, requirements, competency, close …), from src/interview/plan.ts. */
  stage: z.string().optional(),
  /** The interviewer repeated the current question's number: a clarification or continuation, not a new question. */
  continuation: z.boolean().optional(),
  /** Rules the interviewer still broke after one corrective regeneration (src/interview/rules.ts); shown flagged. */
  flags: z.array(z.string()).optional(),
  /** The interviewer's private notes: never displayed, passed to the grader. */
  notes: z.string().optional(),
});
export type Turn = z.infer<typeof TurnSchema>;

export const EvidenceSchema = z.object({
  quote: z.string(),
  /** True when the quote is a verbatim (whitespace-normalised) substring of the answer. */
  verified: z.boolean(),
});
export const CriterionGradeSchema = z.object({
  key: z.string(),
  score: z.number().int().min(1).max(5),
  /** Present only when it was found word for word in the candidate's answers to that question. */
  quote: z.string().optional(),
  /** 'unsupported': the grader gave no quote that matches the answers, even when asked again. */
  status: z.enum(['supported', 'unsupported']),
  why: z.string().default(''),
});
export type CriterionGrade = z.infer<typeof CriterionGradeSchema>;
export const QuestionFeedbackSchema = z.object({
  questionNumber: z.number().int().positive(),
  question: z.string(),
  /** criterion → 1..5 (behavioural: star, specificity, impact, relevance; technical: correctness, depth, tradeoffs, communication). */
  scores: z.record(z.string(), z.number().int().min(1).max(5)),
  strengths: z.array(z.string()).default([]),
  improvements: z.array(z.string()).default([]),
  betterAnswer: z.string().default(''),
  evidence: z.array(EvidenceSchema).default([]),
  /** Per criterion: its score, the candidate's own words that back it (verified), and why. */
  criteria: z.array(CriterionGradeSchema).optional(),
  /** introduction / close are assessed lightly and left out of the overall; main questions count. */
  stage: z.enum(['introduction', 'main', 'close']).optional(),
  /** False for stages left out of the overall (the self-introduction, the close). */
  scored: z.boolean().optional(),
});
export type QuestionFeedback = z.infer<typeof QuestionFeedbackSchema>;

export const FeedbackSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('graded'),
    graderModel: z.string(),
    overall: z.object({ score: z.number().min(0).max(100), band: z.string(), summary: z.string() }),
    questions: z.array(QuestionFeedbackSchema),
    /** Quotes the grader invented that were dropped (kept for transparency). */
    droppedQuotes: z.number().int().nonnegative().default(0),
    /** Questions with no grade, and why: not reached, not answered, or the grader left them out. */
    notGraded: z
      .array(z.object({ questionNumber: z.number().int().positive(), question: z.string().default(''), reason: z.enum(['not reached', 'not answered', 'not graded']) }))
      .optional(),
    /** What the overall was computed from: the scores backed by a verified quote, or (none being backed) all. */
    overallBasis: z.enum(['supported', 'all']).optional(),
    /** An overall the grader sent that disagreed with its own criteria: replaced by the computed one. */
    rejectedOverall: z.number().optional(),
  }),
  /** The offline demo: a rubric checklist per question instead of grades. */
  z.object({
    kind: z.literal('checklist'),
    questions: z.array(
      z.object({
        questionNumber: z.number().int().positive(),
        question: z.string(),
        checklist: z.array(z.object({ item: z.string(), met: z.boolean().nullable(), evidence: z.string().optional() })),
      }),
    ),
  }),
  /** The grader's output could not be parsed even after a repair request: shown as text. */
  z.object({ kind: z.literal('text'), graderModel: z.string(), text: z.string(), reason: z.string() }),
]);
export type Feedback = z.infer<typeof FeedbackSchema>;

export const SessionSchema = z.object({
  version: z.literal(SCHEMA_VERSION),
  id: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  status: z.enum(['in-progress', 'finished']),
  setup: InterviewSetupSchema,
  /** e.g. "Claude 4.5 Haiku · us-east-1" at the time of the interview. */
  modelLabel: z.string(),
  turns: z.array(TurnSchema).default([]),
  feedback: FeedbackSchema.optional(),
  endedAt: z.string().optional(),
  /**
   * The answer being typed when the session was last saved, restored on resume. Optional, so files
   * written before it existed read as they are (no draft) and need no version step.
   */
  draft: z.string().optional(),
});
export type Session = z.infer<typeof SessionSchema>;

/** What lists show without reading every turn. */
export interface SessionSummary {
  id: string;
  createdAt: string;
  updatedAt: string;
  status: Session['status'];
  type: InterviewType;
  role: string;
  level: Level;
  modelName: string;
  modelLabel: string;
  questionsAsked: number;
  score?: number;
}

// ---------------------------------------------------------------------------------------------
// Question bank (seed §3 "question generation")

export const BankQuestionSchema = z.object({
  id: z.string(),
  text: z.string().trim().min(1, 'question is empty'),
  type: z.enum(INTERVIEW_TYPES),
  role: z.string(),
  createdAt: z.string(),
  /** The model name that generated it, or "manual". */
  source: z.string(),
});
export type BankQuestion = z.infer<typeof BankQuestionSchema>;
export const QuestionsFileSchema = z.object({
  version: z.literal(SCHEMA_VERSION),
  questions: z.array(BankQuestionSchema).default([]),
});
export type QuestionsFile = z.infer<typeof QuestionsFileSchema>;
