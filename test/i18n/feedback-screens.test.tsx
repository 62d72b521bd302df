// The feedback screen in 简体中文 and 繁體中文: a graded report (scores, quotes, bands, the help), an
// export, grading in progress and cancelled (real SDK against the fake Bedrock), and an interview with
// nothing to grade. Fixture words are Chinese, so any English left on screen is ours.
import { renderInTerminal, type TerminalApp } from '../helpers/terminal.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { switchUiLanguage } from '../../src/i18n/index.js';
import { openStore } from '../../src/store/index.js';
import type { Feedback, Session } from '../../src/store/schema.js';
import { startFakeBedrock, type FakeBedrock } from '../fake-bedrock/server.js';
import { testConfig } from '../helpers/config.js';
import { KEYS } from '../helpers/ink.js';
import { tempDir } from '../helpers/tmp.js';
import { makeSetup, sessionFrom } from '../interview/helpers.js';
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
const HELP = /╭/;
/** "sonnet": a model name, kept as it is. */
const KEEP = new Set([...KEEP_AS_IS, 'sonnet']);
function englishOn(screen: string[]): string[] {
  const left = (row: string): string[] => englishLeft(row, KEEP);
  return screen.filter((row) => left(row).length > 0).map((row) => `${left(row).join(',')} ← ${row.trim()}`);
}

const answered = (role: string, modelName = 'demo'): Session =>
  sessionFrom(makeSetup({ questionCount: 2, role, language: '中文', modelName }), [
    { say: '[Q1] 讲讲你负责过的一个项目。' },
    { answer: '去年我负责把账单系统迁移到新架构，我先梳理了依赖，然后分三批切换，最后出错率从百分之二降到千分之一。' },
    { say: '[Q2] 讲一次和同事意见不合的经历。' },
  ]);

const graded: Feedback = {
  kind: 'graded',
  graderModel: 'sonnet',
  overall: { score: 68, band: 'Solid', summary: '具体，但结果不够有力。' },
  overallBasis: 'supported',
  questions: [
    {
      questionNumber: 1,
      question: '讲讲你负责过的一个项目。',
      scores: { star: 4, specificity: 3 },
      criteria: [
        { key: 'star', score: 4, status: 'supported', quote: '我先梳理了依赖，然后分三批切换', why: '步骤清楚。' },
        { key: 'specificity', score: 3, status: 'unsupported', why: '细节偏少。' },
      ],
      strengths: ['主导了计划'],
      improvements: ['把结果量化'],
      betterAnswer: '先讲风险，再讲数字。',
      evidence: [
        { quote: '最后出错率从百分之二降到千分之一', verified: true },
        { quote: '编造的话', verified: false },
      ],
    },
  ],
  droppedQuotes: 1,
  rejectedOverall: 90,
  notGraded: [{ questionNumber: 2, question: '讲一次和同事意见不合的经历。', reason: 'not answered' }],
};

const VARIANTS = [
  { ui: 'zh-Hans' as const, role: '后端工程师', w: { title: /反馈 · 行为面试 · 后端工程师（高级）/, overall: /总分 68\/100 · 扎实/, exported: /✓ 已导出到 /, grading: /正在用 Claude 评分…/, cancelled: /评分已取消/, nothing: /还没有可评分的回答/ } },
  { ui: 'zh-Hant' as const, role: '後端工程師', w: { title: /回饋 · 行為面試 · 後端工程師（資深）/, overall: /總分 68\/100 · 紮實/, exported: /✓ 已匯出到 /, grading: /正在用 Claude 評分…/, cancelled: /評分已取消/, nothing: /還沒有可評分的回答/ } },
];

describe.each(VARIANTS)('the feedback screen in $ui', (v) => {
  async function open(session: Session, withClaude = false): Promise<(what: string, re: RegExp) => Promise<string[]>> {
    await switchUiLanguage(v.ui);
    const store = openStore({ dataDir: tempDir() });
    if (withClaude) store.addModel(testConfig({ name: 'Claude' }));
    store.saveSession(session);
    app = renderInTerminal({ screen: 'feedback', sessionId: session.id }, { store, rows: 40 });
    return async (what, re) => {
      const s = await app!.waitFor(re);
      expect(englishOn(s), `${what}:\n${text(s)}`).toEqual([]);
      return s;
    };
  }

  it('shows a graded report, its help and an export with no English', async () => {
    const check = await open({ ...answered(v.role), feedback: graded });
    await check('graded report', v.w.overall);
    await check('title', v.w.title);
    await app!.press('?');
    await check('help', HELP);
    await app!.press(KEYS.escape);
    await app!.waitFor((s) => !HELP.test(text(s)));
    await app!.press('e');
    await check('exported', v.w.exported);
  });

  it('shows grading in progress and cancelled with no English', async () => {
    fake.setScenario({ kind: 'long', tokens: 2000, tokensPerSecond: 20 });
    const check = await open(answered(v.role, 'Claude'), true);
    await check('grading', v.w.grading);
    await app!.press(KEYS.escape);
    await check('cancelled', v.w.cancelled);
  });

  it('says there is nothing to grade with no English', async () => {
    const check = await open(sessionFrom(makeSetup({ role: v.role, language: '中文', modelName: 'demo' }), [{ say: '[Q1] 讲讲你自己。' }]));
    await check('nothing to grade', v.w.nothing);
  });
});
