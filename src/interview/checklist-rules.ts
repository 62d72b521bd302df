// The offline demo's checklist rules (SPEC §8): text checks that keyword salad cannot pass. A rule
// is met only by a real sentence (enough words or CJK characters, with the small function words real
// prose is made of), and most rules need structure: numbers tied to an outcome in the same sentence,
// the candidate's own action ("I" / 我 followed by a verb), context before action before result.
// Rules work for English and for Chinese (Simplified and Traditional): 我/我们/我們 as first person,
// numbers written in Chinese (两、一半、三成、百分之二十), length counted in characters.
import { t } from '../i18n/index.js';
import { countWords } from './words.js';

export type RuleId =
  | 'situation'
  | 'ownAction'
  | 'sequence'
  | 'steps'
  | 'resultNumber'
  | 'reflection'
  | 'detail'
  | 'reasoning'
  | 'tradeoff'
  | 'example'
  | 'failureModes'
  | 'requirements'
  | 'components'
  | 'dataModel'
  | 'scaling'
  | 'complexity'
  | 'edgeCases'
  | 'testing'
  | 'currentRole'
  | 'roleLink'
  | 'introLength';

export type BankLanguage = 'en' | 'zh-Hans' | 'zh-Hant';

const CJK_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;
const cjkCount = (s: string): number => s.match(CJK_CHAR)?.length ?? 0;

// ---------------------------------------------------------------------------------------------
// Sentences

/** Sentences: split after . ! ? (not inside 2.1), at 。！？；; and newlines. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|[。！？；;\n]+|(?<=[!?！？])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

const EN_FUNCTION = new Set(
  'a an the to of in on at for with from by was were is are am be been being had has have and but or so that which who it its this these those then than as into after before when while would will can could did do does not no our my their his her we i you they he she me us them there if because about up down over out'.split(' '),
);
/** Characters that carry grammar in Chinese prose (Simplified and Traditional forms). */
// Not 们/为/以/但/所/因: they come inside keywords (我们, 因为, 所以, 但是) that salad strings together.
const ZH_FUNCTION = new Set(Array.from('的了是在把被就也都和从到对给让这那个后时要会能着过没不很还有上中里将与并得地按做话從對給讓這個後時會過沒還將與話'));

/**
 * A real sentence, not a list of keywords: English needs 6+ words, at least a fifth of them
 * function words ("the", "to", "was"…); Chinese needs 8+ characters with 2+ different grammar
 * characters (的、了、在、把…) and is not keywords separated by spaces.
 */
