// The offline demo: runs practice interviews from the built-in question bank with no network and
// no AWS account, streaming through the same events as Bedrock. It is not a language model and
// says so whenever it is asked anything else.
import { ProviderError } from '../bedrock/error-types.js';
import { FOLLOW_UP_MARKER, GRADING_TAG, INTERVIEW_TAG, QUESTION_MARKER } from '../interview/markers.js';
import { FOLLOW_UPS, OPENING_QUESTION, questionsFor } from '../interview/question-bank.js';
import { INTERVIEW_TYPES, type InterviewType } from '../store/schema.js';
import type { ChatRequest, Provider, StreamEvent } from './types.js';

export interface DemoOptions {
  /** Pace of the stream; Infinity streams at once (tests). */
  tokensPerSecond?: number;
  random?: () => number;
}

export const DEMO_NOT_A_MODEL =
  "This is mockview's offline demo, not a language model: it runs practice interviews from a built-in question bank and cannot answer other prompts. " +
  'For real answers add an Amazon Bedrock model (in the app: Models → a; or mockview models add --help).';

const words = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;

/** Picks the next bank question not yet asked, in a stable shuffled order per session. */
function nextQuestion(type: InterviewType, asked: string[], random: () => number): string {
  const pool = questionsFor(type).filter((q) => !asked.some((a) => a.includes(q)));
  if (pool.length === 0) return questionsFor(type)[0] ?? OPENING_QUESTION;
  return pool[Math.floor(random() * pool.length)] ?? pool[0]!;
}

/** What the demo interviewer says next, with the same markers a model is asked to use. */
export function demoInterviewReply(type: InterviewType, total: number, messages: ChatRequest['messages'], random: () => number): string {
  const assistant = messages.filter((m) => m.role === 'assistant').map((m) => m.text);
  const mainAsked = assistant.filter((t) => QUESTION_MARKER.test(t)).length;
  const last = assistant[assistant.length - 1];
  const lastAnswer = messages[messages.length - 1]?.role === 'user' ? (messages[messages.length - 1]?.text ?? '') : '';
  if (mainAsked === 0) return `[Q1] Welcome, and thanks for joining this practice interview. ${OPENING_QUESTION}`;
  if (last && !FOLLOW_UP_MARKER.test(last) && words(lastAnswer) < 15) {
    return `[Follow-up] ${FOLLOW_UPS[Math.floor(random() * FOLLOW_UPS.length)] ?? FOLLOW_UPS[0]}`;
  }
  if (mainAsked >= total) {
    return '[End] Thank you, that is the end of this practice interview. Press Ctrl+E to finish and see your self-check list.';
  }
  return `[Q${mainAsked + 1}] ${nextQuestion(type, assistant, random)}`;
}

function replyFor(request: ChatRequest, random: () => number): string {
  const system = request.system ?? '';
  if (system.includes(GRADING_TAG)) {
    return 'The offline demo does not grade answers. It gives you a self-check list for each question instead.';
  }
  const tag = INTERVIEW_TAG.exec(system);
  if (tag) {
    const type = (INTERVIEW_TYPES as readonly string[]).includes(tag[1] ?? '') ? (tag[1] as InterviewType) : 'behavioural';
    return demoInterviewReply(type, Number(tag[2]) || 5, request.messages, random);
  }
  return DEMO_NOT_A_MODEL;
}

const cancelled = (after: boolean): ProviderError =>
  new ProviderError('cancelled', 'Cancelled', '', { name: 'AbortError', message: 'cancelled by the user' }, after);

export function createDemoProvider(opts: DemoOptions = {}): Provider {
  const tokensPerSecond = opts.tokensPerSecond ?? 30;
  const random = opts.random ?? Math.random;
  return {
    kind: 'demo',
    label: 'Offline demo',
    offline: true,
    async *stream(request, signal): AsyncGenerator<StreamEvent> {
      const started = performance.now();
      const text = replyFor(request, random);
      const pieces = text.match(/\S+\s*/g) ?? [text];
      const delay = Number.isFinite(tokensPerSecond) ? 1000 / tokensPerSecond : 0;
      let firstAt: number | null = null;
      for (const [i, piece] of pieces.entries()) {
        if (signal?.aborted) throw cancelled(i > 0);
        if (delay > 0) {
          await new Promise<void>((resolve) => {
            const t = setTimeout(resolve, delay);
            signal?.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
          });
          if (signal?.aborted) throw cancelled(i > 0);
        }
        firstAt ??= performance.now();
        yield { type: 'text', text: piece };
      }
      const end = performance.now();
      const inputWords = request.messages.reduce((n, m) => n + words(m.text), words(request.system ?? ''));
      yield { type: 'stop', reason: 'end_turn' };
      // Word counts, not tokens: the demo has no tokenizer and does not pretend to.
      yield { type: 'usage', inputTokens: inputWords, outputTokens: pieces.length, totalTokens: inputWords + pieces.length };
      const seconds = firstAt !== null ? (end - firstAt) / 1000 : 0;
      yield {
        type: 'metrics',
        firstTokenMs: firstAt !== null ? Math.round(firstAt - started) : null,
        totalMs: Math.round(end - started),
        tokensPerSecond: seconds > 0.05 ? Math.round((pieces.length / seconds) * 10) / 10 : null,
      };
    },
  };
}
