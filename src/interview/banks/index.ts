// The offline demo's question bank as functions: pick questions for an interview (type, role, focus,
// level, language, what to avoid), find a question again from its words, check an answer against
// its checklist, and name the first item it missed (what the follow-up asks about).
import type { InterviewType, Level } from '../../store/schema.js';
import { checkRule, type BankLanguage, type RuleId } from '../checklist-rules.js';
import { BANK, type BankEntry, type RoleFamily } from './catalog.js';
import { EN } from './en.js';
import { RULE_TEXT } from './rule-text.js';
import { ZH_HANS } from './zh-hans.js';
import { ZH_HANT } from './zh-hant.js';

export type { BankLanguage, RuleId } from '../checklist-rules.js';
export type { BankEntry, RoleFamily } from './catalog.js';

const TEXTS: Record<BankLanguage, Record<string, string>> = { en: EN, 'zh-Hans': ZH_HANS, 'zh-Hant': ZH_HANT };

/** Traditional is checked first: "繁体中文" and "zh-TW" must not fall into the Simplified bank. */
export function bankLanguage(language: string): BankLanguage {
  const l = language.trim();
  if (/繁體|繁体|正體|正体|traditional|\bzh[-_](tw|hk|mo|hant)\b|台灣|臺灣|香港|國語/i.test(l)) return 'zh-Hant';
  if (/中文|简体|簡體|汉语|漢語|普通话|普通話|chinese|^zh\b|mandarin/i.test(l)) return 'zh-Hans';
  return 'en';
}

const FAMILY_PATTERNS: [RoleFamily, RegExp][] = [
  ['manager', /\b(engineering manager|manager|head of|director|lead of)\b|经理|經理|主管|总监|總監/i],
  ['product', /\b(product|pm|program manager)\b|产品|產品/i],
  ['data', /\b(data|ml|machine learning|analyst|analytics|scientist|ai)\b|数据|資料|數據|算法|演算法|分析/i],
  ['mobile', /\b(ios|android|mobile|flutter|react native)\b|移动|行動|客户端|客戶端|app/i],
  ['frontend', /\b(front[- ]?end|web|react|vue|angular|ui)\b|前端/i],
  ['infra', /\b(sre|devops|infra(structure)?|platform|cloud|reliability)\b|运维|維運|運維|平台|平臺|基础设施|基礎設施/i],
  ['backend', /\b(back[- ]?end|server|api|java|go|golang|python|node|software|engineer|developer|sde|swe)\b|后端|後端|服务端|伺服器|工程师|工程師|开发|開發/i],
];

export function roleFamily(role: string): RoleFamily {
  return FAMILY_PATTERNS.find(([, re]) => re.test(role))?.[0] ?? 'any';
}

/** Chinese focus words mapped to the bank's English topics. */
const FOCUS_SYNONYMS: [RegExp, string][] = [
  [/可靠|稳定|穩定|事故|值班/, 'reliability'],
  [/数据库|資料庫|数据庫|sql/i, 'databases'],
  [/缓存|快取/, 'caching'],
  [/并发|並發|併發|多线程|多執行緒/, 'concurrency'],
  [/冲突|衝突/, 'conflict'],
  [/领导|領導|带团队|帶團隊|管理/, 'leadership'],
  [/性能|效能|延迟|延遲/, 'performance'],
  [/安全/, 'security'],
  [/测试|測試|质量|品質/, 'testing'],
  [/分布式|分散式/, 'distributed systems'],
  [/沟通|溝通/, 'communication'],
  [/优先级|優先/, 'prioritisation'],
  [/失败|失敗/, 'failure'],
  [/学习|學習/, 'learning'],
  [/支付|付款/, 'payments'],
  [/消息|訊息|通知/, 'messaging'],
  [/成本/, 'cost'],
  [/指标|指標|分析/, 'metrics'],
];

function focusTopics(focus: string | undefined): string[] {
  if (!focus?.trim()) return [];
  const f = focus.toLowerCase();
  return [f, ...FOCUS_SYNONYMS.filter(([re]) => re.test(focus)).map(([, t]) => t)];
}

const focusMatches = (entry: BankEntry, topics: string[]): boolean =>
  topics.some((t) => entry.focus.some((tag) => t.includes(tag) || tag.includes(t) || t.split(/[\s,/]+/).some((w) => w.length > 3 && tag.includes(w))));

/** A question of the bank in one language. */
export interface DemoQuestion {
  id: string;
  type: BankEntry['type'];
  language: BankLanguage;
  text: string;
  checklist: RuleId[];
}

const toQuestion = (entry: BankEntry, language: BankLanguage): DemoQuestion => ({
  id: entry.id,
  type: entry.type,
  language,
  text: TEXTS[language][entry.id] ?? EN[entry.id]!,
  checklist: entry.checklist,
});

