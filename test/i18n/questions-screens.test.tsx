// The question bank and its generate form in 简体中文 and 繁體中文: the real app in a headless 80×24
// terminal, keys typed one by one, each state checked for English left (englishLeft). The bank holds
// Chinese questions, so every row on screen is either ours or Chinese fixture text.
import { renderInTerminal, type TerminalApp } from '../helpers/terminal.js';
import { afterEach, describe, expect, it } from 'vitest';
import { switchUiLanguage, type UiLanguage } from '../../src/i18n/index.js';
import { openStore } from '../../src/store/index.js';
import type { BankQuestion } from '../../src/store/schema.js';
import { KEYS } from '../helpers/ink.js';
import { tempDir } from '../helpers/tmp.js';
import { englishLeft } from './english-left.js';

let app: TerminalApp | undefined;
// The offline demo reads its pace from the process environment when it is created.
process.env.MOCKVIEW_DEMO_PACE = 'instant';
afterEach(async () => {
  app?.unmount();
  app = undefined;
  await switchUiLanguage('en');
});

const text = (s: string[]): string => s.join('\n');
const HELP = /╭/;


function englishOn(screen: string[]): string[] {
  const left = (row: string): string[] => englishLeft(row);
  return screen.filter((row) => left(row).length > 0).map((row) => `${left(row).join(',')} ← ${row.trim()}`);
}

const at = '2026-01-01T00:00:00.000Z';
const BANK: Record<'zh-Hans' | 'zh-Hant', BankQuestion[]> = {
  'zh-Hans': [
    { id: 'zq000001', text: '讲一次你推迟了截止日期的经历。', type: 'behavioural', role: '后端工程师', createdAt: at, source: 'manual' },
    { id: 'zq000002', text: '设计一个多台服务器共享的限流器。', type: 'system-design', role: '后端工程师', createdAt: at, source: 'manual' },
    { id: 'zq000003', text: '你怎么保证缓存数据正确？', type: 'technical', role: '平台工程师', createdAt: at, source: 'manual' },
  ],
  'zh-Hant': [
    { id: 'zq000001', text: '談一次你延後截止日期的經驗。', type: 'behavioural', role: '後端工程師', createdAt: at, source: 'manual' },
    { id: 'zq000002', text: '設計一個多台伺服器共用的限流器。', type: 'system-design', role: '後端工程師', createdAt: at, source: 'manual' },
    { id: 'zq000003', text: '你怎麼確保快取資料正確？', type: 'technical', role: '平台工程師', createdAt: at, source: 'manual' },
  ],
};

interface Variant {
  ui: 'zh-Hans' | 'zh-Hant';
  w: { title: RegExp; empty: RegExp; chooseFirst: RegExp; filter: RegExp; nothing: RegExp; add: RegExp; empty2: RegExp; del: RegExp; form: RegExp; roleEmpty: RegExp; chosen: RegExp; generated: RegExp };
}
const VARIANTS: Variant[] = [
  { ui: 'zh-Hans', w: { title: /题库 · 3 个问题 · 已选 0 个/, empty: /题库是空的/, chooseFirst: /请先选择问题/, filter: /问题、职位或类型中的词/, nothing: /没有符合筛选条件/, add: /你的问题 · Tab 切换类型/, empty2: /问题为空/, del: /删除“/, form: /生成问题/, roleEmpty: /职位为空/, chosen: /已选 1 个/, generated: /✓ 已从“demo”添加 \d+ 个问题/ } },
  { ui: 'zh-Hant', w: { title: /題庫 · 3 個問題 · 已選 0 個/, empty: /題庫是空的/, chooseFirst: /請先選擇問題/, filter: /問題、職位或類型中的字詞/, nothing: /沒有符合篩選條件/, add: /你的問題 · Tab 切換類型/, empty2: /問題為空/, del: /刪除「/, form: /產生問題/, roleEmpty: /職位為空/, chosen: /已選 1 個/, generated: /✓ 已從「demo」新增 \d+ 個問題/ } },
];

describe.each(VARIANTS)('the question bank in $ui', (v) => {
  async function open(ui: UiLanguage, questions: BankQuestion[]): Promise<{ check: (what: string, re: RegExp) => Promise<string[]> }> {
    await switchUiLanguage(ui);
    const store = openStore({ dataDir: tempDir() });
    if (questions.length) store.addQuestions(questions);
    app = renderInTerminal({ screen: 'questions' }, { store, env: { ...process.env, MOCKVIEW_DEMO_PACE: 'instant' } });
    const check = async (what: string, re: RegExp): Promise<string[]> => {
      const s = await app!.waitFor(re);
      expect(englishOn(s), `${what}:\n${text(s)}`).toEqual([]);
      return s;
    };
    return { check };
  }

  it('shows the empty bank with no English', async () => {
    const { check } = await open(v.ui, []);
    await check('empty bank', v.w.empty);
  });

  it('walks the list, filter, add, delete, help and the generate form with no English', async () => {
    const { check } = await open(v.ui, BANK[v.ui]);
    await check('list', v.w.title);
    await app!.press('s');
    await check('start with nothing chosen', v.w.chooseFirst);
    await app!.press(' ');
    await check('one chosen', v.w.chosen);
    await app!.press('?');
    await check('help', HELP);
    await app!.press(KEYS.escape);
    await app!.waitFor((s) => !HELP.test(text(s)));
    // The filter: typed, no match, then cleared.
    await app!.press('/');
    await check('filter open', v.w.filter);
    await app!.press('火', '星');
    await check('filter: nothing matches', v.w.nothing);
    await app!.press(KEYS.escape);
    await app!.waitFor((s) => !v.w.nothing.test(text(s)));
    // Adding: an empty question is refused with a reason.
    await app!.press('a');
    await check('add', v.w.add);
    await app!.press(KEYS.enter);
    await check('add: empty', v.w.empty2);
    await app!.press(KEYS.escape);
    await app!.waitFor((s) => !v.w.add.test(text(s)));
    // Delete asks first.
    await app!.press('x');
    await check('delete dialog', v.w.del);
    await app!.press('n');
    await app!.waitFor((s) => !v.w.del.test(text(s)));
    // The generate form: a refused start (no role).
    await app!.press('g');
    await check('generate form', v.w.form);
    // The role comes from the highlighted question: cleared, then [ Generate ] is refused.
    for (const _ of BANK[v.ui][0]!.role) await app!.press(KEYS.backspace);
    await app!.press(KEYS.down, KEYS.down, KEYS.down, KEYS.down, KEYS.enter);
    await check('generate form: role empty', v.w.roleEmpty);
    // Generated by the offline demo: its questions are the model's text (English bank); our rows are checked.
    await app!.press(KEYS.down);
    for (const ch of BANK[v.ui][0]!.role) await app!.press(ch);
    await app!.press(KEYS.down, KEYS.down, KEYS.down, KEYS.down, KEYS.enter);
    const done = await app!.waitFor(v.w.generated);
    const ours = done.filter((row) => !/^ [ ›] [ ✓] /.test(row));
    expect(englishOn(ours), text(done)).toEqual([]);
    expect(app!.tooWide()).toEqual([]);
  });
});
