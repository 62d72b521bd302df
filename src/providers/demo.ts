// The offline demo (SPEC §8): runs practice interviews from the built-in question bank with no
// network and no AWS account, streaming through the same events as Bedrock at a model's pace. It acts
// on the app's turn directive (request.turn): the question N of M the plan wants, chosen from the bank
// for the role, focus and type and not asked before; a follow-up aimed at the checklist item the answer
// missed; the close and the farewell — in English, 简体中文 or 繁體中文. It is not a language model and
// says so whenever it is asked anything else.
import { cancelled } from '../models/provider-error.js';
import { chooseBankQuestion, demoFollowUp, demoIntroQuestion, firstQuestionSentence, looksLikeClarification, SHORT_ANSWER_WORDS } from '../interview/demo-bank.js';
import { DEMO_LINES, demoLanguage, END_MARKER, FOLLOW_UP_MARKER, PHASE_OPENERS, PHASE_QUESTIONS, type DemoLanguage } from '../interview/demo-lines.js';
import { languageVariant } from '../interview/language.js';
import { GRADING_TAG, INTERVIEW_TAG, QUESTION_GENERATION_TAG } from '../interview/markers.js';
import { findRepeat } from '../interview/similarity.js';
import { parseInterviewerReply, plannedQuestionsIn, previousQuestionsIn } from '../interview/prompts.js';
import { FOLLOW_UPS, OPENING_QUESTION, questionsFor } from '../interview/question-bank.js';
import { countWords } from '../interview/words.js';
import { isInterviewType, type InterviewType } from '../store/schema.js';
import type { ChatMessage, ChatRequest, Provider, StreamEvent, TurnDirective } from './types.js';
import { seeded } from '../interview/seeded.js';
import { pickQuestions } from '../interview/banks/index.js';
import { t } from '../i18n/index.js';

export interface DemoOptions {
  /** Pace of the stream (default 30); Infinity streams at once (tests). */
  tokensPerSecond?: number;
  /** A model's time to first token (default 450 ms; 0 with an infinite pace). */
  firstTokenMs?: number;
  /** Makes the order of questions repeatable. */
  seed?: number;
  /** Overrides seed; returns [0, 1). */
  random?: () => number;
  /** Clock for the metrics event, in ms. */
  now?: () => number;
}

// The demo's own replies are our words, not a model's: they are in the interface language. The
// constants are the English (what scripts and tests read); replies use the language in use.
export const DEMO_NOT_A_MODEL = t('interview.demo.notAModel', { lng: 'en' });
export const DEMO_DOES_NOT_GRADE = t('interview.demo.doesNotGrade', { lng: 'en' });

export { SHORT_ANSWER_WORDS };


const pick = <T>(list: T[], random: () => number): T | undefined => list[Math.floor(random() * list.length)] ?? list[0];

/** The app's own stage directions to the model ("(The candidate has joined…)") are not answers. */
const isAppLine = (text: string): boolean => /^\s*[(（][\s\S]*[)）]\s*$/.test(text);

const sameQuestion = (a: string, b: string): boolean => a.includes(b) || b.includes(a);

/** Picks a bank question not asked in this session nor (when possible) in earlier ones. */
function nextBankQuestion(type: InterviewType, asked: string[], previous: string[], random: () => number): string {
  const bank = questionsFor(type);
  const fresh = bank.filter((q) => !asked.some((a) => sameQuestion(a, q)));
  const unseen = fresh.filter((q) => !previous.some((p) => sameQuestion(p, q)));
  return pick(unseen.length ? unseen : fresh.length ? fresh : bank, random) ?? OPENING_QUESTION;
}

interface InterviewPlan {
  type: InterviewType;
  total: number;
  planned: string[];
  previous: string[];
  language: string;
}

