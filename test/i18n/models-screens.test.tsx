// The model setup in 简体中文 and 繁體中文, walked by keys at 80×24 as a user meets it: the Models list
// (with a failed last test), its help, the built-in demo refusal and the delete question, a connection
// test that works and one that fails (its error and fix), the form with the advanced panel and the
// temperature note, its help and the discard question, the model picker with the catalog's own
// description, the region list and the provider choice. Every state: no English left but names and
// ids. The fake Bedrock answers in Chinese (model text is not ours to translate).
import { renderInTerminal, type TerminalApp } from '../helpers/terminal.js';
import { appendFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { switchUiLanguage, type UiLanguage } from '../../src/i18n/index.js';
import { startFakeBedrock, scenarios, type FakeBedrock } from '../fake-bedrock/server.js';
import { testConfig } from '../helpers/config.js';
import { KEYS } from '../helpers/ink.js';
import { tempDir } from '../helpers/tmp.js';
import { englishLeft, KEEP_AS_IS } from './english-left.js';

/**
 * Names and ids these screens show that KEEP_AS_IS does not list (yet): the Bedrock key prefix of a
 * masked key, GovCloud, GPT (in the catalog's description of gpt-oss), the filter's example names
 * (typed as they are searched), and the fake Bedrock's own model ("Acme New Model", server data).
 */
const NAMES = ['ABSK', 'GovCloud', 'GPT', 'haiku', 'llama', 'Acme', 'New', 'Model'];
const keep = new Set([...KEEP_AS_IS, ...NAMES]);
const KEY = `ABSK${'1234567890'.repeat(4)}`;

let fake: FakeBedrock;
let app: TerminalApp | undefined;
const saved = { runtime: process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME, control: process.env.AWS_ENDPOINT_URL_BEDROCK };
beforeAll(async () => {
  fake = await startFakeBedrock();
  process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME = fake.url;
  process.env.AWS_ENDPOINT_URL_BEDROCK = fake.url;
});
afterEach(async () => {
  app?.unmount();
  app = undefined;
  await switchUiLanguage('en');
});
afterAll(async () => {
  if (saved.runtime === undefined) delete process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME;
  else process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME = saved.runtime;
  if (saved.control === undefined) delete process.env.AWS_ENDPOINT_URL_BEDROCK;
  else process.env.AWS_ENDPOINT_URL_BEDROCK = saved.control;
  await fake.close();
});

const screen = (): string => app!.screen().join('\n');
/** Waits for the frame, then says what English is left on it (with the state's name, for the failure). */
async function check(re: RegExp, state: string): Promise<void> {
  try {
    await app!.waitFor(re, 8000);
  } catch {
    throw new Error(`never reached ${state}:\n${screen()}`);
  }
  // A log entry's id is hex: an id, not a word.
  const left = englishLeft(screen(), keep).filter((word) => !/^[0-9a-f]{16}$/.test(word));
  if (process.env.DUMP_SCREENS) appendFileSync(process.env.DUMP_SCREENS, `==== ${state}\n${screen()}\n`);
  expect({ state, left }).toEqual({ state, left: [] });
  expect(app!.tooWide()).toEqual([]);
}

/** What each language writes for the states' landmarks. */
const WORDS: Record<Exclude<UiLanguage, 'en'>, Record<string, RegExp>> = {
  'zh-Hans': {
    list: /上次测试/,
    help: /│ +\* +设为默认/,
    throttled: /被限流/,
    builtIn: /离线演示是内置的/,
    deleteQ: /删除模型“Claude”？/,
    connected: /✓ 已连接/,
    failed: /Bedrock 正在限流[\s\S]*请等几秒/,
    form: /模型 › 编辑 Claude › Amazon Bedrock/,
    note: /所有模型的温度都是 0–1/,
    explain: /限制单次回复的长度（以词元计）/,
    presets: /预设：创意写作/,
    discard: /放弃你的修改/,
    picker: /模型 › 选择模型 · us-east-1 · 实时/,
    use: /amazon\.nova-pro-v1:0 · 最大输出 8192 · 按需调用\n 高性能多模态处理/,
    typed: /按输入使用“acme\.x:1”/,
    region: /模型 › 选择区域[\s\S]*美国东部（弗吉尼亚北部）/,
    provider: /模型 › 添加 › 提供商/,
    profileRetry: /不支持按需吞吐量；已改用推理配置文件[\s\S]*重试[\s\S]*p 保留 \S+ · s 保存 · Enter\/Esc 返回/,
    thinking: /思考 · 先想一想。[\s\S]*✓ 已连接/,
    waiting: /等待第一个词元 · Esc 取消/,
    testedAt: /\[ 保存 \] {2}✓ 已测试 · \d{4}-\d\d-\d\d \d\d:\d\d/,
    cancelled: /已取消。/,
    demoDefault: /现在是默认模型/,
    addForm: /模型 › 添加 › Amazon Bedrock/,
    refused: /✗ [\s\S]*还不能保存：有 2 个问题要修正。/,
  },
  'zh-Hant': {
    list: /上次測試/,
    help: /│ +\* +設為預設/,
    throttled: /遭限流/,
    builtIn: /離線示範是內建的/,
    deleteQ: /刪除模型「Claude」？/,
    connected: /✓ 已連線/,
    failed: /Bedrock 正在限制請求速率[\s\S]*請稍等幾秒/,
    form: /模型 › 編輯 Claude › Amazon Bedrock/,
    note: /所有模型的溫度都是 0–1/,
    explain: /限制單次回覆的長度（以詞元計）/,
    presets: /預設組合：創意寫作/,
    discard: /放棄你的修改/,
    picker: /模型 › 選擇模型 · us-east-1 · 即時/,
    use: /amazon\.nova-pro-v1:0 · 最大輸出 8192 · 隨選呼叫\n 高效能多模態處理/,
    typed: /照輸入使用「acme\.x:1」/,
    region: /模型 › 選擇區域[\s\S]*美國東部（維吉尼亞北部）/,
    provider: /模型 › 新增 › 供應商/,
    profileRetry: /不支援隨選輸送量；已改用推論設定檔[\s\S]*重試[\s\S]*p 保留 \S+ · s 儲存 · Enter\/Esc 返回/,
    thinking: /思考 · 先想一想。[\s\S]*✓ 已連線/,
    waiting: /等待第一個詞元 · Esc 取消/,
    testedAt: /\[ 儲存 \] {2}✓ 已測試 · \d{4}-\d\d-\d\d \d\d:\d\d/,
    cancelled: /已取消。/,
    demoDefault: /現在是預設模型/,
    addForm: /模型 › 新增 › Amazon Bedrock/,
    refused: /✗ [\s\S]*還無法儲存：有 2 個問題要修正。/,
  },
};

function open(): void {
  const store = openStore({ dataDir: tempDir() });
  const at = new Date().toISOString();
  store.addModel(
    testConfig({
      name: 'Claude',
      modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0',
      auth: { type: 'apiKey', apiKey: KEY },
      lastTest: { ok: false, at, errorClass: 'throttled' },
    }),
  );
  app = renderInTerminal({ screen: 'models' }, { store });
}

for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
  const w = WORDS[lang];
  describe(`model setup in ${lang}, 80×24`, () => {
    it('the list, its help, the demo refusal, the delete question and both connection test outcomes', async () => {
      await switchUiLanguage(lang);
      open();
      await check(w.list!, 'the list');
      expect(screen()).toMatch(w.throttled!);
      await app!.press('?');
      await check(w.help!, 'help');
      await app!.press(KEYS.escape);
      await check(w.list!, 'the list again');
      await app!.press(KEYS.down, 'x');
      await check(w.builtIn!, 'the demo cannot be deleted');
      await app!.press(KEYS.up, 'x');
      await check(w.deleteQ!, 'the delete question');
      await app!.press('n');
      fake.setScenario(scenarios.normal('你好，我是面试官。'));
      await app!.press('t');
      await check(w.connected!, 'a test that works');
      await app!.press(KEYS.enter);
      fake.setScenario(scenarios.httpError('throttling'));
      await app!.press('t');
      await check(w.failed!, 'a test that fails, with its fix');
    });

    it('the form, the temperature note, the presets in help, the picker with descriptions, regions, discard', async () => {
      await switchUiLanguage(lang);
      open();
      await check(w.list!, 'the list');
      await app!.press(KEYS.enter);
      await check(w.form!, 'the form with the advanced panel');
      // name, auth, key, region, model, endpoint, advanced → temperature.
      await app!.press(...Array(7).fill(KEYS.tab));
      await check(w.note!, 'the temperature note');
      await app!.press(KEYS.tab);
      await check(w.explain!, "max_tokens explained in the seed guide's words");
      await app!.press(KEYS.up);
      await check(w.note!, 'the temperature note again');
      await app!.press('?');
      await check(w.presets!, 'the form help with the presets');
      await app!.press(KEYS.escape);
      await check(w.form!, 'the form, help closed');
      await app!.press(...Array(3).fill(KEYS.up), KEYS.enter);
      await check(w.picker!, 'the picker with the live list');
      await check(w.use!, "the highlighted model's description");
      await app!.press(...'acme.x:1'.split(''));
      await check(w.typed!, 'an id no model has, offered as typed');
      await app!.press(KEYS.escape);
      await check(w.form!, 'back on the form');
      await app!.press(KEYS.up, KEYS.enter);
      await check(w.region!, 'the region list');
      await app!.press(KEYS.escape);
      await check(w.form!, 'back on the form');
      await app!.press(...Array(3).fill(KEYS.up), ' ', '2');
      await app!.press(KEYS.escape);
      await check(w.discard!, 'the discard question');
    });

    it('the test panel on the form: the profile retry and its keys, thinking, waiting and cancelled', async () => {
      await switchUiLanguage(lang);
      open();
      await check(w.list!, 'the list');
      await app!.press(KEYS.enter);
      await check(w.form!, 'the form');
      fake.setScenario(scenarios.onDemand('你好。'));
      // Save, then Test connection, one above it.
      await app!.press(KEYS.up, KEYS.up, KEYS.enter);
      await check(w.profileRetry!, 'the profile retry, offered to keep');
      await app!.press(KEYS.enter);
      await check(w.testedAt!, 'back on the form, tested at a local time');
      fake.setScenario(scenarios.reasoning(['先想一想。'], '你好。'));
      await app!.press(KEYS.enter);
      await check(w.thinking!, 'the reasoning shown apart');
      await app!.press(KEYS.enter);
      fake.setScenario(scenarios.slowFirstToken(5000, '你好。'));
      await app!.press(KEYS.enter);
      await check(w.waiting!, 'waiting for the first token');
      await app!.press(KEYS.escape);
      await check(w.cancelled!, 'the test cancelled');
    });

    it('the provider choice, the demo made the default, and an empty form refused with its fields marked', async () => {
      await switchUiLanguage(lang);
      open();
      await check(w.list!, 'the list');
      await app!.press('a');
      await check(w.provider!, 'the providers');
      await app!.press(KEYS.down, KEYS.enter);
      await check(w.demoDefault!, 'the demo is the default');
      await app!.press(KEYS.up, KEYS.enter);
      await check(w.addForm!, 'the empty Bedrock form');
      // Save (one above Name), refused: each empty field marked on its own line.
      await app!.press(KEYS.up, KEYS.enter);
      await check(w.refused!, 'Save refused, the fields marked');
    });
  });
}