/** Letters and digits only, lower case: "Design a URL shortener." = "design a url shortener". */
const squash = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The bank question with these words (in any of its languages), if any. */
export function findQuestion(text: string, language?: BankLanguage): DemoQuestion | undefined {
  const key = squash(text);
  if (!key) return undefined;
  for (const entry of BANK) {
    for (const lang of ['en', 'zh-Hans', 'zh-Hant'] as const) {
      const q = squash(TEXTS[lang][entry.id] ?? '');
      if (q && (key === q || (key.length > 12 && (key.includes(q) || q.includes(key))))) return toQuestion(entry, language ?? lang);
    }
  }
  return undefined;
}

export function questionById(id: string, language: BankLanguage = 'en'): DemoQuestion | undefined {
  const entry = BANK.find((e) => e.id === id);
  return entry ? toQuestion(entry, language) : undefined;
}

export const introQuestion = (language: BankLanguage = 'en'): DemoQuestion => questionById('intro', language)!;

export interface PickCriteria {
  type: InterviewType;
  role?: string;
  focus?: string;
  level?: Level;
  /** The interview language as the user wrote it ("English", "中文", "繁體中文", "zh-TW"…). */
  language?: string;
  /** Bank ids or question texts (any language) already asked, in this or earlier sessions. */
  exclude?: readonly string[];
  /** [0, 1); shuffles questions that fit equally well. */
  random?: () => number;
}

/** The fitting questions, best first: role family, then focus; level fits or the pool runs dry. */
export function pickQuestions(criteria: PickCriteria, count: number): DemoQuestion[] {
  const language = bankLanguage(criteria.language ?? 'English');
  const family = roleFamily(criteria.role ?? '');
  const topics = focusTopics(criteria.focus);
  const random = criteria.random ?? Math.random;
  const excluded = (criteria.exclude ?? []).map(squash).filter(Boolean);
  const isExcluded = (e: BankEntry): boolean =>
    excluded.some((x) => x === squash(e.id) || (['en', 'zh-Hans', 'zh-Hant'] as const).some((l) => {
      const q = squash(TEXTS[l][e.id] ?? '');
      return q === x || (x.length > 12 && (q.includes(x) || x.includes(q)));
    }));
  const pool = BANK.filter((e) => e.type === criteria.type && !isExcluded(e));
  const scored = pool.map((e) => {
    const fits = !criteria.level || !e.levels || e.levels.includes(criteria.level);
    const familyScore = family !== 'any' && e.families.includes(family) ? 3 : e.families.includes('any') ? 1 : 0;
    return { e, score: (fits ? 10 : 0) + familyScore + (focusMatches(e, topics) ? 2 : 0), tie: random() };
  });
  scored.sort((a, b) => b.score - a.score || a.tie - b.tie);
  return scored.slice(0, Math.max(0, count)).map((s) => toQuestion(s.e, language));
}

// ---------------------------------------------------------------------------------------------
// Checking answers

export interface ChecklistItemResult {
  rule: RuleId;
  label: string;
  met: boolean;
  /** The words of the answer that met it (or its length), to show the candidate. */
  evidence?: string;
  /** What an interviewer asks when it is missing. */
  followUp: string;
}

export const ruleLabel = (rule: RuleId, language: BankLanguage): string => RULE_TEXT[rule][language].label;
export const followUpFor = (rule: RuleId, language: BankLanguage): string => RULE_TEXT[rule][language].followUp;

/** Every checklist item of the question (or a list of rules), met or missed, with evidence. */
export function evaluateAnswer(question: DemoQuestion | readonly RuleId[], answer: string, language?: BankLanguage): ChecklistItemResult[] {
  const rules = Array.isArray(question) ? (question as readonly RuleId[]) : (question as DemoQuestion).checklist;
  const lang = language ?? (Array.isArray(question) ? 'en' : (question as DemoQuestion).language);
  return rules.map((rule) => {
    const r = checkRule(rule, answer);
    return { rule, label: ruleLabel(rule, lang), met: r.met, ...(r.evidence ? { evidence: r.evidence } : {}), followUp: followUpFor(rule, lang) };
  });
}

/** The first item the answer missed, in checklist order (the demo's follow-up asks about it). */
export function firstMissed(results: readonly ChecklistItemResult[]): ChecklistItemResult | undefined {
  return results.find((r) => !r.met);
}

/** The checklist for a question type when the question is not from the bank (e.g. planned by the user). */
export function defaultChecklist(type: InterviewType | 'introduction'): RuleId[] {
  return BANK.find((e) => e.type === type)?.checklist ?? ['example', 'reasoning', 'detail'];
}

/** The checklist a question's answer is held to: its own from the bank, else its type's. */
export function checklistFor(questionText: string, type: InterviewType | 'introduction', language: BankLanguage = 'en'): RuleId[] {
  return findQuestion(questionText, language)?.checklist ?? defaultChecklist(type);
}

/**
 * The demo's follow-up for an answer: the question asked about the first checklist item the answer
 * missed, in the interview language; undefined when nothing is missing.
 */
export function followUpForAnswer(input: { question: string; answer: string; type: InterviewType | 'introduction'; language: string }): ChecklistItemResult | undefined {
  const lang = bankLanguage(input.language);
  return firstMissed(evaluateAnswer(checklistFor(input.question, input.type, lang), input.answer, lang));
}
