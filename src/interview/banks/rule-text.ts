// What each checklist rule is called, and the follow-up an interviewer asks when an answer misses
// it, in English, 简体中文 and 繁體中文 (written as an interviewer would say it, kept apart).
import type { BankLanguage, RuleId } from '../checklist-rules.js';

export interface RuleText {
  label: string;
  followUp: string;
}

export const RULE_TEXT: Record<RuleId, Record<BankLanguage, RuleText>> = {
  situation: {
    en: { label: 'Situation: when, where, what was at stake', followUp: 'Can you set the scene first: where was this, and what was at stake?' },
    'zh-Hans': { label: '交代了背景：什么时候、在哪、有什么风险', followUp: '先说说当时的背景吧：是在什么项目上，当时面临的压力或风险是什么？' },
    'zh-Hant': { label: '交代了背景：什麼時候、在哪裡、有什麼風險', followUp: '先談談當時的背景：是在哪個專案，當時面臨的壓力或風險是什麼？' },
  },
  ownAction: {
    en: { label: 'Your own actions ("I did…"), not only the team\'s', followUp: 'What did you personally do there, as opposed to the team?' },
    'zh-Hans': { label: '讲清了你本人做了什么（“我…”，不只是“我们”）', followUp: '这里面你本人具体做了什么？和团队其他人的分工是怎样的？' },
    'zh-Hant': { label: '講清楚你本人做了什麼（「我…」，不只是「我們」）', followUp: '這當中你本人具體做了什麼？和團隊其他人是怎麼分工的？' },
  },
  sequence: {
    en: { label: 'A clear order: situation, then action, then result', followUp: 'Could you walk me through it in order: the situation, what you did, and how it ended?' },
    'zh-Hans': { label: '有条理：先背景、再行动、最后结果', followUp: '能不能按顺序讲一下：当时的情况、你做了什么、最后结果怎么样？' },
    'zh-Hant': { label: '有條理：先背景、再行動、最後結果', followUp: '能不能依序說明：當時的情況、你做了什麼、最後結果如何？' },
  },
  steps: {
    en: { label: 'Approach first, then the steps in order', followUp: 'Before the details: what is your approach, step by step?' },
    'zh-Hans': { label: '先讲思路，再按步骤展开', followUp: '先别急着讲细节，整体思路是什么？分几步？' },
    'zh-Hant': { label: '先講思路，再依步驟展開', followUp: '先別急著講細節，整體思路是什麼？分成幾個步驟？' },
  },
  resultNumber: {
    en: { label: 'A result with a number tied to it (from … to …, by how much)', followUp: 'How did you know it worked? What changed, and by how much?' },
    'zh-Hans': { label: '结果有数字支撑（从多少到多少、提升了多少）', followUp: '你怎么判断效果的？具体有什么数据变化，比如从多少降到了多少？' },
    'zh-Hant': { label: '結果有數字佐證（從多少到多少、提升了多少）', followUp: '你怎麼判斷成效？具體有什麼數據變化，例如從多少降到多少？' },
  },
  reflection: {
    en: { label: 'What you learned or would do differently', followUp: 'Looking back, what would you do differently?' },
    'zh-Hans': { label: '有反思：学到了什么、下次会怎么做', followUp: '回头看这件事，如果再来一次你会怎么做？' },
    'zh-Hant': { label: '有反思：學到了什麼、下次會怎麼做', followUp: '回頭看這件事，如果再來一次你會怎麼做？' },
  },
  detail: {
    en: { label: 'Enough detail (about 50 words or more)', followUp: 'Could you go into more detail on that?' },
    'zh-Hans': { label: '细节足够（约 80 个字以上）', followUp: '能再展开讲讲细节吗？' },
    'zh-Hant': { label: '細節足夠（約 80 個字以上）', followUp: '可以再多說一些細節嗎？' },
  },
  reasoning: {
    en: { label: 'Explains why, not only what', followUp: 'Why does it work that way? What is going on underneath?' },
    'zh-Hans': { label: '讲了为什么，而不只是是什么', followUp: '为什么会这样？底层的原理是什么？' },
    'zh-Hant': { label: '說明了為什麼，而不只是是什麼', followUp: '為什麼會這樣？底層的原理是什麼？' },
  },
  tradeoff: {
    en: { label: 'Trade-offs: an alternative and its cost', followUp: 'What would be the alternative, and what does your choice cost you?' },
    'zh-Hans': { label: '讲了取舍：有什么替代方案、代价是什么', followUp: '还有别的方案吗？你这个选择的代价是什么？' },
    'zh-Hant': { label: '講了取捨：有什麼替代方案、代價是什麼', followUp: '還有其他方案嗎？你這個選擇的代價是什麼？' },
  },
  example: {
    en: { label: 'A concrete example from real work', followUp: 'Can you give me a concrete example from a project you worked on?' },
    'zh-Hans': { label: '有来自实际工作的具体例子', followUp: '能结合你做过的项目举个具体的例子吗？' },
    'zh-Hant': { label: '有來自實際工作的具體例子', followUp: '能結合你做過的專案舉個具體例子嗎？' },
  },
  failureModes: {
    en: { label: 'Failure modes: what breaks and how it is handled', followUp: 'What can go wrong here, and how would you handle it?' },
    'zh-Hans': { label: '考虑了失败场景：哪里会出问题、怎么处理', followUp: '这个方案哪里可能出问题？出了问题怎么处理？' },
    'zh-Hant': { label: '考慮了失敗情境：哪裡會出問題、怎麼處理', followUp: '這個方案哪裡可能出問題？出問題時怎麼處理？' },
  },
  requirements: {
    en: { label: 'Requirements and scale in numbers (users, requests per second, data size)', followUp: 'Before the design: what scale are we talking about, in numbers?' },
    'zh-Hans': { label: '先明确需求和量级（用户数、QPS、数据量）', followUp: '先别急着设计，我们要支撑多大的量？能估一下 QPS 和数据量吗？' },
    'zh-Hant': { label: '先釐清需求和規模（使用者數、QPS、資料量）', followUp: '先別急著設計，我們要支撐多大的規模？能估一下 QPS 和資料量嗎？' },
  },
  components: {
    en: { label: 'The main components named (services, storage, cache, queue…)', followUp: 'What are the main components, and how does a request flow through them?' },
    'zh-Hans': { label: '说出了主要组件（服务、存储、缓存、队列等）', followUp: '整体架构有哪些主要组件？一个请求是怎么流转的？' },
    'zh-Hant': { label: '說出了主要元件（服務、儲存、快取、佇列等）', followUp: '整體架構有哪些主要元件？一個請求是怎麼流轉的？' },
  },
  dataModel: {
    en: { label: 'The data model or storage choice', followUp: 'How would you store the data? What are the main tables or keys?' },
    'zh-Hans': { label: '讲了数据模型或存储选型', followUp: '数据怎么存？主要的表结构或者 key 是怎么设计的？' },
    'zh-Hant': { label: '講了資料模型或儲存選型', followUp: '資料怎麼存？主要的資料表或 key 怎麼設計？' },
  },
  scaling: {
    en: { label: 'Scaling and bottlenecks', followUp: 'Where is the bottleneck, and how does this scale ten times further?' },
    'zh-Hans': { label: '讲了扩展性和瓶颈', followUp: '瓶颈在哪里？如果流量再涨十倍，你怎么扩展？' },
    'zh-Hant': { label: '講了擴展性和瓶頸', followUp: '瓶頸在哪裡？如果流量再成長十倍，你會怎麼擴展？' },
  },
  complexity: {
    en: { label: 'Time and space complexity', followUp: 'What are the time and space complexity of that?' },
    'zh-Hans': { label: '分析了时间和空间复杂度', followUp: '这个做法的时间复杂度和空间复杂度是多少？' },
    'zh-Hant': { label: '分析了時間和空間複雜度', followUp: '這個做法的時間複雜度和空間複雜度是多少？' },
  },
  edgeCases: {
    en: { label: 'Edge cases (empty input, duplicates, overflow…)', followUp: 'Which edge cases would you check?' },
    'zh-Hans': { label: '考虑了边界情况（空输入、重复、溢出等）', followUp: '有哪些边界情况需要考虑？' },
    'zh-Hant': { label: '考慮了邊界情況（空輸入、重複、溢位等）', followUp: '有哪些邊界情況需要考慮？' },
  },
  testing: {
    en: { label: 'How you would test it', followUp: 'How would you test this?' },
    'zh-Hans': { label: '讲了怎么测试', followUp: '你会怎么测试它？会写哪些用例？' },
    'zh-Hant': { label: '講了怎麼測試', followUp: '你會怎麼測試它？會寫哪些測試案例？' },
  },
  currentRole: {
    en: { label: 'Says what you do now', followUp: 'What are you working on at the moment?' },
    'zh-Hans': { label: '说清了目前在做什么', followUp: '你目前主要在做什么？' },
    'zh-Hant': { label: '說清楚目前在做什麼', followUp: '你目前主要在做什麼？' },
  },
  roleLink: {
    en: { label: 'Links your experience to this role with a concrete highlight', followUp: 'Which part of your experience is most relevant to this role?' },
    'zh-Hans': { label: '把经历和这个岗位联系起来，有具体亮点', followUp: '你过去的经历里，哪一段和这个岗位最相关？' },
    'zh-Hant': { label: '把經歷和這個職位連結起來，有具體亮點', followUp: '你過去的經歷中，哪一段和這個職位最相關？' },
  },
  introLength: {
    en: { label: 'About one or two minutes long (40–320 words)', followUp: 'Could you sum that up in a minute or two?' },
    'zh-Hans': { label: '时长约一到两分钟（约 60–500 字）', followUp: '能用一两分钟概括一下吗？' },
    'zh-Hant': { label: '長度約一到兩分鐘（約 60–500 字）', followUp: '能用一兩分鐘概括一下嗎？' },
  },
};
