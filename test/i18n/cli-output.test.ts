// The CLI in 简体中文 and 繁體中文, run as the built program (npm run build first, as the other CLI
// tests): every command's --help, usage errors, a store error and the main result lines, with no
// English left but names, ids, flags, command names and the values one types. The language comes
// from the locale (LANG), --lang or MOCKVIEW_LANG; --json stays machine-readable in every language.
import fs from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeBedrock, type FakeBedrock } from '../fake-bedrock/server.js';
import { localTime } from '../../src/i18n/time.js';
import { padCells } from '../../src/cli/table.js';
import { openStore } from '../../src/store/index.js';
import { runCli, type CliResult } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { englishLeft, KEEP_AS_IS } from './english-left.js';

/** What a user types stays as typed: command names, option values and ids shown in help and errors. */
const TYPED = `models list catalog add default remove test ask interview sessions export grade logs questions generate help
  bedrock demo md json behavioural behavioral technical system design coding custom intern junior mid senior staff principal manager
  low medium high top_p top_k budget_tokens us en key txt local xx lst`.split(/\s+/);
const KEEP = new Set([...KEEP_AS_IS, ...TYPED]);
/** Hex ids (questions, sessions) and masked secrets (ABSK…g5MA) are ids, whatever letters they hold. */
const left = (text: string): string[] => englishLeft(text.replace(/\b[0-9a-f]{6,}\b/g, ' ').replace(/\S{4}…\S{4}/g, ' '), KEEP);

const LOCALES = { 'zh-Hans': 'zh_CN.UTF-8', 'zh-Hant': 'zh_TW.UTF-8' } as const;
type Lang = keyof typeof LOCALES;

/** The locale decides, nothing else set: LC_ALL and LC_MESSAGES would win over LANG. */
const byLocale = (lang: Lang): NodeJS.ProcessEnv => ({ LANG: LOCALES[lang], LC_ALL: '', LC_MESSAGES: '', MOCKVIEW_LANG: '' });
const run = (lang: Lang, args: string[], dataDir: string, extra: NodeJS.ProcessEnv = {}): Promise<CliResult> =>
  runCli(args, { dataDir, env: { ...byLocale(lang), ...extra } });

const HELP = [
  [],
  ['models'],
  ['models', 'list'],
  ['models', 'catalog'],
  ['models', 'add'],
  ['models', 'default'],
  ['models', 'remove'],
  ['models', 'test'],
  ['ask'],
  ['interview'],
  ['sessions'],
  ['sessions', 'list'],
  ['sessions', 'export'],
  ['sessions', 'grade'],
  ['logs'],
  ['questions'],
  ['questions', 'generate'],
  ['questions', 'add'],
  ['questions', 'list'],
  ['questions', 'remove'],
];

const HAN = /\p{Script=Han}/u;

/** Runs each item's CLI calls a few at a time: every call is its own process (about 0.2–1 s each). */
async function inBatches<T, R>(items: readonly T[], fn: (item: T) => Promise<R>, size = 4): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}
/** Many processes in one test: allowed a minute and a half on a busy 2-core machine. */
const MANY = 90_000;

