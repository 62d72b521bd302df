// The offline demo's own words (not a model's) are in the interface language, and a question-generation
// request for Chinese questions gets the Simplified or Traditional bank, in a form the list parser reads.
import { afterEach, describe, expect, it } from 'vitest';
import { switchUiLanguage } from '../../src/i18n/index.js';
import { buildGradingPrompt } from '../../src/interview/grading-prompt.js';
import { buildQuestionGenerationPrompt } from '../../src/interview/question-bank.js';
import { parseQuestionList } from '../../src/interview/question-list.js';
import { createDemoProvider, DEMO_NOT_A_MODEL } from '../../src/providers/demo.js';
import type { ChatRequest } from '../../src/providers/types.js';
import { makeSetup, sessionFrom } from '../interview/helpers.js';
import { englishLeft, KEEP_AS_IS } from './english-left.js';

afterEach(() => switchUiLanguage('en'));

async function reply(request: ChatRequest): Promise<string> {
  let text = '';
  for await (const e of createDemoProvider({ tokensPerSecond: Infinity, seed: 1 }).stream(request)) if (e.type === 'text') text += e.text;
  return text;
}

const SIMPLIFIED_ONLY = /[这们说问题会对么]/u;
const TRADITIONAL_ONLY = /[這們說問題會對麼]/u;

describe.each([
  { ui: 'zh-Hans' as const, language: '中文', own: SIMPLIFIED_ONLY, other: TRADITIONAL_ONLY },
  { ui: 'zh-Hant' as const, language: '繁體中文', own: TRADITIONAL_ONLY, other: SIMPLIFIED_ONLY },
])('the offline demo in $ui', ({ ui, language, own, other }) => {
  it('says what it is, and that it does not grade, with no English but names', async () => {
    await switchUiLanguage(ui);
    const notAModel = await reply({ messages: [{ role: 'user', text: '你好' }] });
    expect(englishLeft(notAModel, KEEP_AS_IS)).toEqual([]);
    expect(notAModel).not.toBe(DEMO_NOT_A_MODEL);
    const session = sessionFrom(makeSetup({ questionCount: 1, language }), [{ say: '[Q1] 讲讲你自己。' }, { answer: '我是后端工程师，做了八年支付系统。' }]);
    const grading = await reply(buildGradingPrompt(session));
    expect(englishLeft(grading, KEEP_AS_IS)).toEqual([]);
  });

  it('offers questions from the Chinese bank, in the right script, that the list parser reads', async () => {
    await switchUiLanguage(ui);
    const text = await reply(buildQuestionGenerationPrompt({ role: '后端工程师', type: 'behavioural', count: 4, language }));
    const questions = parseQuestionList(text);
    expect(questions).toHaveLength(4);
    expect(englishLeft(text, KEEP_AS_IS)).toEqual([]);
    expect(questions.join('')).toMatch(own);
    expect(questions.join('')).not.toMatch(other);
  });
});

describe('the offline demo in English', () => {
  it('keeps its English replies', async () => {
    expect(await reply({ messages: [{ role: 'user', text: 'hi' }] })).toBe(DEMO_NOT_A_MODEL);
    expect(await reply(buildQuestionGenerationPrompt({ role: 'SRE', type: 'technical', count: 2, language: 'English' }))).toMatch(/^The offline demo cannot write new questions/);
  });
});
