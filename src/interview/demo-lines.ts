// The offline demo's own words in its three languages (the questions themselves come from the bank):
// welcome, clarification, follow-ups aimed at a missed checklist item, phase questions for the one
// problem of a system-design or coding interview, the close and the farewell. Simplified and
// Traditional Chinese are kept apart, markers included ([追问] / [追問]).
import type { LanguageVariant } from './language.js';

export type DemoLanguage = 'en' | 'zh-Hans' | 'zh-Hant';
export const demoLanguage = (v: LanguageVariant): DemoLanguage => (v === 'zh-Hans' || v === 'zh-Hant' ? v : 'en');

type Text = Record<DemoLanguage, string>;

export const DEMO_LINES = {
  welcome: {
    en: 'Welcome, and thanks for joining this practice interview.',
    'zh-Hans': '欢迎参加这次模拟面试，谢谢你抽出时间。',
    'zh-Hant': '歡迎參加這次模擬面試，謝謝你抽出時間。',
  },
  clarify: {
    en: 'Take it whichever way fits your own experience best; there is no trick. The question again:',
    'zh-Hans': '按最贴近你自己经历的理解来回答就好，没有陷阱。再说一遍问题：',
    'zh-Hant': '按最貼近你自己經歷的理解來回答就好，沒有陷阱。再說一遍問題：',
  },
  close: {
    en: 'Thank you, that was my last question. Do you have any questions for me?',
    'zh-Hans': '谢谢，我的问题问完了。你有什么想问我的吗？',
    'zh-Hant': '謝謝，我的問題問完了。你有什麼想問我的嗎？',
  },
  farewellNoQuestions: {
    en: 'Thank you for your time today; that is the end of this practice interview. End it to see your self-check list.',
    'zh-Hans': '谢谢你今天的时间，这次模拟面试到此结束。结束后可以查看你的自查清单。',
    'zh-Hant': '謝謝你今天的時間，這次模擬面試到此結束。結束後可以查看你的自查清單。',
  },
  farewellQuestions: {
    en: 'Good questions. I am the offline demo, so I do not know anything about a real company, team or role: keep them for your real interview, where they will land well. Thank you for your time; that is the end of this practice interview.',
    'zh-Hans': '问得好。我是离线演示，并不了解真实公司、团队或职位的情况：把这些问题留到真正的面试里问吧。谢谢你的时间，这次模拟面试到此结束。',
    'zh-Hant': '問得好。我是離線示範，並不了解真實公司、團隊或職位的情況：把這些問題留到真正的面試裡問吧。謝謝你的時間，這次模擬面試到此結束。',
  },
} satisfies Record<string, Text>;

export const FOLLOW_UP_MARKER: Text = { en: '[Follow-up]', 'zh-Hans': '[追问]', 'zh-Hant': '[追問]' };
export const END_MARKER: Text = { en: '[End]', 'zh-Hans': '[结束]', 'zh-Hant': '[結束]' };

/** Follow-ups by what a checklist item is about (matched on the item's words, so rewording the checklist keeps working; first match wins). */
export const FOLLOW_UP_FOR: { about: RegExp; text: Text }[] = [
  { about: /situation|情境|背景/i, text: { en: 'What was the situation: when was this, and what was at stake?', 'zh-Hans': '当时是什么情况：什么时候的事，利害关系是什么？', 'zh-Hant': '當時是什麼情況：什麼時候的事，利害關係是什麼？' } },
  { about: /own action|your own|"I"|个人|個人|自己/i, text: { en: 'What did you yourself do there, as opposed to the team?', 'zh-Hans': '在这件事里，你本人具体做了什么，而不是团队？', 'zh-Hant': '在這件事裡，你本人具體做了什麼，而不是團隊？' } },
  { about: /requirement|scale|需求|规模|規模/i, text: { en: 'What numbers would you assume for scale: users, requests per second, data size?', 'zh-Hans': '你会假设什么样的规模数字：用户数、每秒请求数、数据量？', 'zh-Hant': '你會假設什麼樣的規模數字：用戶數、每秒請求數、資料量？' } },
  { about: /result|number|measur|结果|結果|数字|數字/i, text: { en: 'What was the result, and how did you measure it?', 'zh-Hans': '结果如何，你是怎么衡量的？', 'zh-Hant': '結果如何，你是怎麼衡量的？' } },
  { about: /reflect|learn|反思|学到|學到/i, text: { en: 'Looking back, what would you do differently?', 'zh-Hans': '回头看，你会有什么不同的做法？', 'zh-Hant': '回頭看，你會有什麼不同的做法？' } },
  { about: /component|组件|元件/i, text: { en: 'Which main components would your design have, and how do they talk to each other?', 'zh-Hans': '你的设计有哪些主要组件，它们之间怎么通信？', 'zh-Hant': '你的設計有哪些主要元件，它們之間怎麼通訊？' } },
  { about: /data model|storage|存储|儲存/i, text: { en: 'How would you store the data: which schema or keys would you pick?', 'zh-Hans': '数据怎么存：你会选什么样的表结构或键？', 'zh-Hant': '資料怎麼存：你會選什麼樣的表結構或鍵？' } },
  { about: /scaling|bottleneck|扩展|擴展|瓶颈|瓶頸/i, text: { en: 'Where is the bottleneck as traffic grows, and how would you get past it?', 'zh-Hans': '流量增长时瓶颈在哪里，你会怎么突破？', 'zh-Hant': '流量增長時瓶頸在哪裡，你會怎麼突破？' } },
  { about: /complexity|复杂度|複雜度/i, text: { en: 'What are the time and space complexity of that approach?', 'zh-Hans': '这个思路的时间和空间复杂度是多少？', 'zh-Hant': '這個思路的時間和空間複雜度是多少？' } },
  { about: /test|测试|測試/i, text: { en: 'How would you test it: which cases would you write first?', 'zh-Hans': '你会怎么测试它：先写哪些用例？', 'zh-Hant': '你會怎麼測試它：先寫哪些用例？' } },
  { about: /edge|failure|fail|边界|邊界|故障|失败|失敗/i, text: { en: 'Which edge cases or failure modes would you watch for?', 'zh-Hans': '你会注意哪些边界情况或故障模式？', 'zh-Hant': '你會注意哪些邊界情況或故障模式？' } },
  { about: /trade-?off|alternative|权衡|權衡|替代/i, text: { en: 'What alternatives did you weigh, and why did you choose this one?', 'zh-Hans': '你考虑过哪些替代方案，为什么选了这个？', 'zh-Hant': '你考慮過哪些替代方案，為什麼選了這個？' } },
  { about: /how or why|why|原理|为什么|為什麼/i, text: { en: 'Why does it work that way under the hood?', 'zh-Hans': '它在底层为什么是这样工作的？', 'zh-Hant': '它在底層為什麼是這樣運作的？' } },
  { about: /example|例子|实例|實例/i, text: { en: 'Can you give me a concrete example from your own work?', 'zh-Hans': '能举一个你自己工作中的具体例子吗？', 'zh-Hant': '能舉一個你自己工作中的具體例子嗎？' } },
  { about: /approach|思路/i, text: { en: 'What is your overall approach, before we get into the details?', 'zh-Hans': '在进入细节之前，你的整体思路是什么？', 'zh-Hant': '在進入細節之前，你的整體思路是什麼？' } },
  { about: /detail|more than|详细|詳細|字/i, text: { en: 'Could you walk me through it in more detail?', 'zh-Hans': '能再详细讲讲吗？', 'zh-Hant': '能再詳細講講嗎？' } },
];

