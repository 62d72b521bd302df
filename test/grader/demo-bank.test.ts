import { describe, expect, it } from 'vitest';
import {
  bankLanguage,
  evaluateAnswer,
  findQuestion,
  firstMissed,
  pickQuestions,
  questionById,
  roleFamily,
  type BankLanguage,
} from '../../src/interview/banks/index.js';
import { BANK } from '../../src/interview/banks/catalog.js';
import { EN } from '../../src/interview/banks/en.js';
import { RULE_TEXT } from '../../src/interview/banks/rule-text.js';
import { ZH_HANS } from '../../src/interview/banks/zh-hans.js';
import { ZH_HANT } from '../../src/interview/banks/zh-hant.js';
import { lengthText, RULES, type RuleId } from '../../src/interview/checklist-rules.js';
import { INTERVIEW_TYPES } from '../../src/store/schema.js';
import { countWords, lengthLabel } from '../../src/interview/words.js';
import { seeded } from '../../src/interview/seeded.js';


/** Characters written differently in the two scripts: [Simplified, Traditional]. */
const PAIRS = [
  ['们', '們'], ['这', '這'], ['个', '個'], ['说', '說'], ['问', '問'], ['题', '題'], ['时', '時'], ['后', '後'], ['为', '為'], ['对', '對'],
  ['发', '發'], ['经', '經'], ['验', '驗'], ['处', '處'], ['过', '過'], ['还', '還'], ['让', '讓'], ['实', '實'], ['现', '現'], ['开', '開'],
  ['关', '關'], ['门', '門'], ['给', '給'], ['从', '從'], ['体', '體'], ['网', '網'], ['数', '數'], ['据', '據'], ['库', '庫'], ['设', '設'],
  ['计', '計'], ['统', '統'], ['务', '務'], ['业', '業'], ['点', '點'], ['么', '麼'], ['觉', '覺'], ['学', '學'], ['习', '習'], ['团', '團'],
  ['队', '隊'], ['项', '項'], ['产', '產'], ['应', '應'], ['样', '樣'], ['复', '複'], ['杂', '雜'], ['录', '錄'], ['试', '試'], ['负', '負'],
  ['责', '責'], ['决', '決'], ['线', '線'], ['优', '優'], ['级', '級'], ['户', '戶'], ['务', '務'], ['构', '構'], ['缓', '緩'], ['级', '級'],
] as const;
const SIMPLIFIED_ONLY = new Set(PAIRS.map(([s]) => s));
const TRADITIONAL_ONLY = new Set(PAIRS.map(([, t]) => t));
const chars = (texts: string[], set: Set<string>): string[] => [...new Set(texts.flatMap((t) => Array.from(t).filter((c) => set.has(c))))];

describe('the demo bank', () => {
  it('has every question in English, 简体中文 and 繁體中文, and at least 12 per interview type', () => {
    const ids = BANK.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const texts of [EN, ZH_HANS, ZH_HANT]) expect(Object.keys(texts).sort()).toEqual([...ids].sort());
    for (const type of INTERVIEW_TYPES) expect(BANK.filter((e) => e.type === type).length).toBeGreaterThanOrEqual(12);
    for (const rule of Object.keys(RULES) as RuleId[]) {
      for (const lang of ['en', 'zh-Hans', 'zh-Hant'] as const) expect(RULE_TEXT[rule][lang].label && RULE_TEXT[rule][lang].followUp).toBeTruthy();
    }
  });

  it('keeps Simplified and Traditional apart', () => {
    const hans = [...Object.values(ZH_HANS), ...Object.values(RULE_TEXT).map((r) => r['zh-Hans'].label + r['zh-Hans'].followUp)];
    const hant = [...Object.values(ZH_HANT), ...Object.values(RULE_TEXT).map((r) => r['zh-Hant'].label + r['zh-Hant'].followUp)];
    expect(chars(hans, TRADITIONAL_ONLY)).toEqual([]);
    expect(chars(hant, SIMPLIFIED_ONLY)).toEqual([]);
    // Taiwan wording, not a character-by-character conversion.
    expect(ZH_HANT['t-cache']).toContain('快取');
    expect(ZH_HANS['t-cache']).toContain('缓存');
    expect(ZH_HANT['b-failure']).toContain('專案');
    expect(ZH_HANS['b-failure']).toContain('项目');
  });

  it.each([
    ['English', 'en'], ['中文', 'zh-Hans'], ['简体中文', 'zh-Hans'], ['zh-CN', 'zh-Hans'], ['Chinese', 'zh-Hans'],
    ['繁體中文', 'zh-Hant'], ['繁体中文', 'zh-Hant'], ['zh-TW', 'zh-Hant'], ['zh-Hant', 'zh-Hant'], ['Chinese (Traditional)', 'zh-Hant'], ['Deutsch', 'en'],
  ])('reads the language %s as %s', (language, expected) => {
    expect(bankLanguage(language)).toBe(expected);
  });
});