describe.each(Object.keys(LOCALES) as Lang[])('the CLI in %s', (lang) => {
  it('--help of every command is in the language, aligned by display width', async () => {
    const dataDir = tempDir();
    const results = await inBatches(HELP, (command) => run(lang, [...command, '--help'], dataDir));
    for (const [i, command] of HELP.entries()) {
      const res = results[i]!;
      expect(res.code, command.join(' ')).toBe(0);
      expect(left(res.stdout), `${command.join(' ')} --help`).toEqual([]);
      expect(res.stdout).toMatch(lang === 'zh-Hans' ? /^用法：mockview/ : /^用法：mockview/);
      expect(res.stdout).toContain(lang === 'zh-Hans' ? '选项：' : '選項：');
      // Every description starts in the same column (CJK placeholders are two columns wide).
      const items = res.stdout.split('\n').filter((l) => /^ {2}\S/.test(l) && / {2,}\S/.test(l.slice(2)));
      const starts = new Set(items.map((l) => stringWidth(/^ {2}\S.*? {2,}(?=\S)/.exec(l)![0])));
      expect(starts.size, `${command.join(' ')}: ${[...starts].join(',')}`).toBe(1);
      // No line wider than commander's 80 columns (Chinese wrapped by character).
      expect(Math.max(...res.stdout.split('\n').map((l) => stringWidth(l)))).toBeLessThanOrEqual(80);
    }
  }, MANY);

  it('says usage errors in the language, naming the flag or argument', async () => {
    const dataDir = tempDir();
    const cases: [string[], RegExp][] = [
      [['models', 'add', '--bogus'], /'--bogus'/],
      [['models', 'default'], lang === 'zh-Hans' ? /缺少必需的参数 '名称'/ : /缺少必要的引數 '名稱'/],
      [['models', 'default', 'a', 'b'], /'default'/],
      [['ask', 'hi', '--model'], /'--model </],
      [['--lang', 'xx', 'logs'], /'--lang <.*'xx'.*zh-Hant/],
      [['sessions', 'lst'], /'lst'/],
      [['interview', '--type', '诗歌', '--role', 'x', '--answers', '-'], /--type: '诗歌'/],
      [['interview', '--questions', '99', '--role', 'x', '--answers', '-'], /--questions: '99'/],
      [['models', 'add', '--name', 'n', '--model-id', 'anthropic.claude-sonnet-4-5-20250929-v1:0', '--profile', 'p', '--temperature', '暖'], /--temperature: '暖'/],
      [['models', 'add', '--name', 'n', '--model-id', 'anthropic.claude-sonnet-4-5-20250929-v1:0', '--profile', 'p', '--top-p', '0.5', '--temperature', '0.5', '--stop', 'a', '--stop', 'b', '--stop', 'c', '--stop', 'd', '--stop', 'e'], /--stop: /],
      [['models', 'add', '--name', 'demo', '--model-id', 'anthropic.claude-sonnet-4-5-20250929-v1:0', '--profile', 'p'], /--name: 'demo'/],
      [['models', 'add', '--name', 'n', '--model-id', 'x', '--region', 'mars-north-9', '--profile', 'p'], /--region: /],
      [['models', 'default', '无此模型'], /'无此模型'/],
      [['ask', ' '], /：/],
      [['questions', 'remove', '不存在'], /'不存在'/],
      [['sessions', 'export', '不存在', '--format', '网页'], /--format: '网页'/],
      [['sessions', 'grade', '不存在'], /'不存在'/],
      [['questions', 'generate'], /--role: /],
    ];
    const results = await inBatches(cases, ([args]) => run(lang, args, dataDir));
    for (const [i, [args, named]] of cases.entries()) {
      const res = results[i]!;
      expect(res.code, args.join(' ')).toBe(2);
      expect(res.stderr, args.join(' ')).toMatch(named);
      expect(res.stderr, args.join(' ')).toMatch(HAN);
      expect(left(res.stderr), `${args.join(' ')}: ${res.stderr}`).toEqual([]);
    }
  }, MANY);

  it('says a damaged store in the language, with the file and the copy kept', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, 'config.json'), '{"version": 1, "models": [');
    const res = await run(lang, ['models', 'list'], dataDir);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(path.join(dataDir, 'config.json'));
    expect(res.stderr).toMatch(/JSON/);
    expect(left(res.stderr), res.stderr).toEqual([]);
  });

  it('prints result lines and tables in the language; --json keys stay as they are', async () => {
    const dataDir = tempDir();
    const said: string[] = [];
    const ok = async (args: string[], input?: string): Promise<CliResult> => {
      const res = await runCli(args, { dataDir, env: byLocale(lang), ...(input !== undefined ? { input } : {}) });
      expect(res.code, `${args.join(' ')}\n${res.stderr}`).toBe(0);
      // JSON is for programs: its keys are English in every language.
      said.push(args.includes('--json') ? '' : res.stdout, res.stderr);
      return res;
    };
    await ok(['models', 'list']);
    await ok(['models', 'add', '--name', '工作', '--model-id', 'anthropic.claude-sonnet-4-5-20250929-v1:0', '--profile', '工作', '--region', 'us-west-2']);
    await ok(['models', 'add', '--name', '新', '--model-id', 'amazon.nova-pro-v1:0']);
    const list = await ok(['models', 'list']);
    // The table lines up by display width with a CJK name in it.
    const rows = list.stdout.trimEnd().split('\n');
    const regionAt = rows.map((r) => stringWidth(r.slice(0, r.search(/(区域|區域|us-west-2|us-east-1|local)/))));
    expect(new Set(regionAt).size, list.stdout).toBe(1);
    await ok(['models', 'default', '新']);
    await ok(['models', 'remove', '工作']);
    const json = JSON.parse((await ok(['models', 'list', '--json'])).stdout) as Record<string, unknown>[];
    expect(Object.keys(json[0]!)).toEqual(expect.arrayContaining(['name', 'provider', 'region', 'default']));

    await ok(['questions', 'list']);
    const added = await ok(['questions', 'add', '讲一次你化解团队冲突的经历。', '--role', '后端工程师']);
    const id = /(q-\S+|[0-9a-f-]{6,})/.exec(added.stdout)?.[1];
    await ok(['questions', 'list']);
    await ok(['questions', 'list', '--role', '前端']);
    if (id) await ok(['questions', 'remove', id]);

    await ok(['sessions', 'list']);
    await ok(['logs']);
    await ok(['logs', '--clear']);
    for (const text of said) expect(left(text), text).toEqual([]);
    expect(said.join('\n')).toMatch(HAN);
  }, MANY);

  it('runs an offline interview headless and lists it, in local time', async () => {
    const dataDir = tempDir();
    const answers = path.join(dataDir, 'answers.txt');
    fs.writeFileSync(answers, Array(12).fill('我负责把发布流程从两天缩短到半天，先梳理瓶颈，再自动化测试，最后推动团队采用。').join('\n---\n'));
    const env = { ...byLocale(lang), TZ: 'Asia/Shanghai' };
    const res = await runCli(['interview', '--model', 'demo', '--role', '后端工程师', '--questions', '1', '--language', '中文', '--answers', answers, '--no-feedback'], { dataDir, env, timeoutMs: 30_000 });
    expect(res.code, res.stderr).toBe(0);
    // Our own lines: the saved note on stderr, "面试官：" / "面試官：" before each question.
    expect(left(res.stderr), res.stderr).toEqual([]);
    expect(res.stdout).toContain(lang === 'zh-Hans' ? '面试官：' : '面試官：');
    const list = await runCli(['sessions', 'list'], { dataDir, env });
    expect(left(list.stdout), list.stdout).toEqual([]);
    const [summary] = JSON.parse((await runCli(['sessions', 'list', '--json'], { dataDir, env })).stdout) as { id: string; createdAt: string; status: string }[];
    expect(summary!.status).toBe('finished');
    // The date column is the local time (UTC+8 here), not the stored UTC string.
    const shanghai = new Date(new Date(summary!.createdAt).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
    expect(list.stdout).toContain(shanghai);
    expect(list.stdout).toContain('已完成');
  }, MANY);
});

