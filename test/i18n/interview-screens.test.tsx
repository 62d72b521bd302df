// Issue 14, done when: an offline interview in 中文 from start to the self-check list, with no English
// on screen but names and ids. The real app in a headless 80×24 terminal, keys typed one by one, the
// offline demo at instant pace; interface language Chinese AND interview language 中文 / 繁體中文.
// Every state on the way (errors, the help overlay, confirm dialogs, the chat, the end, the
// self-check list) is checked with englishLeft(). Waits are for frames, never for the clock.
import { renderInTerminal, type TerminalApp } from '../helpers/terminal.js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { switchUiLanguage, type UiLanguage } from '../../src/i18n/index.js';
import { openStore } from '../../src/store/index.js';
import { KEYS } from '../helpers/ink.js';
import { tempDir } from '../helpers/tmp.js';
import { englishLeft } from './english-left.js';

let app: TerminalApp | undefined;
beforeAll(() => {
  process.env.MOCKVIEW_DEMO_PACE = 'instant';
});
afterEach(async () => {
  app?.unmount();
  app = undefined;
  await switchUiLanguage('en');
});

const text = (s: string[]): string => s.join('\n');
/** The answer editor's rows: those below the "› 你的回答" label. */
const editor = (s: string[]): string => s.slice(s.findIndex((row) => row.startsWith('› 你的回答')) + 1).join('');
/** The help overlay is open (its frame). */
const HELP = /╭/;



/** The English left on screen now, with the rows that show it (for a readable failure). */
function englishOn(screen: string[]): string[] {
  const left = (row: string): string[] => englishLeft(row);
  return screen.filter((row) => left(row).length > 0).map((row) => `${left(row).join(',')} ← ${row.trim()}`);
}

interface Variant {
  ui: UiLanguage;
  /** The interview language stored in Settings (the setup's default). */
  interview: string;
  role: string;
  answer: string;
  /** Words each state must show (so a check runs on the state it names, not an earlier frame). */
  w: {
    setupTitle: RegExp;
    roleEmpty: RegExp;
    help: RegExp;
    discard: RegExp;
    answerBox: RegExp;
    leave: RegExp;
    over: RegExp;
    checklist: RegExp;
    length: RegExp;
    progress: RegExp;
    helpChat: RegExp;
  };
}

const VARIANTS: Variant[] = [
  {
    ui: 'zh-Hans',
    interview: '中文',
    role: '后端工程师',
    answer:
      '去年我在支付团队负责对账系统，当时每天的对账要花三天，业务方压力很大。我先梳理了流程，然后我重写了核心的比对逻辑，并且我推动把批处理改成了流式处理。最后对账时间从三天缩短到四个小时，差错率下降了一半。回头看，我学到了要更早和财务同事对齐需求。',
    w: { setupTitle: /面试 › 设置/, roleEmpty: /职位为空/, help: /切换字段/, discard: /放弃所做的更改/, answerBox: /输入你的回答…/, leave: /离开面试？/, over: /面试已结束/, checklist: /自查清单/, length: /\d+ 字/, progress: /第 \d+\/\d+ 题/, helpChat: /回看/ },
  },
  {
    ui: 'zh-Hant',
    interview: '繁體中文',
    role: '後端工程師',
    answer:
      '去年我在支付團隊負責對帳系統，當時每天的對帳要花三天，業務方壓力很大。我先梳理了流程，然後我重寫了核心的比對邏輯，並且我推動把批次處理改成了串流處理。最後對帳時間從三天縮短到四個小時，錯誤率下降了一半。回頭看，我學到了要更早和財務同事對齊需求。',
    w: { setupTitle: /面試 › 設定/, roleEmpty: /職位為空/, help: /切換欄位/, discard: /放棄所做的變更/, answerBox: /輸入你的回答…/, leave: /離開面試？/, over: /面試已結束/, checklist: /自我檢查清單/, length: /\d+ 字/, progress: /第 \d+\/\d+ 題/, helpChat: /回顧/ },
  },
];