describe('picking questions', () => {
  it('picks the type, in the language, fitting the role family and focus first', () => {
    const frontend = pickQuestions({ type: 'technical', role: 'Senior front-end engineer', language: 'English', random: seeded(1) }, 3);
    expect(frontend.map((q) => q.type)).toEqual(['technical', 'technical', 'technical']);
    expect(frontend.every((q) => BANK.find((e) => e.id === q.id)!.families.includes('frontend'))).toBe(true);
    const reliability = pickQuestions({ type: 'behavioural', role: 'Backend engineer', focus: 'reliability', random: seeded(2) }, 2);
    expect(reliability.map((q) => q.id).sort()).toEqual(['b-incident', 'b-mistake']);
    const zh = pickQuestions({ type: 'system-design', role: '后端工程师', focus: '支付', level: 'senior', language: '简体中文', random: seeded(3) }, 1);
    expect(zh[0]).toMatchObject({ id: 's-payment', language: 'zh-Hans', text: ZH_HANS['s-payment'] });
    expect(pickQuestions({ type: 'coding', language: '繁體中文', random: seeded(4) }, 1)[0]!.text).toBe(ZH_HANT[pickQuestions({ type: 'coding', language: '繁體中文', random: seeded(4) }, 1)[0]!.id]);
  });

  it('prefers questions for the level', () => {
    const intern = pickQuestions({ type: 'behavioural', level: 'intern', random: seeded(5) }, 10);
    expect(intern.map((q) => q.id)).not.toContain('b-direction');
    const principal = pickQuestions({ type: 'behavioural', level: 'principal', random: seeded(5) }, 3);
    expect(principal.map((q) => q.id)).not.toContain('b-learn-fast');
  });

  it('never repeats an excluded question, given by id or by its words in any language', () => {
    const asked: string[] = [];
    for (let run = 0; run < 6; run++) {
      const [q] = pickQuestions({ type: 'system-design', language: run % 2 ? '中文' : 'English', exclude: asked, random: seeded(run) }, 1);
      expect(q).toBeDefined();
      expect(asked).not.toContain(q!.id);
      asked.push(q!.id);
      expect(pickQuestions({ type: 'system-design', exclude: [q!.text], random: seeded(run) }, 20).map((x) => x.id)).not.toContain(q!.id);
    }
    const byWords = pickQuestions({ type: 'coding', exclude: [ZH_HANT['c-lru']!], language: 'English' }, 20);
    expect(byWords.map((q) => q.id)).not.toContain('c-lru');
  });

  it('is repeatable with the same random source and finds a question from its words', () => {
    const a = pickQuestions({ type: 'coding', random: seeded(9) }, 5).map((q) => q.id);
    expect(pickQuestions({ type: 'coding', random: seeded(9) }, 5).map((q) => q.id)).toEqual(a);
    expect(findQuestion('Design a rate limiter shared by many API servers.')?.id).toBe('s-rate-limiter');
    expect(findQuestion(ZH_HANS['s-rate-limiter']!)?.language).toBe('zh-Hans');
    expect(findQuestion('Something else entirely')).toBeUndefined();
    expect(roleFamily('数据分析师')).toBe('data');
    expect(roleFamily('iOS developer')).toBe('mobile');
  });
});