describe.each(Object.keys(LOCALES) as Lang[])('talking to a model in %s', (lang) => {
  const KEY = 'ABSKQmVkcm9ja0FQSUtleS1pMThuLXRlc3QtMTIzNDU2Nzg5MA';
  let fake: FakeBedrock;
  beforeAll(async () => {
    fake = await startFakeBedrock();
  });
  afterAll(() => fake.close());

  it('models test, ask and a failure with its explanation: our lines are in the language', async () => {
    const dataDir = tempDir();
    const env = { ...byLocale(lang), AWS_ENDPOINT_URL_BEDROCK_RUNTIME: fake.url };
    expect((await runCli(['models', 'add', '--name', '快', '--model-id', 'anthropic.claude-haiku-4-5-20251001-v1:0', '--api-key', KEY], { dataDir, env })).code).toBe(0);
    fake.setScenario({ kind: 'normal', text: '你好，我是面试官。' });
    const tested = await runCli(['models', 'test', '快'], { dataDir, env });
    expect(tested.code, tested.stderr).toBe(0);
    expect(tested.stdout).toMatch(lang === 'zh-Hans' ? /✓ 首个词元 \d+\.\d\d s · 总计 \d+\.\d\d s · 输入 \d+ \/ 输出 \d+ 词元/ : /✓ 第一個詞元 \d+\.\d\d s · 總計 \d+\.\d\d s · 輸入 \d+ \/ 輸出 \d+ 詞元/);
    expect(left(tested.stdout + tested.stderr), tested.stdout + tested.stderr).toEqual([]);
    const listed = await runCli(['models', 'list'], { dataDir, env });
    expect(listed.stdout).toMatch(/快 .* 成功 \d+\.\d\d 秒/);
    expect(left(listed.stdout), listed.stdout).toEqual([]);
    const asked = await runCli(['ask', '--model', '快', '你好'], { dataDir, env });
    expect(asked.code, asked.stderr).toBe(0);
    expect(asked.stdout).toContain('你好，我是面试官。');
    // A failure: the explanation (title and fix) is the error catalog's; our frame around it is ours.
    fake.setScenario({ kind: 'httpError', error: 'badCredentials' });
    const failed = await runCli(['models', 'test', '快'], { dataDir, env });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(lang === 'zh-Hans' ? /^ {2}解决办法：/m : /^ {2}解決方法：/m);
    expect(failed.stderr).toMatch(lang === 'zh-Hans' ? /^ {2}详情：mockview logs（条目 \S+）/m : /^ {2}詳細資料：mockview logs（項目 \S+）/m);
    const logs = await runCli(['logs'], { dataDir, env });
    expect(logs.stdout).toMatch(lang === 'zh-Hans' ? /错误 +测试连接/ : /錯誤 +測試連線/);
    // The log's header and our words; the service's own message in the details is the server's text.
    expect(left(logs.stdout.split('\n')[0]!)).toEqual([]);
  }, MANY);
});