/** What the demo interviewer says next, with the same markers a model is asked to use. */
/** Requests without a directive (older callers that send only the prompt): the demo reads the tag. */
export function demoInterviewReply(plan: InterviewPlan, messages: ChatMessage[], random: () => number): string {
  const replies = messages.filter((m) => m.role === 'assistant').map((m) => parseInterviewerReply(m.text));
  const mains = replies.filter((r) => !r.followUp && !r.isClosing);
  const lastReply = replies.at(-1);
  const lastUser = messages.at(-1)?.role === 'user' ? messages.at(-1)!.text : '';
  const answered = !isAppLine(lastUser);

  if (mains.length === 0) {
    const english = /^english\b/i.test(plan.language)
      ? ''
      : ` (The offline demo asks its questions in English; answer in ${plan.language} or English, as you like.)`;
    return `[Q1] Welcome, and thanks for joining this practice interview.${english} ${plan.planned[0] ?? OPENING_QUESTION}`;
  }
  if (lastReply && !lastReply.followUp && !lastReply.isClosing && answered && countWords(lastUser) < SHORT_ANSWER_WORDS) {
    return `[Follow-up] ${pick(FOLLOW_UPS, random)}`;
  }
  if (mains.length >= plan.total) {
    return '[End] Thank you, that is the end of this practice interview. End it now (Ctrl+E) to see your self-check list.';
  }
  const n = mains.length + 1;
  const question = plan.planned[n - 1] ?? nextBankQuestion(plan.type, mains.map((r) => r.text), plan.previous, random);
  return `[Q${n}] ${question}`;
}

// ---------------------------------------------------------------------------------------------
// The directive-driven drill

function mainQuestionText(d: TurnDirective, lang: DemoLanguage, random: () => number): string {
  const next = d.next!;
  if (next.stage === 'intro') return demoIntroQuestion(d.interview.language);
  if (next.planned) return next.planned;
  const later = PHASE_QUESTIONS[next.stage];
  if (later) {
    const options = later.map((t) => t[lang]).filter((q) => !findRepeat(q, d.avoid ?? []));
    return options[0] ?? later[(next.number - 1) % later.length]![lang];
  }
  // One question per message: a bank question that asks two things is asked up to its first question
  // mark; what it left out is what the follow-ups are for.
  const chosen = firstQuestionSentence(chooseBankQuestion(d, random));
  const opener = PHASE_OPENERS[next.stage];
  if (next.stage === 'approach') return chosen;
  if (opener && !/[?？]/u.test(chosen)) return `${chosen} ${opener[lang]}`;
  return chosen;
}

/** What the demo interviewer says for the app's directive, with the markers a model is asked to use. */
export function demoTurn(d: TurnDirective, random: () => number): string {
  const lang = demoLanguage(languageVariant(d.interview.language));
  if (d.kind === 'farewell') {
    const asked = d.lastAnswer && /[?？]/u.test(d.lastAnswer);
    return `${END_MARKER[lang]} ${asked ? DEMO_LINES.farewellQuestions[lang] : DEMO_LINES.farewellNoQuestions[lang]}`;
  }
  if (d.kind === 'close') return `[Close] ${DEMO_LINES.close[lang]}`;
  if (d.current && d.lastAnswer && looksLikeClarification(d.lastAnswer)) {
    return `[Q${d.current.number}] ${DEMO_LINES.clarify[lang]} ${firstQuestionSentence(d.current.text)}`;
  }
  const followUp = demoFollowUp(d, lang);
  if (followUp) return `${FOLLOW_UP_MARKER[lang]} ${followUp}`;
  if (!d.next) return `[Close] ${DEMO_LINES.close[lang]}`;
  const question = mainQuestionText(d, lang, random);
  return d.next.number === 1 ? `[Q1] ${DEMO_LINES.welcome[lang]} ${question}` : `[Q${d.next.number}] ${question}`;
}

function generatedQuestions(type: string, count: number, random: () => number, language = 'English'): string {
  const valid = isInterviewType(type) ? type : 'custom';
  const chosen: string[] = [];
  const variant = languageVariant(language);
  if (variant === 'zh-Hans' || variant === 'zh-Hant') {
    // Questions asked in Chinese come from the Simplified or Traditional bank (real questions per type).
    chosen.push(...pickQuestions({ type: valid, language, random }, count).map((q) => q.text));
  } else {
    const bank = [...questionsFor(valid)];
    // Fixed before the loop: the bank shrinks as questions are taken from it.
    const wanted = Math.min(count, bank.length);
    while (chosen.length < wanted) chosen.push(bank.splice(Math.floor(random() * bank.length), 1)[0]!);
  }
  return [t('interview.demo.bankQuestions'), ...chosen.map((q, i) => `${i + 1}. ${q}`)].join('\n');
}