const STAR_EN =
  'Last year at my previous company our checkout service missed its error budget three weeks in a row, and the holiday freeze was a month away. ' +
  'I traced most of the failures to retries that hammered a slow payment provider, so I added a circuit breaker and moved the retries to a queue. ' +
  'As a result, errors fell from 2.1% to 0.3% within two weeks and we had no pages over the holidays. ' +
  'What I learned is to measure where failures come from before I change any code.';

const SALAD_EN =
  'Situation task action result. STAR impact ownership leadership metrics 40% reduced latency improved revenue I we learned lesson trade-off because however. ' +
  'KPI OKR stakeholder alignment synergy scalability circuit breaker queue retries 2.1% 0.3%.';

const STAR_ZH =
  '去年双十一前，我们的订单服务在压测时延迟超过两秒，离大促只剩三周。' +
  '我负责排查，发现一半的请求卡在同一个数据库锁上，于是我把库存扣减改成了异步队列，又加了本地缓存。' +
  '最后接口延迟降到了原来的三成，大促当天没有出现一次故障。' +
  '这件事让我学到，优化之前一定要先用数据找到真正的瓶颈。';

const SALAD_ZH = '情境 任务 行动 结果 我 我们 提升 百分之五十 降低 延迟 学到 反思 因为 所以 但是 代价 缓存 队列 数据库 分片';
const SALAD_ZH_RUN = '情境任务行动结果我我们提升百分之五十降低延迟学到反思因为所以但是代价缓存队列数据库分片。去年当时我负责。';

const STAR_HANT =
  '去年我們的付款系統每週都會當機一次，客戶的抱怨越來越多。我主動接下這個問題，花了三天看日誌，找到連線池設定太小的原因。' +
  '我調整設定之後又加上監控告警，結果連續六個月沒有再發生當機。這次經驗讓我學到，要先把監控做好再談優化。';