describe('choosing the CLI language', () => {
  it('--lang and MOCKVIEW_LANG win over the locale; English stays English', async () => {
    const dataDir = tempDir();
    const viaFlag = await runCli(['--lang', 'zh-Hant', 'logs', '--help'], { dataDir, env: { ...byLocale('zh-Hans') } });
    expect(viaFlag.stdout).toContain('選項：');
    const viaEnv = await runCli(['logs', '--help'], { dataDir, env: { ...byLocale('zh-Hant'), MOCKVIEW_LANG: 'zh-Hans' } });
    expect(viaEnv.stdout).toContain('选项：');
    const english = await runCli(['logs', '--help'], { dataDir, env: { LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', MOCKVIEW_LANG: '' } });
    expect(english.stdout).toContain('Usage: mockview logs [options]');
    expect(english.stdout).toContain('display help for command');
    // The Settings choice, when neither the flag nor MOCKVIEW_LANG says otherwise, wins over the locale.
    openStore({ dataDir }).updateSettings({ interfaceLanguage: 'zh-Hant' });
    const viaSettings = await runCli(['logs', '--help'], { dataDir, env: { ...byLocale('zh-Hans') } });
    expect(viaSettings.stdout).toContain('選項：');
    const flagOverSettings = await runCli(['--lang', 'en', 'logs', '--help'], { dataDir, env: { ...byLocale('zh-Hans') } });
    expect(flagOverSettings.stdout).toContain('Options:');
    openStore({ dataDir }).updateSettings({ interfaceLanguage: 'auto' });
    const englishError = await runCli(['logs', '--nope'], { dataDir, env: { LANG: 'C', LC_ALL: '', LC_MESSAGES: '', MOCKVIEW_LANG: '' } });
    expect(englishError.stderr).toBe("error: unknown option '--nope'\n(mockview --help for usage)\n");
  });

  it('the no-terminal message is in the language, its descriptions in one column', async () => {
    for (const lang of Object.keys(LOCALES) as Lang[]) {
      const res = await run(lang, [], tempDir());
      expect(res.code).toBe(2);
      expect(left(res.stderr), res.stderr).toEqual([]);
      const rows = res.stderr.trimEnd().split('\n').slice(1);
      const starts = new Set(rows.map((r) => stringWidth(/^ {2}\S.*? {3,}(?=\S)/.exec(r)![0])));
      expect(starts.size, res.stderr).toBe(1);
    }
  });
});

describe('CLI tables', () => {
  it('line up by display width with CJK and emoji', () => {
    const rows = padCells([
      ['ID', '职位', 'SCORE'],
      ['a1', '后端工程师', '4'],
      ['b22', 'Backend 🚀', '5'],
    ]);
    const at = rows.map((r) => stringWidth(r.slice(0, r.search(/SCORE|4$|5$/))));
    expect(new Set(at).size).toBe(1);
  });

  it('localTime shows the local clock', () => {
    expect(localTime('2026-12-01T01:41:07.000Z', { seconds: true })).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
  });
});