export function isRealSentence(sentence: string): boolean {
  const cjk = cjkCount(sentence);
  if (cjk >= 8) {
    const grammar = new Set(Array.from(sentence).filter((c) => ZH_FUNCTION.has(c)));
    const spaced = (sentence.match(/[\u3400-\u9fff]\s+[\u3400-\u9fff]/gu)?.length ?? 0) > cjk / 6;
    // A long run with no comma needs more grammar: keywords strung together have almost none.
    const longestRun = Math.max(...(sentence.match(/[\u3400-\u9fff]+/gu) ?? ['']).map((r) => r.length));
    return grammar.size >= (longestRun > 30 ? 3 : 2) && !spaced;
  }
  const words = sentence.toLowerCase().match(/[a-z']+|\d[\d.,%]*/g) ?? [];
  if (words.length < 6) return false;
  const fn = words.filter((w) => EN_FUNCTION.has(w.replace(/'.*$/, ''))).length;
  return fn >= 2 && fn / words.length >= 0.2;
}

// ---------------------------------------------------------------------------------------------
// Cues

/** Numbers in words and figures, English and Chinese (两、一半、三成、百分之二十、翻倍). */
const NUMBER =
  /\d|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|double|doubled|twice|triple|tripled|tenfold|a third|a quarter|percent)\b|一半|减半|減半|翻了?一?倍|百分之[零一二两兩三四五六七八九十百]+|[一二两兩三四五六七八九十]成|[零二两兩三四五六七八九十百千万萬亿億]+(倍|天|周|週|小时|小時|分钟|分鐘|秒|毫秒|人|次|个月|個月|年|页|頁|万|萬|亿|億|台|项|項|家|倍|个|個|%|％)|一(倍|天|周|週|小时|小時|分钟|分鐘|秒|毫秒|个月|個月|年|页|頁|万|萬|亿|億)/iu;

const OUTCOME =
  /\b(reduc|cut|drop|fell|fall|decreas|increas|improv|grew|grow|rais|sav|doubl|halv|tripl|lower|shorten|sped|speed|boost|went (up|down)|from .{1,30} to|down to|up to|achiev|reach|hit|avoid|prevent|ship|launch|deliver|finish|complet|recover|won|win)\w*|降低|降到|降至|减少|減少|减到|減到|缩短|縮短|提升|提高|增长|增長|增加|节省|節省|节约|節約|翻倍|减半|減半|下降|上升|从.{0,24}(到|至)|從.{0,24}(到|至)|达到|達到|提前|避免|挽回|带来|帶來|完成|上线|上線|交付|省下|少了|多了|没有再|沒有再|再也没|再也沒|不再|翻了?一?倍|变成|變成|降为|降為|缩到|縮到/iu;

const FIRST_PERSON_SINGULAR_EN = /\bI\b(?:'ve|'d|'ll)?\s+(?:(?:also|then|first|personally|quickly|finally|eventually|just|had to|decided to|started to|went on to)\s+)?([a-z]+)/g;
const EN_NOT_ACTION = new Set('am was think guess believe feel hope mean know like would could should might will can do did have had is be been not don\'t didn\'t'.split(' '));
/** 我 (not 我们/我們), optionally an adverb, then a verb of doing. */
const ZH_OWN_ACTION =
  /我(?![们們])(?:先|就|又|也|还|還|再|亲自|親自|主动|主動|马上|馬上|立刻|首先|然后|然後|最后|最後|当时|當時|一个人|一個人){0,2}(负责|負責|提出|写|寫|做|决定|決定|推动|推動|组织|組織|设计|設計|实现|實現|改|带|帶|说服|說服|沟通|溝通|安排|牵头|牽頭|主导|主導|重构|重構|排查|定位|找|发现|發現|修|加|把|拆|搭|建|用|引入|整理|分析|调|調|协调|協調|约|約|接|拉|梳理|制定|上线|上線|推|写了|寫了|评估|評估|列|查|讲|講|说服|提了|申请|申請|带着|帶著|组|組)/u;

const SITUATION =
  /\b(last (year|month|quarter|week|summer)|in (19|20)\d\d|at my (previous|last|current|old|first) (job|company|team|role|employer)|when I was|while I was|on my (previous|last|current) team|our team|the project|we were|a few (years|months) ago|at the time|back in)\b|去年|前年|上个月|上個月|上家公司|上一家|之前在|以前在|当时|當時|那时|那時|那次|有一次|在.{1,12}(公司|团队|團隊|项目|專案|項目)/iu;
/** "at Stripe", "at Acme Corp": a named employer (case matters here). */
const AT_COMPANY = /\bat [A-Z][A-Za-z]+/u;

const REFLECTION =
  /\b(learn(ed|t)?|lesson|next time|differently|in hindsight|looking back|takeaway|reali[sz]ed|would have|should have|taught me)\b|学到|學到|教训|教訓|下次|反思|如果重来|如果重來|复盘|覆盤|復盤|体会|體會|意识到|意識到|收获|收穫|早该|早該|应该更早|應該更早/iu;

const ORDER_EN = /\b(first(ly)?|to start|then|next|after that|afterwards|finally|in the end|as a result|eventually|second(ly)?)\b/gi;
const ORDER_ZH = /首先|第一步|先|然后|然後|接着|接著|其次|再|之后|之後|于是|於是|后来|後來|最后|最後|结果|結果/gu;

const REASONING = /\b(because|so that|which means|therefore|that's why|the reason|since|this way|as a result)\b|因为|因為|所以|这样|這樣|因此|从而|從而|原因是|之所以|由于|由於/iu;
const TRADEOFF =
  /\b(trade-?offs?|downside|drawback|the cost|at the cost|at the expense|however|on the other hand|whereas|instead of|rather than|but it|versus|vs\.?|compared (to|with))\b|但是|不过|不過|代价|代價|缺点|缺點|权衡|權衡|取舍|取捨|相比|而不是|牺牲|犧牲|好处是|好處是|坏处|壞處|比起|换取|換取|用空间换|用空間換/iu;
const EXAMPLE = /\b(for example|for instance|e\.g\.|such as|in my (last|previous|current)|at my|we once|I once|once we|in one case|on one project)\b|比如|例如|举个例子|舉個例子|像是|之前在|上一家|我们之前|我們之前|有一次/iu;
const FAILURE =
  /\b(fail(s|ed|ure|over)?|timeouts?|time out|errors?|retr(y|ies|ied)|outages?|crash(es|ed)?|down(time)?|edge cases?|corner cases?|worst case|fallback|circuit breaker|rollback|roll back)\b|失败|失敗|超时|超時|异常|異常|重试|重試|宕机|當機|故障|挂掉|掛掉|降级|降級|熔断|熔斷|回滚|回滾|边界|邊界|兜底|失效|出错|出錯|报错|報錯|崩溃|崩潰|挂了|掛了/iu;
const REQUIREMENT_NUMBER =
  /(\d[\d,.]*\s*(k|m|million|billion|thousand)?\s*(qps|rps|tps|requests?|users?|writes?|reads?|messages?|events?|per (second|day|minute)|\/s|gb|tb|pb|ms|seconds?|rows?|records?))|(\d+|[一二两兩三四五六七八九十百千]+)\s*(万|萬|亿|億)?\s*(qps|QPS|日活|月活|用户|用戶|请求|請求|每秒|条|條|次\/秒|毫秒|GB|TB|台)/iu;
const COMPONENT =
  /\b(services?|databases?|db|cache|caches|redis|queues?|kafka|load balancers?|api gateway|gateway|cdn|object storage|storage|workers?|scheduler|replicas?|index(es)?|search)\b|服务|服務|数据库|資料庫|缓存|快取|队列|佇列|消息|訊息|负载均衡|負載平衡|网关|閘道|存储|儲存|索引|调度|排程/giu;
const DATA_MODEL =
  /\b(schema|tables?|columns?|primary key|partition(ing|ed)?( key)?|shard key|keys?|index(es|ed)?|rows?|documents?|sql|nosql|key-value)\b|表|字段|欄位|主键|主鍵|分区|分區|分片键|分片鍵|索引|键值|鍵值|数据模型|資料模型/iu;
const SCALING =
  /\b(scal(e|es|ing|able)|shard(s|ing|ed)?|replica(s|tion|ted)?|horizontal(ly)?|bottlenecks?|hot ?spots?|partition(ing|ed)?|read replicas?|autoscal\w*)\b|分片|副本|水平扩展|水平擴展|扩容|擴容|瓶颈|瓶頸|热点|熱點|读写分离|讀寫分離|分库分表|分庫分表/iu;
const COMPLEXITY = /O\([^)]{1,12}\)|\b(linear|logarithmic|quadratic|constant) (time|space)\b|时间复杂度|時間複雜度|空间复杂度|空間複雜度|复杂度|複雜度/iu;
const COMPLEXITY_CLAIM = /\b(is|are|runs in|takes|costs|in)\s+O\([^)]{1,12}\)\s*(time|space)?|(复杂度|複雜度)\s*(是|为|為|：|:)\s*O\(/iu;
const EDGE_CASES =
  /\b(edge cases?|empty|null|none|duplicates?|negative|overflow|single element|one element|zero|boundary|unicode|very large)\b|空(字符串|字串|数组|數組|陣列|列表|串|输入|輸入|值|指针|指標|集合|链表|鏈結)|为空|為空|是空的|重复|重複|溢出|负数|負數|边界|邊界|只有一个|只有一個|特殊情况|特殊情況/iu;
const TESTING = /\b(tests?|testing|assert(s|ions?)?|test cases?|unit tests?|property-based|fuzz(ing)?)\b|测试|測試|用例|单测|單測|断言|斷言/iu;
const CURRENT_ROLE = /\b(I am|I'm|currently|I work|I lead|right now|at present|these days)\b|我是|目前|现在在|現在在|我在.{1,12}(做|负责|負責|担任|擔任)/iu;
const ROLE_LINK = /\b(experience|years?|worked|built|led|background|focus(ed)?|specialis|specializ)\w*|经验|經驗|年|做过|做過|负责过|負責過|擅长|擅長|专注|專注/iu;

// ---------------------------------------------------------------------------------------------
// Rules

export interface RuleResult {
  met: boolean;
  /** The sentence (or what) that met it, to show the candidate. */
  evidence?: string;
}

type Check = (answer: string, sentences: string[]) => RuleResult;

const clip = (s: string, max = 90): string => (Array.from(s).length > max ? `${Array.from(s).slice(0, max - 1).join('')}…` : s);
const span = (a: string, b: string): string => (a === b ? clip(a) : `${clip(a, 44)} … ${clip(b, 44)}`);
const found = (s: string | undefined): RuleResult => (s ? { met: true, evidence: clip(s) } : { met: false });
/** The first real sentence that matches. */
const sentenceWith = (re: RegExp): Check => (_a, ss) => found(ss.find((s) => re.test(s) && isRealSentence(s)));

/** "I" followed by a verb of doing, or 我 (not 我们) followed by one. */
function ownActionSentence(s: string): boolean {
  if (ZH_OWN_ACTION.test(s)) return true;
  for (const m of s.matchAll(FIRST_PERSON_SINGULAR_EN)) {
    const verb = m[1]!.toLowerCase();
    if (!EN_NOT_ACTION.has(verb) && (/(ed|t)$/.test(verb) || /^(ran|led|wrote|built|made|took|set|put|got|drove|chose|found|began|spoke|told|sent|caught|brought|kept|held|paired|own|lead|write|build|make|take|run|talk|propose|suggest|ask|add|move|change|fix|split|push|call|review|create|design|measure|test)$/.test(verb))) return true;
  }
  return false;
}

const resultSentence = (s: string): boolean => NUMBER.test(s) && OUTCOME.test(s) && isRealSentence(s);

/** Length counted in words for English and in characters for Chinese (about 1.6 characters a word). */
export const effectiveWords = (text: string): number => {
  const cjk = cjkCount(text);
  return countWords(text) - cjk + cjk / 1.6;
};

/** Context, then the candidate's action, then a result: in that order, in real sentences. */
const sequence: Check = (answer, ss) => {
  const real = ss.filter(isRealSentence);
  const ctx = real.findIndex((s) => SITUATION.test(s) || AT_COMPANY.test(s));
  const act = real.findIndex((s, i) => i >= Math.max(ctx, 0) && ownActionSentence(s));
  const res = real.findIndex((s, i) => i >= Math.max(act, 0) && (resultSentence(s) || /\b(in the end|as a result|eventually|finally|afterwards|since then)\b|最后|最後|结果|結果|最终|最終|后来|後來|从此|從此/iu.test(s)));
  if (ctx >= 0 && act >= ctx && res >= act && res > ctx) return { met: true, evidence: span(real[ctx]!, real[res]!) };
  // Ordered markers across real sentences also show structure (first … then … finally).
  const markers = (s: string): number => (s.match(ORDER_EN)?.length ?? 0) + (s.match(ORDER_ZH)?.length ?? 0);
  const ordered = real.filter((s) => markers(s) > 0);
  if (ordered.reduce((n, s) => n + markers(s), 0) >= 2) return { met: true, evidence: span(ordered[0]!, ordered.at(-1)!) };
  void answer;
  return { met: false };
};

/** Coding and design: the approach first, then steps in order (first … then …). */
const APPROACH = /\b(my approach|the approach|the idea|I would|I'd|the plan|my plan|I'll start|I will start)\b|思路|我会先|我會先|我的想法|做法是|我打算/iu;
const steps: Check = (_a, ss) => {
  const real = ss.filter(isRealSentence);
  const markers = (s: string): number => (s.match(ORDER_EN)?.length ?? 0) + (s.match(ORDER_ZH)?.length ?? 0);
  const ordered = real.filter((s) => markers(s) > 0);
  if (real[0] && APPROACH.test(real[0]) && ordered.length > 0) return { met: true, evidence: span(real[0], ordered.at(-1)!) };
  if (ordered.reduce((n, s) => n + markers(s), 0) >= 2) return { met: true, evidence: span(ordered[0]!, ordered.at(-1)!) };
  return { met: false };
};

export const RULES: Record<RuleId, Check> = {
  steps,
  situation: (_a, ss) => found(ss.find((s) => (SITUATION.test(s) || AT_COMPANY.test(s)) && isRealSentence(s))),
  ownAction: (_a, ss) => found(ss.find((s) => ownActionSentence(s) && isRealSentence(s))),
  sequence,
  resultNumber: (_a, ss) => found(ss.find(resultSentence)),
  reflection: sentenceWith(REFLECTION),
  detail: (a, ss) => {
    const n = effectiveWords(ss.filter(isRealSentence).join(' '));
    return n >= 50 ? { met: true, evidence: lengthText(a) } : { met: false, evidence: lengthText(a) };
  },
  reasoning: sentenceWith(REASONING),
  tradeoff: sentenceWith(TRADEOFF),
  example: sentenceWith(EXAMPLE),
  failureModes: sentenceWith(FAILURE),
  requirements: sentenceWith(REQUIREMENT_NUMBER),
  components: (_a, ss) => {
    const real = ss.filter(isRealSentence);
    const names = new Set(real.flatMap((s) => (s.match(COMPONENT) ?? []).map((m) => m.toLowerCase().replace(/(?<![siu])s$/, ''))));
    return names.size >= 2 ? { met: true, evidence: [...names].slice(0, 5).join(', ') } : { met: false };
  },
  dataModel: sentenceWith(DATA_MODEL),
  scaling: sentenceWith(SCALING),
  // A real sentence, or a stated claim ("runs in O(n)", "时间复杂度是 O(n)"), never a bare "O(n) O(1)".
  complexity: (_a, ss) => found(ss.find((s) => COMPLEXITY.test(s) && (isRealSentence(s) || COMPLEXITY_CLAIM.test(s)))),
  edgeCases: sentenceWith(EDGE_CASES),
  testing: sentenceWith(TESTING),
  currentRole: sentenceWith(CURRENT_ROLE),
  roleLink: (_a, ss) => found(ss.find((s) => ROLE_LINK.test(s) && NUMBER.test(s) && isRealSentence(s)) ?? ss.find((s) => ROLE_LINK.test(s) && isRealSentence(s) && /\b(built|led|shipped|designed|own(ed)?)\b|做过|做過|负责过|負責過|主导|主導/iu.test(s))),
  introLength: (a, ss) => {
    const n = effectiveWords(ss.filter(isRealSentence).join(' '));
    return { met: n >= 40 && n <= 320, evidence: lengthText(a) };
  },
};

/** "47 characters" for Chinese text, "29 words" otherwise. */
export function lengthText(text: string): string {
  const cjk = cjkCount(text);
  const words = countWords(text) - cjk;
  return cjk > words ? t('interview.length.characters', { count: cjk + words }) : t('interview.length.words', { count: countWords(text) });
}

export function checkRule(id: RuleId, answer: string): RuleResult {
  return RULES[id](answer, sentencesOf(answer));
}
