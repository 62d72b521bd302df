// The offline demo's feedback: a self-check list per answered question instead of grades. Each item
// is decided by a simple text heuristic, or left undecided (null) when a heuristic cannot judge it,
// e.g. English keyword checks on an answer in Chinese. These are hints, not grades, and the views
// say so with CHECKLIST_NOTE.
import type { Feedback, InterviewType, Session } from '../store/schema.js';
import { answeredThreads } from './transcript.js';
import { countWords, isMostlyCjk } from './words.js';

export const CHECKLIST_NOTE =
  'Self-check list from simple text heuristics (offline demo): not a grade. ✓ likely met · ✗ likely missing · ? cannot tell from the text.';

type Check = (answer: string) => boolean | null;
interface Item {
  item: string;
  check: Check;
  /** Keyword checks only work on English text. */
  english?: boolean;
}

const has = (re: RegExp): Check => (a) => re.test(a);
const moreWordsThan = (n: number): Check => (a) => countWords(a) > n;
const hasNumber: Check = (a) => /\d/.test(a) || /\b(percent|twice|double|half|tenfold)\b/i.test(a);

/** "I" statements at least as often as "we": the candidate's own part is clear. */
const ownAction: Check = (a) => {
  const i = a.match(/\bI\b|\bI'(m|ve|d|ll)\b|\bmy\b/g)?.length ?? 0;
  const we = a.match(/\b(we|our|us)\b/gi)?.length ?? 0;
  return i > 0 && i >= we / 2;
};

const DETAIL: Item = { item: 'Enough detail (more than 40 words)', check: moreWordsThan(40) };

const INTRO: Item[] = [
  { item: 'Says what you do now', check: has(/\b(I am|I'm|currently|I work|I lead|at present|right now)\b/i), english: true },
  { item: 'Links your experience to this role', check: has(/\b(experience|years?|worked|built|led|background)\b/i), english: true },
  { item: 'A highlight with a concrete result (a number)', check: hasNumber },
  { item: 'Kept to about one or two minutes (60–300 words)', check: (a) => countWords(a) >= 60 && countWords(a) <= 300 },
];

const BY_TYPE: Record<InterviewType, Item[]> = {
  behavioural: [
    { item: 'Situation stated (when, where, what was at stake)', check: has(/\b(when|while|at my|in my|last (year|month|quarter)|in (19|20)\d\d|our team|the project|situation)\b/i), english: true },
    { item: 'Your own action ("I", not only "we")', check: ownAction, english: true },
    { item: 'Measurable result (a number)', check: hasNumber },
    { item: 'Reflection: what you learned or would do differently', check: has(/\b(learn(ed|t)?|lesson|next time|differently|in hindsight|takeaway|reali[sz]ed)\b/i), english: true },
    DETAIL,
  ],
  technical: [
    DETAIL,
    { item: 'Explains how or why, not only what', check: has(/\b(because|so that|which means|therefore|under the hood|internally|works by)\b/i), english: true },
    { item: 'Trade-offs or alternatives mentioned', check: has(/\b(trade-?offs?|downside|however|on the other hand|alternative(ly)?|instead|at the cost|versus|vs\.?)\b/i), english: true },
    { item: 'A concrete example', check: has(/\b(for example|for instance|e\.g\.|such as|in my|at my|we used|I used)\b/i), english: true },
    { item: 'Edge cases or failure modes considered', check: has(/\b(edge case|fail(s|ure|ed)?|errors?|timeouts?|limits?|corner case|worst case)\b/i), english: true },
  ],
  'system-design': [
    { item: 'Requirements and scale clarified (numbers)', check: (a) => hasNumber(a) && /\b(requirements?|users?|per second|qps|rps|scale|reads?|writes?|latency|availability)\b/i.test(a), english: true },
    { item: 'High-level components named', check: has(/\b(services?|databases?|cache|queue|load balancer|api|gateway|storage|cdn)\b/i), english: true },
    { item: 'Data model or storage choice', check: has(/\b(schema|tables?|partition(ing)?|shard(ing)?|keys?|index(es)?|sql|nosql|columns?)\b/i), english: true },
    { item: 'Scaling and bottlenecks', check: has(/\b(scal(e|ing)|shard(ing)?|replica(s|tion)?|bottlenecks?|horizontal(ly)?|hot ?spots?)\b/i), english: true },
    { item: 'Failure handling', check: has(/\b(fail(ure|over|s)?|retr(y|ies)|redundan(t|cy)|backups?|outages?|idempoten(t|cy))\b/i), english: true },
  ],
  coding: [
    { item: 'Approach stated before details', check: has(/\b(approach|idea|first|I would|I'd|we can|the plan)\b/i), english: true },
    { item: 'Time and space complexity', check: has(/O\(|\b(complexity|linear|logarithmic|quadratic|constant time)\b/i) },
    { item: 'Edge cases', check: has(/\b(edge|empty|null|duplicates?|negative|overflow|single element)\b/i), english: true },
    { item: 'How you would test it', check: has(/\b(tests?|testing|asserts?|test cases?)\b/i), english: true },
    { item: 'Alternatives compared', check: has(/\b(brute force|naive|alternative(ly)?|instead|trade-?offs?|better)\b/i), english: true },
  ],
  custom: [
    DETAIL,
    { item: 'A concrete example from your work', check: has(/\b(for example|for instance|when I|at my|in my|we built|I built|I led)\b/i), english: true },
    { item: 'A result or outcome (a number)', check: hasNumber },
    { item: 'Reasoning or trade-offs explained', check: has(/\b(because|trade-?offs?|so that|instead|however)\b/i), english: true },
  ],
};

const INTRO_QUESTION = /introduce yourself|tell me about yourself|walk me through your (background|resume|cv)|自我介绍|自己紹介|자기소개/i;

export function checklistFeedback(session: Session): Feedback {
  return {
    kind: 'checklist',
    questions: answeredThreads(session).map((thread) => {
      const answer = thread.answers.join('\n');
      const cjk = isMostlyCjk(answer);
      const items = INTRO_QUESTION.test(thread.question) ? INTRO : BY_TYPE[session.setup.type];
      return {
        questionNumber: thread.questionNumber,
        question: thread.question,
        checklist: items.map(({ item, check, english }) => ({ item, met: english && cjk ? null : check(answer) })),
      };
    }),
  };
}