describe('checking answers against the checklist', () => {
  const behavioural = (lang: BankLanguage) => questionById('b-incident', lang)!;

  it('credits a real STAR answer in English with evidence, and names nothing missed', () => {
    const results = evaluateAnswer(behavioural('en'), STAR_EN);
    expect(results.map((r) => [r.rule, r.met])).toEqual([['situation', true], ['ownAction', true], ['sequence', true], ['resultNumber', true], ['reflection', true]]);
    expect(results.find((r) => r.rule === 'resultNumber')!.evidence).toContain('errors fell from 2.1% to 0.3%');
    expect(firstMissed(results)).toBeUndefined();
  });

  it('fails keyword salad on every item, in English and in Chinese', () => {
    expect(evaluateAnswer(behavioural('en'), SALAD_EN).filter((r) => r.met)).toEqual([]);
    expect(evaluateAnswer(behavioural('zh-Hans'), SALAD_ZH).filter((r) => r.met)).toEqual([]);
    expect(evaluateAnswer(behavioural('zh-Hans'), SALAD_ZH_RUN).filter((r) => r.met)).toEqual([]);
    for (const id of ['t-cache', 's-shortener', 'c-lru', 'r-on-call', 'intro']) {
      const q = questionById(id)!;
      expect(evaluateAnswer(q, SALAD_EN).filter((r) => r.met).map((r) => `${id}:${r.rule}`)).toEqual([]);
      expect(evaluateAnswer(q, SALAD_ZH_RUN).filter((r) => r.met).map((r) => `${id}:${r.rule}`)).toEqual([]);
    }
  });

  it('credits a Chinese STAR answer: 我 as first person, 两/一半/三成 as numbers', () => {
    const results = evaluateAnswer(behavioural('zh-Hans'), STAR_ZH);
    expect(results.map((r) => [r.rule, r.met])).toEqual([['situation', true], ['ownAction', true], ['sequence', true], ['resultNumber', true], ['reflection', true]]);
    expect(results.find((r) => r.rule === 'resultNumber')!.evidence).toContain('三成');
    expect(results[0]!.label).toBe('交代了背景：什么时候、在哪、有什么风险');
    const hant = evaluateAnswer(behavioural('zh-Hant'), STAR_HANT);
    expect(hant.filter((r) => !r.met).map((r) => r.rule)).toEqual([]);
    expect(hant[1]!.label).toContain('我們');
  });

  it.each([
    ['两页', '我把设计文档从十页压缩到两页，评审会的时间也少了一半。'],
    ['一半', '上线以后，客服工单的数量降到了原来的一半左右。'],
    ['三成', '我们把服务器的成本降低了三成，而且没有出过事故。'],
    ['百分之', '我负责的推荐模块让点击率提升了百分之十五。'],
    ['翻倍', '改完之后系统的吞吐量直接翻了一倍，大家都很惊讶。'],
    ['兩倍 (繁體)', '調整之後，我們的處理速度變成原來的兩倍，也沒有再當機。'],
  ])('reads %s as a number tied to a result', (_n, sentence) => {
    expect(evaluateAnswer(['resultNumber'], sentence)[0]!.met).toBe(true);
  });

  it('does not read 一个 or a number with no outcome as a result', () => {
    expect(evaluateAnswer(['resultNumber'], '我负责一个很重要的项目，团队里有很多同事。')[0]!.met).toBe(false);
    expect(evaluateAnswer(['resultNumber'], 'I worked on a team of 6 engineers for a long time on payments.')[0]!.met).toBe(false);
  });

  it('does not credit "we" as the candidate\'s own action', () => {
    const we = 'Last year our team had a slow checkout service. We found the slow queries and we added an index to the orders table, and the page got faster for everyone.';
    const r = evaluateAnswer(behavioural('en'), we);
    expect(r.find((x) => x.rule === 'ownAction')!.met).toBe(false);
    const zhWe = '去年我们团队的结算服务很慢。我们找到了慢查询，我们给订单表加了索引，页面快了很多。';
    expect(evaluateAnswer(behavioural('zh-Hans'), zhWe).find((x) => x.rule === 'ownAction')!.met).toBe(false);
  });

  it('names the first missed item and asks its follow-up in the interview language', () => {
    const noNumbers = STAR_ZH.replace('最后接口延迟降到了原来的三成，大促当天没有出现一次故障。', '后来情况好了不少。');
    const missed = firstMissed(evaluateAnswer(behavioural('zh-Hans'), noNumbers));
    expect(missed?.rule).toBe('resultNumber');
    expect(missed?.followUp).toBe('你怎么判断效果的？具体有什么数据变化，比如从多少降到了多少？');
    const missedHant = firstMissed(evaluateAnswer(behavioural('zh-Hant'), '我們後來把問題解決了。'));
    expect(missedHant?.followUp).toBe('先談談當時的背景：是在哪個專案，當時面臨的壓力或風險是什麼？');
  });

  it('holds technical, design and coding answers to their own checklists', () => {
    const tech = 'I would cache the product pages because they are read far more often than they change. The downside is stale data, so we set a short TTL and delete the key when a product is updated. ' +
      'For example, at my last job a cache stampede took the database down when a hot key expired, so we added request coalescing.';
    expect(evaluateAnswer(questionById('t-cache')!, tech).filter((r) => !r.met).map((r) => r.rule)).toEqual([]);
    const design = 'First I would pin down the scale: about 10,000 writes per second and 100,000 reads per second, kept for five years. ' +
      'Writes go through an API service to a key-value database, and reads are served from a cache in front of it. ' +
      'The table is keyed by the short code, and we partition by a hash of that key. ' +
      'To scale reads we add replicas, and the hot keys stay in the cache. If a database node fails, the replicas take over and the writes are retried.';
    expect(evaluateAnswer(questionById('s-shortener')!, design).filter((r) => !r.met).map((r) => r.rule)).toEqual([]);
    const coding = 'First I would keep a hash map from key to a node in a doubly linked list. Then on every get I move the node to the front, and on put I evict the tail when the cache is full. ' +
      'Both operations are O(1) time, and the space is O(n) for n entries. I would check the edge cases of a capacity of one and a put of an existing key. ' +
      'I would test it with a sequence of gets and puts and assert the eviction order. A simpler alternative is an ordered map, but it hides the mechanics the interviewer wants to see.';
    expect(evaluateAnswer(questionById('c-lru')!, coding).filter((r) => !r.met).map((r) => r.rule)).toEqual([]);
  });

  it('credits a stated complexity but not bare notation', () => {
    const q = questionById('c-first-unique', 'zh-Hans')!;
    const complexity = (a: string) => evaluateAnswer(q, a).find((r) => r.rule === 'complexity')!.met;
    expect(complexity('先用哈希表统计每个字符出现的次数，再扫一遍找第一个次数为一的。时间复杂度是 O(n)，空间复杂度是 O(1)。')).toBe(true);
    expect(complexity('The whole thing runs in O(n) time.')).toBe(true);
    expect(complexity('O(n) O(1) complexity linear time space hash map')).toBe(false);
    expect(complexity('复杂度 O(n) O(1) 哈希 线性')).toBe(false);
  });

  it('counts Chinese length in characters', () => {
    const answer = '我负责把支付服务的延迟从两秒降到三百毫秒，花了三周时间，团队很满意这个结果。';
    expect(lengthText(answer)).toBe(`${Array.from(answer).filter((c) => /\p{Script=Han}/u.test(c)).length} characters`);
    expect(lengthText('I cut the latency from two seconds to 300 ms.')).toBe('10 words');
    // The export's timing line: 47 characters, not "29 words".
    const zh47 = '我负责把支付服务的延迟从两秒降到三百毫秒，花了三周时间，团队对这个结果很满意，后来这个方案推广到了其他服务。';
    expect(lengthLabel(zh47)).toBe(`${countWords(zh47)} characters`);
    expect(countWords(zh47)).toBe(Array.from(zh47).filter((c) => /\p{Script=Han}/u.test(c)).length);
    expect(lengthLabel('Two words')).toBe('2 words');
  });
});

