// The message catalogs as data, checked: every key in every language, the same {{values}} in each
// translation, Simplified and Traditional kept apart, and no English left in the Chinese ones.
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.js';
import zhHans from '../../src/i18n/zh-Hans.js';
import zhHant from '../../src/i18n/zh-Hant.js';
import { englishLeft } from './english-left.js';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const values = (message: string): string[] => [...message.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]!).sort();

// Characters that exist in one script only (a common UI vocabulary): their presence means the other
// script leaked in. Pairs: Simplified, Traditional.
const PAIRS =
  '个個 们們 这這 说說 时時 对對 会會 来來 过過 还還 没沒 发發 见見 样樣 问問 题題 设設 数數 据據 网網 络絡 应應 该該 请請 输輸 择擇 删刪 认認 确確 开開 关關 键鍵 载載 错錯 误誤 连連 试試 务務 间間 区區 么麼 为為 从從 当當 无無 与與 将將 进進 级級 录錄 历歷 记記 导導 选選 项項 页頁 览覽 显顯 帮幫 动動 态態 证證 码碼 长長 钟鐘 节節 围圍 译譯 语語 简簡 体體 现現 实實 际際 经經 验驗 评評 价價 结結 总總 计計 继繼 续續 断斷 线線 终終 备備 档檔 储儲 检檢 标標 签簽 预預 视視 图圖 书書 门門 给給 让讓 满滿 员員 职職 岗崗 类類 专專 业業 审審 调調 优優 质質 钥鑰 号號 邮郵 报報 费費 单單 击擊 览覽 启啓 缩縮 换換 转轉 细細 统統 队隊 领領 负負 责責 难難 频頻 宽寬 户戶 亿億 万萬 轮輪 输輸 赖賴 库庫 归歸 层層 阶階 览覽 讯訊 读讀 写寫 听聽 稳穩 压壓 两兩 并並 适適 规規 则則 试試 题題 处處 理裡'
    .split(' ')
    .filter((p) => p.length === 2 && p !== '理裡');
const SIMPLIFIED_ONLY = new Set(PAIRS.map((p) => p[0]!));
const TRADITIONAL_ONLY = new Set(PAIRS.map((p) => p[1]!));

const english = flatten(en as unknown as Tree);
const LANGS = { 'zh-Hans': flatten(zhHans as unknown as Tree), 'zh-Hant': flatten(zhHant as unknown as Tree) };

describe('message catalogs', () => {
  it('have messages (the app is not running on keys)', () => {
    expect(english.size).toBeGreaterThan(50);
  });

  for (const [lang, messages] of Object.entries(LANGS)) {
    describe(lang, () => {
      it('has every English key and no other', () => {
        expect([...english.keys()].filter((k) => !messages.has(k))).toEqual([]);
        expect([...messages.keys()].filter((k) => !english.has(k))).toEqual([]);
      });

      it('puts in the same {{values}} as the English message', () => {
        const differ = [...english].filter(([k, m]) => messages.has(k) && values(m).join() !== values(messages.get(k)!).join()).map(([k]) => k);
        expect(differ).toEqual([]);
      });

      it('has no empty message', () => {
        expect([...messages].filter(([k, m]) => m.trim() === '' && english.get(k)?.trim() !== '').map(([k]) => k)).toEqual([]);
      });

      it(`keeps to ${lang === 'zh-Hans' ? 'Simplified' : 'Traditional'} characters`, () => {
        const foreign = lang === 'zh-Hans' ? TRADITIONAL_ONLY : SIMPLIFIED_ONLY;
        const mixed = [...messages].filter(([, m]) => [...m].some((c) => foreign.has(c))).map(([k, m]) => `${k}: ${m}`);
        expect(mixed).toEqual([]);
      });

      it('leaves no English but names, ids and key names', () => {
        const left = [...messages]
          .map(([k, m]) => [k, englishLeft(m.replace(/\{\{[^}]*\}\}/g, ' '))] as const)
          .filter(([, words]) => words.length > 0)
          .map(([k, words]) => `${k}: ${words.join(' ')}`);
        expect(left).toEqual([]);
      });
    });
  }
});

describe('englishLeft', () => {
  it('finds English words and lets names, ids, keys and flags through', () => {
    expect(englishLeft('Enter 发送 · Esc 返回 · Ctrl+E 结束')).toEqual([]);
    expect(englishLeft('模型 anthropic.claude-haiku-4-5-20251001-v1:0 在 us-east-1 不可用')).toEqual([]);
    expect(englishLeft('用 --lang zh-Hans 或 MOCKVIEW_LANG 设置；数据在 ~/.config/mockview')).toEqual([]);
    expect(englishLeft('Claude Haiku 4.5 · Amazon Bedrock')).toEqual([]);
    expect(englishLeft('Enter send · Esc back')).toEqual(['send', 'back']);
    expect(englishLeft('保存 failed: model not found')).toEqual(['failed', 'model', 'not', 'found']);
  });
});

describe('englishLeft on names the app keeps', () => {
  it('lets parameter names, language names with accents and provider ids through', () => {
    expect(englishLeft('温度 temperature 与 top_p 不能同时设置；max_tokens 上限')).toEqual(['temperature']);
    expect(englishLeft('English · 中文 · Español · Français · Deutsch · Português')).toEqual([]);
    expect(englishLeft('提供商 bedrock · demo')).toEqual([]);
    expect(englishLeft('Entrevista en español')).toEqual(['Entrevista', 'en', 'español']);
  });
});

describe('englishLeft on ids', () => {
  it('takes a hex id for an id, whether it starts with a letter or a digit', () => {
    expect(englishLeft('日志 dcad01ea2338ca28 · 0a1b2c3d4e5f6a7b')).toEqual([]);
    expect(englishLeft('faced decade')).toEqual(['faced', 'decade']);
  });
});