describe.each(VARIANTS)('an offline interview with the interface in $ui and the interview in $interview', (v) => {
  it('shows no English from the setup to the self-check list', async () => {
    await switchUiLanguage(v.ui);
    const store = openStore({ dataDir: tempDir() });
    store.updateSettings({ language: v.interview });
    app = renderInTerminal({ screen: 'interview-setup' }, { store, env: { ...process.env, MOCKVIEW_DEMO_PACE: 'instant' } });
    const checked: string[] = [];
    const check = async (what: string, re: RegExp): Promise<string[]> => {
      const s = await app!.waitFor(re);
      expect(englishOn(s), `${what}:\n${text(s)}`).toEqual([]);
      if (process.env.SHOW_SCREENS) console.log(`== ${what}\n${text(s)}`);
      checked.push(what);
      return s;
    };

    // The setup: its form, a refused start (no role), the help overlay, the discard dialog.
    await check('setup', v.w.setupTitle);
    await app.press(KEYS.down, KEYS.down, KEYS.down, KEYS.down, KEYS.down, KEYS.down, KEYS.down, KEYS.down); // role → start
    await app.press(KEYS.enter);
    await check('setup: role empty', v.w.roleEmpty);
    await app.press('?');
    const help = await check('setup: help', HELP);
    expect(text(help)).toMatch(v.w.help);
    await app.press(KEYS.escape);
    await app.waitFor((s) => !HELP.test(text(s)));
    // Back to the role (start → role is eight fields up), typed, then Esc asks before dropping it.
    await app.press(KEYS.up, KEYS.up, KEYS.up, KEYS.up, KEYS.up, KEYS.up, KEYS.up, KEYS.up);
    for (const ch of v.role) await app.press(ch);
    await app.press(KEYS.escape);
    await check('setup: discard dialog', v.w.discard);
    await app.press('n');
    await app.waitFor((s) => !v.w.discard.test(text(s)));
    // Two questions (count is five fields below the role), then start.
    await app.press(KEYS.down, KEYS.down, KEYS.down, KEYS.down, KEYS.down, KEYS.left, KEYS.left, KEYS.left);
    const setup = await check('setup: filled in', new RegExp(v.role));
    expect(text(setup)).toContain(v.interview);
    await app.press(KEYS.down, KEYS.down, KEYS.down, KEYS.enter);

    // The chat: the header's progress, the answer box, the leave dialog, then answers until the end.
    const first = await check('chat: first question', v.w.answerBox);
    expect(text(first)).toMatch(v.w.progress);
    await app.press('我');
    await app.press(KEYS.escape);
    await check('chat: leave dialog', v.w.leave);
    await app.press('n');
    await app.waitFor((s) => !v.w.leave.test(text(s)));
    await app.press(KEYS.backspace);
    let answers = 0;
    for (;;) {
      const s = await app.waitFor((x) => v.w.over.test(text(x)) || v.w.answerBox.test(text(x)));
      if (v.w.over.test(text(s))) break;
      expect(answers, 'the demo ends a two-question interview').toBeLessThan(12);
      // Each answer ends differently, so the editor is known to hold this one (not an earlier one in
      // the transcript), and to have sent it before the next round looks at the screen.
      const tail = `第${answers + 1}次。`;
      app.burst(`${v.answer}${tail}`);
      await app.waitFor((x) => editor(x).includes(tail));
      await app.press(KEYS.enter);
      await app.waitFor((x) => !editor(x).includes(tail));
      answers += 1;
      await check(`chat: answer ${answers} sent`, v.w.length);
    }
    await check('chat: interview over', v.w.over);
    await app.press('?');
    const chatHelp = await check('chat: help', HELP);
    expect(text(chatHelp)).toMatch(v.w.helpChat);
    await app.press(KEYS.escape);
    await app.waitFor((s) => !HELP.test(text(s)));

    // The feedback screen: the offline demo's self-check list.
    await app.press(KEYS.enter);
    const list = await check('feedback: self-check list', v.w.checklist);
    if (process.env.SHOW_SCREENS) console.log(text(list));
    expect(text(list)).toMatch(/✓|✗/);
    await app.press(KEYS.end);
    await check('feedback: the end of the list', /第 \d+–(\d+) 行，共 \1 行/);
    await app.press('?');
    await check('feedback: help', HELP);
    expect(checked.length).toBeGreaterThanOrEqual(12);
    // Every frame on the way fitted the 80 columns (Chinese text is two columns a character).
    expect(app.tooWide()).toEqual([]);
  }, 60_000);
});