describe('the demo self-check list for a session', () => {
  it('checks a Chinese interview in Chinese, with evidence, using the question\'s own checklist', async () => {
    const { buildSession } = await import('./sessions.js');
    const { checklistFeedback } = await import('../../src/interview/checklist.js');
    const s = buildSession({ type: 'behavioural', language: '简体中文', questionCount: 3 }, [
      { q: 1, ask: ZH_HANS.intro! },
      { q: 1, answer: '我是一名后端工程师，目前在一家电商公司负责订单系统。过去五年我主要做高并发的交易系统，主导过两次大促的容量规划，这和贵公司的岗位非常契合。' },
      { q: 2, ask: ZH_HANS['b-incident']! },
      { q: 2, answer: STAR_ZH },
      { q: 3, ask: '你觉得自己最大的缺点是什么？' },
      { q: 3, answer: '我们团队很好。' },
    ]);
    const f = checklistFeedback(s);
    if (f.kind !== 'checklist') throw new Error(f.kind);
    const [intro, star, other] = f.questions;
    expect(intro!.checklist.map((c) => c.item)).toEqual(['说清了目前在做什么', '把经历和这个岗位联系起来，有具体亮点', '时长约一到两分钟（约 60–500 字）']);
    expect(intro!.checklist.slice(0, 2).every((c) => c.met)).toBe(true);
    expect(star!.checklist.every((c) => c.met === true && c.evidence)).toBe(true);
    expect(other!.checklist.every((c) => c.met === false)).toBe(true); // a planned question: the type's checklist
    expect(other!.checklist[0]!.item).toBe('交代了背景：什么时候、在哪、有什么风险');
  });
});

