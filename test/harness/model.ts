// A scripted interviewer that reads what the app asked for (the "Your next message" section of the
// system prompt, as a real model would) and, by default, does exactly that. Cases replace single
// replies with misbehaviour.
import type { ScriptedRequest } from '../fake-bedrock/scripted.js';

export interface AskedFor {
  kind: 'question' | 'close' | 'farewell';
  next?: number;
  total?: number;
  followUpOn?: number;
  current?: number;
  closeInstead: boolean;
}

export function askedFor(system: string): AskedFor {
  const at = system.indexOf('## Your next message');
  const section = at >= 0 ? system.slice(at) : '';
  if (/Start with \[End\]/.test(section)) return { kind: 'farewell', closeInstead: false };
  if (/Start with \[Close\]/.test(section)) return { kind: 'close', closeInstead: false };
  const next = /\[Q(\d+)\] main question \d+ of (\d+)/.exec(section);
  const follow = /\[Follow-up\] one follow-up on question (\d+)/.exec(section);
  const current = /\[Q(\d+)\] again, only to clarify/.exec(section);
  return {
    kind: 'question',
    ...(next ? { next: Number(next[1]), total: Number(next[2]) } : {}),
    ...(follow ? { followUpOn: Number(follow[1]) } : {}),
    ...(current ? { current: Number(current[1]) } : {}),
    closeInstead: /\[Close\] the close/.test(section),
  };
}

/** The app's corrective or re-mark note is the last user message: "(mockview: …)". */
export const isCorrection = (req: ScriptedRequest): boolean => /^\(mockview: /.test(req.messages.at(-1)?.text ?? '');
export const lastAnswer = (req: ScriptedRequest): string => req.messages.at(-1)?.text ?? '';

const QUESTIONS = [
  'To start, could you introduce yourself and your background?',
  'Tell me about a time you disagreed with a teammate about a technical decision.',
  'Describe a project where you had to deliver with unclear requirements.',
  'Tell me about a production incident you owned from start to finish.',
  'Give an example of a time you changed your mind after new data came in.',
  'Tell me about the hardest bug you fixed last year.',
];
const ZH_QUESTIONS = ['请先做一下自我介绍。', '请讲一次你和同事在技术决策上意见不合的经历。', '请描述一个需求不明确但你仍按时交付的项目。', '请讲一次你从头到尾负责处理的线上事故。'];

export const defaultQuestion = (n: number, zh = false): string => (zh ? ZH_QUESTIONS : QUESTIONS)[(n - 1) % (zh ? ZH_QUESTIONS.length : QUESTIONS.length)]!;

/** A well-behaved reply to what the app asked for. */
export function wellBehaved(req: ScriptedRequest, zh = false): string {
  const a = askedFor(req.system);
  if (a.kind === 'farewell') return zh ? '[结束] 谢谢你的时间，面试到此结束。' : '[End] Thank you for your time; that is the end of the interview.';
  if (a.kind === 'close') return zh ? '[Close] 谢谢。你有什么想问我的吗？' : '[Close] Thank you. Do you have any questions for me?';
  if (a.next !== undefined) return `[Q${a.next}] ${defaultQuestion(a.next, zh)}`;
  if (a.closeInstead) return zh ? '[Close] 谢谢。你有什么想问我的吗？' : '[Close] Thank you. Do you have any questions for me?';
  return `[Follow-up] ${zh ? '具体是你做了什么？' : 'What exactly did you do?'}`;
}
