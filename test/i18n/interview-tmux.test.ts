// Issue 14 as a new user tries it: LANG=zh_CN.UTF-8 (then zh_TW.UTF-8), the real binary in tmux at
// 80×24, `mockview interview --model demo`, the interview language switched to Chinese in the setup,
// answered through to the self-check list. No English on screen but names and ids, checked with
// englishLeft() at each step. Waits are for the frame, never the clock.
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { hasTmux, startTmux, type TmuxSession } from '../helpers/tmux.js';
import { englishLeft } from './english-left.js';

let term: TmuxSession | undefined;
afterEach(async () => {
  await term?.kill();
  term = undefined;
});

const englishOn = (screen: string): string[] =>
  screen
    .split('\n')
    .filter((row) => !/EXITED/.test(row))
    .filter((row) => englishLeft(row).length > 0)
    .map((row) => `${englishLeft(row).join(',')} ← ${row.trim()}`);

/** The answer editor's rows: those below the "› 你的回答" label. */
const editor = (screen: string): string => {
  const rows = screen.split('\n');
  return rows.slice(rows.findIndex((row) => row.startsWith('› 你的回答')) + 1).join('');
};

const VARIANTS = [
  {
    lang: 'zh_CN.UTF-8',
    role: '后端工程师',
    answer: '去年我在支付团队负责对账系统，当时对账要花三天。我先梳理了流程，然后我重写了比对逻辑。最后对账时间从三天缩短到四个小时，差错率下降了一半。',
    w: { setup: /面试 › 设置/, chinese: /面试语言\s+◂ 中文（简体） ▸/, answerBox: /输入你的回答…/, over: /面试已结束/, checklist: /自查清单/ },
  },
  {
    lang: 'zh_TW.UTF-8',
    role: '後端工程師',
    answer: '去年我在支付團隊負責對帳系統，當時對帳要花三天。我先梳理了流程，然後我重寫了比對邏輯。最後對帳時間從三天縮短到四個小時，錯誤率下降了一半。',
    w: { setup: /面試 › 設定/, chinese: /面試語言\s+◂ 繁體中文 ▸/, answerBox: /輸入你的回答…/, over: /面試已結束/, checklist: /自我檢查清單/ },
  },
];

describe.each(VARIANTS)('an offline interview in tmux with LANG=$lang', (v) => {
  it('runs from the setup to the self-check list with no English but names', async () => {
    if (!hasTmux()) throw new Error('tmux is required for the end-to-end tests (.ci/run installs it)');
    term = startTmux({
      env: { MOCKVIEW_HOME: tempDir(), LANG: v.lang, LC_ALL: '', LC_MESSAGES: '', MOCKVIEW_DEMO_PACE: 'instant' },
      args: ['interview', '--model', 'demo', '--role', v.role, '--questions', '1'],
    });
    // Generous: the first frame waits for a cold start of node on a busy machine.
    const check = async (what: string, re: RegExp, ms = 15_000): Promise<string> => {
      const s = await term!.waitFor(re, ms);
      expect(englishOn(s), `${what}:\n${s}`).toEqual([]);
      return s;
    };
    await check('setup', v.w.setup, 30_000);
    // A new user's interview language follows the interface language: 中文 under zh_CN, 繁體中文 under
    // zh_TW, chosen already. The focus starts on [ Start ] (the role was given).
    await check('setup: Chinese interview', v.w.chinese);
    await term.send('Enter');
    for (let answers = 0; ; answers++) {
      const s = await check(`chat: turn ${answers + 1}`, new RegExp(`${v.w.over.source}|${v.w.answerBox.source}`));
      if (v.w.over.test(s)) break;
      expect(answers, 'a one-question interview ends').toBeLessThan(8);
      const tail = `第${answers + 1}次。`;
      await term.type(`${v.answer}${tail}`);
      await term.waitFor((x) => editor(x).includes(tail));
      await term.send('Enter');
      // Sent: the editor no longer holds it (the transcript does).
      await term.waitFor((x) => !editor(x).includes(tail), 15_000);
    }
    await term.send('Enter');
    await check('self-check list', v.w.checklist);
  }, 90_000);
});