function replyFor(request: ChatRequest, random: () => number): string {
  const system = request.system ?? '';
  if (system.includes(GRADING_TAG)) return t('interview.demo.doesNotGrade');
  if (request.turn) return demoTurn(request.turn, random);
  const generation = QUESTION_GENERATION_TAG.exec(system);
  if (generation) return generatedQuestions(generation[1]!, Number(generation[2]) || 5, random, /Write the questions in (.+?)\.$/m.exec(system)?.[1]);
  const tag = INTERVIEW_TAG.exec(system);
  if (tag) {
    const type = isInterviewType(tag[1] ?? '') ? (tag[1] as InterviewType) : 'behavioural';
    const plan: InterviewPlan = {
      type,
      total: Number(tag[2]) || 5,
      planned: plannedQuestionsIn(system),
      previous: previousQuestionsIn(system),
      language: /Conduct the whole interview in (.+?)\. /.exec(system)?.[1] ?? 'English',
    };
    return demoInterviewReply(plan, request.messages, random);
  }
  return t('interview.demo.notAModel');
}

/** Word by word, and character by character in CJK text, like a model's tokens arrive. */
function pieces(text: string): string[] {
  return (text.match(/\S+\s*/g) ?? []).flatMap((w) => (/[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/.test(w) ? (w.match(/[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]|[^\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]+/g) ?? [w]) : [w]));
}


function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** MOCKVIEW_DEMO_PACE: tokens per second, or "instant" (scripted runs and tests of the CLI). */
function paceFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.MOCKVIEW_DEMO_PACE?.trim();
  if (!raw) return undefined;
  if (raw === 'instant') return Infinity;
  const n = Number(raw);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

export function createDemoProvider(opts: DemoOptions = {}): Provider {
  const tokensPerSecond = opts.tokensPerSecond ?? paceFromEnv() ?? 30;
  const random = opts.random ?? (opts.seed !== undefined ? seeded(opts.seed) : Math.random);
  const now = opts.now ?? (() => performance.now());
  return {
    kind: 'demo',
    label: 'Offline demo',
    offline: true,
    async *stream(request, signal): AsyncGenerator<StreamEvent> {
      const started = now();
      if (signal?.aborted) throw cancelled(false);
      const text = replyFor(request, random);
      const parts = pieces(text);
      const delay = Number.isFinite(tokensPerSecond) && tokensPerSecond > 0 ? 1000 / tokensPerSecond : 0;
      const firstDelay = opts.firstTokenMs ?? (delay > 0 ? 450 : 0);
      let firstAt: number | null = null;
      if (firstDelay > 0) await pause(firstDelay, signal);
      for (const [i, part] of parts.entries()) {
        // Tokens do not arrive like a metronome: ±40 % around the pace.
        if (delay > 0 && i > 0) await pause(delay * (0.6 + random() * 0.8), signal);
        if (signal?.aborted) throw cancelled(i > 0);
        firstAt ??= now();
        yield { type: 'text', text: part };
      }
      const end = now();
      yield { type: 'stop', reason: 'end_turn' };
      // Word counts, not tokens: the demo has no tokenizer and does not pretend to.
      const inputWords = request.messages.reduce((n, m) => n + countWords(m.text), countWords(request.system ?? ''));
      yield { type: 'usage', inputTokens: inputWords, outputTokens: parts.length, totalTokens: inputWords + parts.length };
      const seconds = firstAt !== null ? (end - firstAt) / 1000 : 0;
      yield {
        type: 'metrics',
        firstTokenMs: firstAt !== null ? Math.round(firstAt - started) : null,
        totalMs: Math.round(end - started),
        tokensPerSecond: seconds > 0.05 ? Math.round((parts.length / seconds) * 10) / 10 : null,
      };
    },
  };
}