describe('natural answers as candidates type them', () => {
  it.each([
    ['b-conflict', 'zh-Hans', '之前在字节的时候，我和产品经理对一个需求的排期有分歧。他希望两周上线，我评估至少要四周。我拉了一个会，把技术风险一条条列出来，最后我们决定先上一个简化版，两周后按时上线，后续迭代又用了三周补齐功能。这件事让我意识到沟通时要用数据说话。'],
    ['b-conflict', 'en', 'At my last job, a product manager and I disagreed about the launch date for a feature. He wanted it in two weeks and I estimated four. I set up a meeting and walked him through the risks one by one. We agreed to ship a smaller version first, and it went live on time two weeks later. I learned to bring data to these conversations.'],
    ['t-index', 'zh-Hans', '索引一般是B+树，数据有序，所以查找是对数级别的，不用全表扫描。但是写入的时候要维护索引，索引太多会拖慢插入。比如我们之前订单表加了七八个索引，高峰期写入延迟很高，后来删掉了几个不用的。另外如果查询条件区分度低，或者用了函数，索引会失效。'],
    ['c-two-sum', 'zh-Hant', '首先我會用一個雜湊表記錄每個數字的位置，然後掃一遍陣列，對每個數字檢查目標值減掉它的差是否已經在表裡。時間複雜度是 O(n)，空間複雜度是 O(n)。邊界情況要考慮空陣列和重複的數字。測試的話我會寫幾個用例，包括沒有解的情況。比起兩層迴圈的暴力解，這個方法用空間換時間。'],
    ['s-shortener', 'zh-Hans', '先估算一下量级：每秒一万次写入，读大概是写的十倍，也就是每秒十万次读。存五年的话大概是一万五千亿条。架构上是 API 服务加一个 KV 数据库，前面放一层 Redis 缓存。短码用自增ID转62进制，表的主键就是短码。数据库按短码做分片，读多的话加副本。缓存挂了的话请求会打到数据库，所以要做限流和降级。'],
    ['intro', 'en', "I'm a backend engineer at Shopify, where I've spent the last four years on the payments platform. Before that I built data pipelines at a startup. I led the migration of our checkout to a new ledger, which cut reconciliation errors by 80%. I'm looking for a senior role where I can own a system end to end."],
  ] as const)('%s (%s) meets every item', (id, lang, answer) => {
    const results = evaluateAnswer(questionById(id, lang)!, answer);
    expect(results.filter((r) => !r.met).map((r) => r.rule)).toEqual([]);
    expect(results.every((r) => r.evidence)).toBe(true);
  });

  it('does not read 空 in 空间复杂度 as an empty-input edge case', () => {
    const r = evaluateAnswer(questionById('c-two-sum', 'zh-Hans')!, '我用哈希表做，时间复杂度是 O(n)，空间复杂度也是 O(n)。');
    expect(r.find((x) => x.rule === 'edgeCases')!.met).toBe(false);
  });
});

describe('the follow-up for an answer', () => {
  it('asks about the first item missed, from the question text, in the interview language', async () => {
    const { followUpForAnswer } = await import('../../src/interview/banks/index.js');
    const q = ZH_HANT['b-conflict']!;
    expect(followUpForAnswer({ question: q, answer: '我們後來把問題解決了。', type: 'behavioural', language: '繁體中文' })).toMatchObject({
      rule: 'situation',
      followUp: '先談談當時的背景：是在哪個專案，當時面臨的壓力或風險是什麼？',
    });
    // Not a bank question: the type's checklist; a complete answer needs no follow-up.
    expect(followUpForAnswer({ question: 'Tell me about your favourite project.', answer: STAR_EN, type: 'behavioural', language: 'English' })).toBeUndefined();
    expect(followUpForAnswer({ question: EN['c-lru']!, answer: 'A hash map and a list.', type: 'coding', language: 'English' })?.followUp).toBe('Before the details: what is your approach, step by step?');
  });
});
