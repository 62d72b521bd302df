// The shell's screens in 简体中文 and 繁體中文, as a person sees them in an 80×24 terminal: Home (new
// user, damaged config.json), `?` help, the too-small warning, Settings with its menus, Logs (list,
// details, the clear dialog, empty, damaged), History (list, dialogs, flash lines, empty) and the
// "models unavailable" page. Every state is reached by typing keys and checked for English left
// over (names, ids, key names and paths excepted). Settings' interface-language row is tried live:
// the screen and the hint bar redraw in the new language at once, and a language held by
// MOCKVIEW_LANG is saved but not applied.
import '../helpers/live-terminal-env.js';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { switchUiLanguage, uiLanguage, type UiLanguage } from '../../src/i18n/index.js';
import type { Route } from '../../src/navigation.js';
import { openStore } from '../../src/store/index.js';
import type { Feedback, Session } from '../../src/store/schema.js';
import type { Store } from '../../src/store/types.js';
import { renderInTerminal, type TerminalApp } from '../helpers/terminal.js';
import { tempDir } from '../helpers/tmp.js';
import { LANGUAGES } from '../../src/screens/SettingsScreen.js';
import { testConfig } from '../helpers/config.js';
import { englishLeft, KEEP_AS_IS } from './english-left.js';

const ENTER = '\r';
const ESC = '\u001b';
const UP = '\u001b[A';
const DOWN = '\u001b[B';
const RIGHT = '\u001b[C';

let app: TerminalApp | undefined;
afterEach(async () => {
  app?.unmount();
  app = undefined;
  await switchUiLanguage('en');
});

/** No MOCKVIEW_LANG from the machine running the tests. */
const ENV: NodeJS.ProcessEnv = { ...process.env, MOCKVIEW_LANG: '', LANG: 'C', LC_ALL: '', LC_MESSAGES: '' };

function open(route: Route, store: Store): TerminalApp {
  app = renderInTerminal(route, { store, env: ENV });
  return app;
}

const text = (a: TerminalApp): string => a.screen().join('\n');

// 'demo' is the built-in offline model's name (an id like any model name); not yet in KEEP_AS_IS.
const KEEP = new Set([...KEEP_AS_IS, 'demo']);

/**
 * The screen has no English left (and no raw key such as "history.title"). `notOurs`: text the
 * store wrote (a damaged file's problem, translated in the store's own catalog), left out here.
 */
function noEnglish(a: TerminalApp, state: string, notOurs = '', opts: { widths?: boolean } = {}): void {
  const theirs = new Set(englishLeft(notOurs, KEEP));
  // Interview languages are listed by their own names (Español, Deutsch…): names, as they are.
  const shown = LANGUAGES.reduce((t, name) => t.replaceAll(name, ' '), text(a));
  expect(englishLeft(shown, KEEP).filter((w) => !theirs.has(w)), `${state}:\n${text(a)}`).toEqual([]);
  // (After a resize the emulator's reflow of the old frame may hold a wide row until Ink redraws.)
  if (opts.widths !== false) expect(a.tooWide(), state).toEqual([]);
}

