// The interview chat's states in 简体中文 and 繁體中文, on the real SDK against the fake Bedrock: the
// model's thinking (folded and open), streaming, a cancelled reply, a reply cut at max_tokens, reading
// back, and the end. The interviewer's words are Chinese fixture text, so any English left is ours.
import { renderInTerminal, type TerminalApp } from '../helpers/terminal.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { switchUiLanguage } from '../../src/i18n/index.js';
import { createSession } from '../../src/interview/session.js';
import { openStore } from '../../src/store/index.js';
import type { InterviewSetup } from '../../src/store/schema.js';
import { startFakeBedrock, type FakeBedrock } from '../fake-bedrock/server.js';
import { testConfig } from '../helpers/config.js';
import { KEYS } from '../helpers/ink.js';
import { tempDir } from '../helpers/tmp.js';
import { englishLeft, KEEP_AS_IS } from './english-left.js';

let fake: FakeBedrock;
let app: TerminalApp | undefined;
beforeAll(async () => {
  fake = await startFakeBedrock();
  process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME = fake.url;
});
afterEach(async () => {
  app?.unmount();
  app = undefined;
  await switchUiLanguage('en');
});
afterAll(() => fake.close());

const text = (s: string[]): string => s.join('\n');
function englishOn(screen: string[]): string[] {
  const left = (row: string): string[] => englishLeft(row, KEEP_AS_IS);
  return screen.filter((row) => left(row).length > 0).map((row) => `${left(row).join(',')} ← ${row.trim()}`);
}

const VARIANTS = [
  {
    ui: 'zh-Hans' as const,
    language: '中文',
    role: '后端工程师',
    question: '[Q1] 讲一次你推迟了截止日期的经历。',
    twoQuestions: '[Q1] 讲一次你推迟了截止日期的经历？结果怎么样？',
    thinking: ['先想想这个高级后端职位。', '问一个关于截止日期的问题。'],
    w: { folded: /▸ 思考中… .*（Ctrl\+T 展开）/, open: /▾ 思考过程（Ctrl\+T 收起）/, streaming: /● 流式输出中/, cut: /回复已中断/, maxTokens: /最大输出上限/, reading: /回看中 · 第 \d+–\d+ 行/, over: /面试已结束（1 个问题）/, askedAgain: /↻ 已重新生成一次：/, oneQuestion: /一条消息里问了不止一个问题/ },
  },
  {
    ui: 'zh-Hant' as const,
    language: '繁體中文',
    role: '後端工程師',
    question: '[Q1] 談一次你延後截止日期的經驗。',
    twoQuestions: '[Q1] 談一次你延後截止日期的經驗？結果如何？',
    thinking: ['先想想這個資深後端職位。', '問一個關於截止日期的問題。'],
    w: { folded: /▸ 思考中… .*（Ctrl\+T 展開）/, open: /▾ 思考過程（Ctrl\+T 收合）/, streaming: /● 串流輸出中/, cut: /回覆已中斷/, maxTokens: /最大輸出上限/, reading: /回顧中 · 第 \d+–\d+ 行/, over: /面試已結束（1 個問題）/, askedAgain: /↻ 已重新產生一次：/, oneQuestion: /一則訊息裡問了不只一個問題/ },
  },
];

describe.each(VARIANTS)('the interview chat in $ui', (v) => {
  /** `modelText`: the fake's filler reply is English, so the transcript rows (the model's words) are left out. */
  async function chat(opts: { modelText?: boolean } = {}): Promise<(what: string, re: RegExp) => Promise<string[]>> {
    await switchUiLanguage(v.ui);
    const store = openStore({ dataDir: tempDir() });
    store.addModel(testConfig({ name: 'Claude' }));
    const setup: InterviewSetup = { type: 'behavioural', role: v.role, level: 'senior', questionCount: 3, language: v.language, modelName: 'Claude' };
    const session = createSession(setup, 'Claude 3.5 Haiku', Date.now());
    store.saveSession(session);
    app = renderInTerminal({ screen: 'interview', sessionId: session.id }, { store });
    return async (what, re) => {
      const s = await app!.waitFor(re);
      const ours = opts.modelText ? s.filter((row) => !/^(Interviewer\s+|面试官\s+|面試官\s+|\s{13})\S/.test(row)) : s;
      expect(englishOn(ours), `${what}:\n${text(s)}`).toEqual([]);
      return s;
    };
  }

  it('shows the thinking folded and open, then the question, with no English', async () => {
    fake.setScenario({ kind: 'reasoning', thinking: v.thinking, thinkingMs: 250, text: v.question });
    const check = await chat();
    await check('thinking, folded', v.w.folded);
    await app!.press('\u0014'); // Ctrl+T
    await check('thinking, open', v.w.open);
  });

  it('streams, cancels, reads back and ends with no English', async () => {
    fake.setScenario({ kind: 'long', tokens: 400, tokensPerSecond: 40 });
    const check = await chat({ modelText: true });
    await check('streaming', v.w.streaming);
    await app!.press(KEYS.escape);
    await check('reply cancelled', v.w.cut);
    await app!.press(KEYS.pageUp);
    await check('reading back', v.w.reading);
    await app!.press(KEYS.escape);
    await app!.waitFor((s) => !v.w.reading.test(text(s)));
    await app!.press('\u0005'); // Ctrl+E
    await check('interview over', v.w.over);
  });

  it('says why a question was asked again, and flags a rule the model keeps breaking, with no English', async () => {
    // Two questions in one message, every time: asked again once, then stored flagged.
    fake.setScenario({ kind: 'normal', text: v.twoQuestions });
    const check = await chat();
    const s = await check('asked again, flagged', v.w.askedAgain);
    expect(text(s)).toMatch(v.w.oneQuestion);
  });

  it('says a reply was cut at the output limit with no English', async () => {
    fake.setScenario({ kind: 'normal', text: v.question, stopReason: 'max_tokens' });
    const check = await chat();
    await check('max_tokens', v.w.maxTokens);
  });
});