export const GENERIC_FOLLOW_UP: Text = {
  en: 'Could you be more specific: what exactly did you do, and what happened?',
  'zh-Hans': '能再具体一点吗：你具体做了什么，结果怎样？',
  'zh-Hant': '能再具體一點嗎：你具體做了什麼，結果怎樣？',
};

/** Later phases of the one problem, asked about "your design" / "your approach". */
export const PHASE_QUESTIONS: Record<string, Text[]> = {
  'high-level-design': [{ en: 'Now the high-level design: which components would you use, and how does a request flow through them?', 'zh-Hans': '接下来是整体设计：你会用哪些组件，一个请求如何流经它们？', 'zh-Hant': '接下來是整體設計：你會用哪些元件，一個請求如何流經它們？' }],
  'deep-dive': [
    { en: 'Let us go deeper into the hardest part of your design: how would you model the data and keep it consistent?', 'zh-Hans': '我们深入你设计中最难的部分：数据怎么建模，如何保证一致性？', 'zh-Hant': '我們深入你設計中最難的部分：資料怎麼建模，如何保證一致性？' },
    { en: 'Pick the component most likely to fail in your design: how does the system behave when it does?', 'zh-Hans': '挑出你设计中最可能出故障的组件：它出故障时系统会怎样？', 'zh-Hant': '挑出你設計中最可能出故障的元件：它出故障時系統會怎樣？' },
    { en: 'How would you keep reads fast in your design when the hottest keys get most of the traffic?', 'zh-Hans': '当最热的键承担了大部分流量时，你的设计如何保持读取够快？', 'zh-Hant': '當最熱的鍵承擔了大部分流量時，你的設計如何保持讀取夠快？' },
  ],
  scaling: [{ en: 'Traffic grows tenfold and one region goes down: what breaks first in your design, and what would you change?', 'zh-Hans': '流量增长十倍，同时一个区域宕机：你的设计里什么最先出问题，你会怎么改？', 'zh-Hant': '流量增長十倍，同時一個區域當機：你的設計裡什麼最先出問題，你會怎麼改？' }],
  code: [
    { en: 'Talk me through the code for your approach: which data structures and which main loop would you write?', 'zh-Hans': '讲讲你这个思路的代码：会用哪些数据结构，主循环怎么写？', 'zh-Hant': '講講你這個思路的程式碼：會用哪些資料結構，主迴圈怎麼寫？' },
    { en: 'Walk me through your code on a small example input: what does each step hold?', 'zh-Hans': '用一个小例子走一遍你的代码：每一步的状态是什么？', 'zh-Hant': '用一個小例子走一遍你的程式碼：每一步的狀態是什麼？' },
  ],
  tests: [{ en: 'How would you test your solution: which cases, edge cases included, would you write first?', 'zh-Hans': '你会怎么测试你的解法：先写哪些用例，包括边界情况？', 'zh-Hant': '你會怎麼測試你的解法：先寫哪些用例，包括邊界情況？' }],
  complexity: [{ en: 'What are the time and space complexity of your solution, and is there an alternative with a different trade-off?', 'zh-Hans': '你的解法时间和空间复杂度是多少，有没有取舍不同的替代方案？', 'zh-Hant': '你的解法時間和空間複雜度是多少，有沒有取捨不同的替代方案？' }],
};

/** How a first phase opens the problem taken from the bank. */
export const PHASE_OPENERS: Record<string, Text> = {
  requirements: { en: 'Before any design: which requirements and numbers would you pin down first?', 'zh-Hans': '在设计之前：你会先明确哪些需求和数字？', 'zh-Hant': '在設計之前：你會先明確哪些需求和數字？' },
  approach: { en: 'Before any code: what is your approach?', 'zh-Hans': '在写代码之前：你的思路是什么？', 'zh-Hant': '在寫程式碼之前：你的思路是什麼？' },
};