/** The store's own message for a damaged file. */
function problemOf(read: () => unknown): string {
  try {
    read();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('the file was not found damaged');
}

function graded(score: number): Feedback {
  return {
    kind: 'graded',
    graderModel: 'Claude',
    overall: { score, band: '良好', summary: '总结。' },
    droppedQuotes: 0,
    questions: [{ questionNumber: 1, question: '请介绍一下你自己。', scores: { star: 3, specificity: 3, impact: 3, relevance: 3 }, strengths: [], improvements: [], betterAnswer: '', evidence: [] }],
  };
}

function session(id: string, day: number, opts: { status?: Session['status']; type?: Session['setup']['type']; feedback?: Feedback } = {}): Session {
  const at = `2026-03-0${day}T10:00:00.000Z`;
  return {
    version: 1,
    id,
    createdAt: at,
    updatedAt: at,
    status: opts.status ?? 'finished',
    // Model names are the user's own (ids): a Chinese-free one that is also a product name.
    setup: { type: opts.type ?? 'behavioural', role: '后端工程师', level: 'mid', questionCount: 1, language: '中文', modelName: 'Claude' },
    modelLabel: 'Claude',
    turns: [{ role: 'interviewer', text: '请介绍一下你自己。', at, questionNumber: 1 }],
    ...(opts.feedback ? { feedback: opts.feedback } : {}),
  };
}

const LANGS: { lang: UiLanguage; home: RegExp; settings: string; logs: string; history: string; kept: string }[] = [
  { lang: 'zh-Hans', home: /面试练习/, settings: '设置', logs: '日志', history: '历史记录', kept: '已保留' },
  { lang: 'zh-Hant', home: /面試練習/, settings: '設定', logs: '日誌', history: '歷史紀錄', kept: '已保留' },
];

describe.each(LANGS)('$lang: the shell screens have no English left', ({ lang, home, settings, logs, history, kept }) => {
  it('Home for a new user, its ? help, and the too-small warning', async () => {
    await switchUiLanguage(lang);
    const a = open({ screen: 'home' }, openStore({ dataDir: tempDir() }));
    await a.waitFor(home);
    noEnglish(a, 'home (no model yet)');
    await a.press('?');
    await a.waitFor(/Esc.*\?/);
    noEnglish(a, '? help');
    await a.press(ESC);
    await a.waitFor((s) => home.test(s.join('\n')) && !/Ctrl\+L.*\n[\s\S]*Ctrl\+L/.test(s.join('\n')));
    a.resize(60, 20);
    await a.waitFor(/60×20/);
    noEnglish(a, 'too small', '', { widths: false });
    a.resize(80, 24);
    await a.waitFor(home);
  });

  it('Home and the model pages with config.json damaged', async () => {
    await switchUiLanguage(lang);
    const store = openStore({ dataDir: tempDir() });
    store.addModel(testConfig({ name: 'Claude' }));
    fs.writeFileSync(store.paths.config, '{"version": 1, "models": [');
    const problem = problemOf(() => openStore({ dataDir: store.paths.dir }).settings());
    const a = open({ screen: 'home' }, store);
    await a.waitFor(/config\.json/);
    noEnglish(a, 'home (config.json damaged)', problem);
    await a.press('4'); // Models
    await a.waitFor(/✗ 模型/);
    noEnglish(a, 'models unavailable', problem);
  });

  it('Settings, its menus and a saved change', async () => {
    await switchUiLanguage(lang);
    const store = openStore({ dataDir: tempDir() });
    store.addModel(testConfig({ name: 'Claude' }));
    const a = open({ screen: 'settings' }, store);
    await a.waitFor(new RegExp(settings));
    noEnglish(a, 'settings');
    await a.press(ENTER); // default model menu
    await a.waitFor(/│ .*› Claude/);
    noEnglish(a, 'settings: default model menu');
    await a.press(ESC);
    await a.waitFor((s) => !/│/.test(s.join('\n')));
    await a.press(DOWN, ENTER); // interview language menu
    await a.waitFor(/繁體中文/);
    expect(text(a)).toContain('中文（简体）');
    noEnglish(a, 'settings: interview language menu');
    await a.press(ESC);
    await a.waitFor((s) => !/│/.test(s.join('\n')));
    await a.press(DOWN, ENTER); // interface language menu
    await a.waitFor(/简体中文[\s\S]*繁體中文/);
    noEnglish(a, 'settings: interface language menu');
    await a.press(ESC);
    await a.waitFor((s) => !/│/.test(s.join('\n')));
    await a.press(DOWN, ENTER); // colour off
    await a.waitFor(/✓/);
    noEnglish(a, 'settings: colour saved');
    expect(store.settings().color).toBe(false);
  });

  it('Logs: the list, an entry, the clear dialog, kept, cleared, empty', async () => {
    await switchUiLanguage(lang);
    const store = openStore({ dataDir: tempDir() });
    store.appendLog({ level: 'error', kind: 'chat', configName: 'Claude', errorClass: 'throttled', message: '请求被拒绝' });
    store.appendLog({ level: 'warn', kind: 'test', configName: 'Claude', message: '连接很慢' });
    const a = open({ screen: 'logs' }, store);
    await a.waitFor(new RegExp(`${logs}（2）`));
    noEnglish(a, 'logs list');
    await a.press(ENTER);
    await a.waitFor(/›.*[0-9a-z]/);
    noEnglish(a, 'log entry');
    await a.press(ESC);
    await a.waitFor(new RegExp(`${logs}（2）`));
    await a.press('c');
    await a.waitFor(/\(y\/N\)/);
    noEnglish(a, 'clear dialog');
    await a.press('n');
    await a.waitFor(new RegExp(kept));
    noEnglish(a, 'kept');
    await a.press('c', 'y');
    await a.waitFor(new RegExp(`✓[\\s\\S]*${logs}（0）|${logs}（0）[\\s\\S]*✓`));
    noEnglish(a, 'cleared and empty');
  });

  it('an interview session that is not there', async () => {
    await switchUiLanguage(lang);
    const a = open({ screen: 'feedback', sessionId: '20260301-1000-ab12' }, openStore({ dataDir: tempDir() }));
    await a.waitFor(/✗ .*20260301-1000-ab12/);
    noEnglish(a, 'missing session');
  });

  it('Logs with logs.json damaged', async () => {
    await switchUiLanguage(lang);
    const store = openStore({ dataDir: tempDir() });
    store.appendLog({ level: 'error', kind: 'chat', message: '坏了' });
    fs.writeFileSync(store.paths.logs, '{"entries": [');
    const problem = problemOf(() => openStore({ dataDir: store.paths.dir }).listLogs());
    const a = open({ screen: 'logs' }, store);
    await a.waitFor(/✗/);
    noEnglish(a, 'logs damaged', problem);
  });

  it('History: the list, progress, flash lines, the delete dialog, export, empty', async () => {
    await switchUiLanguage(lang);
    const store = openStore({ dataDir: tempDir() });
    store.saveSession(session('s1', 1, { feedback: graded(48) }));
    store.saveSession(session('s2', 2, { feedback: graded(71) }));
    store.saveSession(session('s0', 0, { type: 'system-design', status: 'in-progress' }));
    store.saveSession(session('s3', 3, { status: 'in-progress', type: 'coding' }));
    const a = open({ screen: 'history' }, store);
    await a.waitFor(new RegExp(history));
    expect(text(a)).toMatch(/48→71/);
    noEnglish(a, 'history list');
    await a.press(DOWN, 'r'); // a finished one: "Enter shows its feedback"
    await a.waitFor(/Enter/);
    noEnglish(a, 'history: already finished');
    await a.press('x');
    await a.waitFor(/\(y\/N\)/);
    noEnglish(a, 'history: delete dialog');
    await a.press('n');
    await a.waitFor(/已保留/);
    await a.press('e');
    await a.waitFor(/✓/);
    noEnglish(a, 'history: exported');
    await a.press('x', 'y');
    await a.waitFor(/2026-03-02 10:00/);
    noEnglish(a, 'history: deleted');
    a.unmount();
    app = undefined;
    const b = open({ screen: 'history' }, openStore({ dataDir: tempDir() }));
    await b.waitFor(new RegExp(history));
    noEnglish(b, 'history: empty');
  });
});

describe('Settings: the interface language, changed by typing keys', () => {
  it('switches the whole screen and the hint bar at once, and saves the choice', async () => {
    const store = openStore({ dataDir: tempDir() });
    const a = open({ screen: 'settings' }, store);
    await a.waitFor(/Interface language\s+◂ Automatic \(follow the locale\) ▸/);
    await a.press(DOWN, DOWN, ENTER);
    await a.waitFor(/│ Interface language[\s\S]*English[\s\S]*简体中文[\s\S]*繁體中文/);
    await a.press(DOWN, DOWN, ENTER); // Automatic, English, 简体中文
    await a.waitFor(/界面语言\s+◂ 简体中文 ▸[\s\S]*✓ 界面语言已保存[\s\S]*↑↓ 设置项 · ←→ 更改/);
    expect(store.settings().interfaceLanguage).toBe('zh-Hans');
    expect(uiLanguage()).toBe('zh-Hans');
    noEnglish(a, 'settings after switching to 简体中文');
    await a.press(RIGHT); // 繁體中文
    await a.waitFor(/介面語言\s+◂ 繁體中文 ▸[\s\S]*✓ 介面語言已儲存[\s\S]*↑↓ 設定項目/);
    expect(store.settings().interfaceLanguage).toBe('zh-Hant');
    await a.press(RIGHT); // Automatic: the locale (LANG=C) means English
    await a.waitFor(/Interface language\s+◂ Automatic \(follow the locale\) ▸[\s\S]*✓ interface language saved/);
    expect(store.settings().interfaceLanguage).toBe('auto');
    expect(uiLanguage()).toBe('en');
    await a.press(UP, UP); // the other rows still work
    await a.waitFor(/› Default model/);
  });

  it('with MOCKVIEW_LANG deciding, saves the choice, keeps the language and says why', async () => {
    await switchUiLanguage('en', 'env');
    const store = openStore({ dataDir: tempDir() });
    const a = open({ screen: 'settings' }, store);
    await a.waitFor(/Interface language.*\n\s+held by MOCKVIEW_LANG for now/);
    await a.press(DOWN, DOWN, RIGHT);
    await a.waitFor(/Interface language\s+◂ English ▸\s+held by MOCKVIEW_LANG for now[\s\S]*✓ interface language saved/);
    expect(store.settings().interfaceLanguage).toBe('en');
    await a.press(RIGHT);
    await a.waitFor(/◂ 简体中文 ▸\s+held by MOCKVIEW_LANG/);
    expect(store.settings().interfaceLanguage).toBe('zh-Hans');
    expect(uiLanguage()).toBe('en');
  });
});

describe('Settings: the interview languages', () => {
  it('offers Simplified and Traditional Chinese apart, each read as its own variant by the interview', async () => {
    const { languageVariant } = await import('../../src/interview/language.js');
    const { interviewLanguageLabel } = await import('../../src/screens/SettingsScreen.js');
    expect(LANGUAGES.slice(0, 3)).toEqual(['English', '中文', '繁體中文']);
    expect(LANGUAGES.map((l) => languageVariant(l)).slice(0, 3)).toEqual(['en', 'zh-Hans', 'zh-Hant']);
    expect(LANGUAGES.map(interviewLanguageLabel).slice(1, 3)).toEqual(['中文（简体）', '繁體中文']);
    // Every other language stays one of its own (not taken for Chinese or English).
    expect(LANGUAGES.slice(3).map((l) => languageVariant(l))).toEqual(LANGUAGES.slice(3).map(() => 'other'));
  });
});
