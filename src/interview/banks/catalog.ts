// The offline demo's question bank (SPEC §8): real interview questions per interview type, tagged by
// role family, focus and level, each with the checklist its answer is held to. The words of each
// question live per language in en.ts, zh-hans.ts and zh-hant.ts under the same id.
import type { InterviewType, Level } from '../../store/schema.js';
import type { RuleId } from '../checklist-rules.js';

/** Broad role families a question fits; 'any' fits every role. */
export type RoleFamily = 'any' | 'backend' | 'frontend' | 'data' | 'mobile' | 'infra' | 'product' | 'manager';

export interface BankEntry {
  id: string;
  type: InterviewType | 'introduction';
  families: RoleFamily[];
  /** Topics for matching the interview's focus (English keywords; Chinese synonyms are mapped). */
  focus: string[];
  /** Levels it suits; omitted means every level. */
  levels?: Level[];
  checklist: RuleId[];
}

const STAR: RuleId[] = ['situation', 'ownAction', 'sequence', 'resultNumber', 'reflection'];
const FAILURE_STORY: RuleId[] = ['situation', 'ownAction', 'sequence', 'reflection', 'resultNumber'];
const TECH: RuleId[] = ['reasoning', 'tradeoff', 'example', 'failureModes', 'detail'];
const DESIGN: RuleId[] = ['requirements', 'components', 'dataModel', 'scaling', 'failureModes'];
const CODING: RuleId[] = ['steps', 'complexity', 'edgeCases', 'testing', 'tradeoff'];
const ROLE: RuleId[] = ['example', 'ownAction', 'resultNumber', 'reasoning', 'detail'];
const INTRO: RuleId[] = ['currentRole', 'roleLink', 'introLength'];

const SENIOR_UP: Level[] = ['senior', 'staff', 'principal', 'manager'];
const EARLY: Level[] = ['intern', 'junior', 'mid'];

export const BANK: BankEntry[] = [
  { id: 'intro', type: 'introduction', families: ['any'], focus: [], checklist: INTRO },

  // Behavioural
  { id: 'b-deadline', type: 'behavioural', families: ['any'], focus: ['delivery', 'prioritisation', 'communication'], checklist: STAR },
  { id: 'b-conflict', type: 'behavioural', families: ['any'], focus: ['conflict', 'collaboration', 'communication'], checklist: STAR },
  { id: 'b-failure', type: 'behavioural', families: ['any'], focus: ['failure', 'ownership', 'growth'], checklist: FAILURE_STORY },
  { id: 'b-incomplete-info', type: 'behavioural', families: ['any'], focus: ['decision', 'ambiguity', 'judgement'], checklist: STAR },
  { id: 'b-feedback', type: 'behavioural', families: ['any'], focus: ['feedback', 'growth'], checklist: FAILURE_STORY },
  { id: 'b-influence', type: 'behavioural', families: ['any'], focus: ['influence', 'leadership', 'collaboration'], levels: SENIOR_UP, checklist: STAR },
  { id: 'b-proudest', type: 'behavioural', families: ['any'], focus: ['impact', 'ownership'], checklist: STAR },
  { id: 'b-learn-fast', type: 'behavioural', families: ['any'], focus: ['learning', 'growth'], levels: EARLY, checklist: STAR },
  { id: 'b-prioritise', type: 'behavioural', families: ['any'], focus: ['prioritisation', 'delivery'], checklist: STAR },
  { id: 'b-mistake', type: 'behavioural', families: ['any'], focus: ['failure', 'ownership', 'reliability'], checklist: FAILURE_STORY },
  { id: 'b-improve-process', type: 'behavioural', families: ['any'], focus: ['ownership', 'process', 'initiative'], checklist: STAR },
  { id: 'b-mentor', type: 'behavioural', families: ['any'], focus: ['mentoring', 'leadership'], levels: SENIOR_UP, checklist: STAR },
  { id: 'b-incident', type: 'behavioural', families: ['backend', 'infra', 'data', 'mobile', 'frontend'], focus: ['reliability', 'incident', 'pressure'], checklist: STAR },
  { id: 'b-stakeholder', type: 'behavioural', families: ['product', 'manager', 'any'], focus: ['stakeholders', 'communication', 'conflict'], checklist: STAR },
  { id: 'b-underperformer', type: 'behavioural', families: ['manager'], focus: ['people', 'leadership', 'feedback'], levels: ['manager', 'staff', 'principal'], checklist: STAR },
  { id: 'b-direction', type: 'behavioural', families: ['any'], focus: ['strategy', 'leadership', 'influence'], levels: ['staff', 'principal'], checklist: STAR },

  // Technical
  { id: 't-url', type: 'technical', families: ['any', 'frontend', 'backend'], focus: ['networking', 'web', 'browser'], checklist: TECH },
  { id: 't-memory-leak', type: 'technical', families: ['backend', 'mobile', 'frontend'], focus: ['debugging', 'performance', 'memory'], checklist: TECH },
  { id: 't-process-thread', type: 'technical', families: ['backend', 'infra', 'mobile'], focus: ['concurrency', 'operating systems'], checklist: TECH },
  { id: 't-index', type: 'technical', families: ['backend', 'data'], focus: ['databases', 'performance'], checklist: TECH },
  { id: 't-locking', type: 'technical', families: ['backend', 'data'], focus: ['databases', 'concurrency', 'transactions'], checklist: TECH },
  { id: 't-idempotent', type: 'technical', families: ['backend'], focus: ['api', 'distributed systems', 'reliability'], checklist: TECH },
  { id: 't-cache', type: 'technical', families: ['backend', 'frontend', 'infra'], focus: ['caching', 'performance', 'consistency'], checklist: TECH },
  { id: 't-latency-spike', type: 'technical', families: ['backend', 'infra'], focus: ['debugging', 'performance', 'reliability', 'observability'], checklist: TECH },
  { id: 't-auth', type: 'technical', families: ['backend', 'frontend', 'mobile'], focus: ['security', 'api'], checklist: TECH },
  { id: 't-unit-test', type: 'technical', families: ['any'], focus: ['testing', 'quality'], checklist: TECH },
  { id: 't-rendering', type: 'technical', families: ['frontend'], focus: ['performance', 'browser', 'rendering'], checklist: TECH },
  { id: 't-state', type: 'technical', families: ['frontend', 'mobile'], focus: ['state management', 'architecture'], checklist: TECH },
  { id: 't-data-skew', type: 'technical', families: ['data'], focus: ['big data', 'spark', 'performance'], checklist: TECH },
  { id: 't-overfit', type: 'technical', families: ['data'], focus: ['machine learning', 'evaluation'], checklist: TECH },
  { id: 't-deploy', type: 'technical', families: ['infra', 'backend'], focus: ['deployment', 'reliability', 'devops'], checklist: TECH },
  { id: 't-consistency', type: 'technical', families: ['backend', 'data', 'infra'], focus: ['distributed systems', 'consistency'], levels: ['mid', 'senior', 'staff', 'principal'], checklist: TECH },

  // System design
  { id: 's-shortener', type: 'system-design', families: ['any', 'backend'], focus: ['storage', 'caching', 'scale'], checklist: DESIGN },
  { id: 's-chat', type: 'system-design', families: ['backend', 'mobile'], focus: ['real-time', 'messaging'], checklist: DESIGN },
  { id: 's-rate-limiter', type: 'system-design', families: ['backend', 'infra'], focus: ['api', 'distributed systems'], checklist: DESIGN },
  { id: 's-feed', type: 'system-design', families: ['backend', 'any'], focus: ['scale', 'caching', 'ranking'], checklist: DESIGN },
  { id: 's-file-storage', type: 'system-design', families: ['backend', 'infra'], focus: ['storage', 'sync'], checklist: DESIGN },
  { id: 's-notifications', type: 'system-design', families: ['backend', 'mobile'], focus: ['messaging', 'reliability'], checklist: DESIGN },
  { id: 's-metrics', type: 'system-design', families: ['infra', 'data'], focus: ['observability', 'streaming', 'big data'], checklist: DESIGN },
  { id: 's-scheduler', type: 'system-design', families: ['backend', 'infra'], focus: ['reliability', 'distributed systems'], levels: ['mid', 'senior', 'staff', 'principal'], checklist: DESIGN },
  { id: 's-autocomplete', type: 'system-design', families: ['backend', 'frontend', 'data'], focus: ['search', 'latency'], checklist: DESIGN },
  { id: 's-payment', type: 'system-design', families: ['backend'], focus: ['payments', 'consistency', 'reliability'], levels: SENIOR_UP, checklist: DESIGN },
  { id: 's-flash-sale', type: 'system-design', families: ['backend'], focus: ['high concurrency', 'inventory', 'scale'], checklist: DESIGN },
  { id: 's-frontend-dashboard', type: 'system-design', families: ['frontend'], focus: ['frontend architecture', 'performance', 'real-time'], checklist: DESIGN },

  // Coding discussion
  { id: 'c-first-unique', type: 'coding', families: ['any'], focus: ['strings', 'hashing'], levels: EARLY, checklist: CODING },
  { id: 'c-meeting-rooms', type: 'coding', families: ['any'], focus: ['intervals', 'sorting', 'heaps'], checklist: CODING },
  { id: 'c-cycle', type: 'coding', families: ['any'], focus: ['linked lists', 'pointers'], levels: EARLY, checklist: CODING },
  { id: 'c-lru', type: 'coding', families: ['any', 'backend'], focus: ['design', 'hashing', 'caching'], checklist: CODING },
  { id: 'c-merge-k', type: 'coding', families: ['any'], focus: ['heaps', 'sorting'], checklist: CODING },
  { id: 'c-valid-bst', type: 'coding', families: ['any'], focus: ['trees', 'recursion'], checklist: CODING },
  { id: 'c-top-k-words', type: 'coding', families: ['any', 'data', 'backend'], focus: ['hashing', 'heaps', 'big data'], checklist: CODING },
  { id: 'c-two-sum', type: 'coding', families: ['any'], focus: ['arrays', 'hashing'], levels: ['intern', 'junior'], checklist: CODING },
  { id: 'c-longest-substring', type: 'coding', families: ['any'], focus: ['strings', 'sliding window'], checklist: CODING },
  { id: 'c-retry-backoff', type: 'coding', families: ['backend', 'infra'], focus: ['reliability', 'concurrency'], checklist: CODING },
  { id: 'c-debounce', type: 'coding', families: ['frontend'], focus: ['javascript', 'events'], checklist: CODING },
  { id: 'c-dedupe-stream', type: 'coding', families: ['data', 'backend'], focus: ['streaming', 'hashing'], checklist: CODING },

  // Role-specific
  { id: 'r-api-design', type: 'custom', families: ['backend'], focus: ['api', 'design'], checklist: ROLE },
  { id: 'r-on-call', type: 'custom', families: ['backend', 'infra'], focus: ['reliability', 'on-call', 'observability'], checklist: ROLE },
  { id: 'r-web-perf', type: 'custom', families: ['frontend'], focus: ['performance', 'web'], checklist: ROLE },
  { id: 'r-accessibility', type: 'custom', families: ['frontend', 'mobile'], focus: ['accessibility', 'quality'], checklist: ROLE },
  { id: 'r-pipeline', type: 'custom', families: ['data'], focus: ['data pipelines', 'quality'], checklist: ROLE },
  { id: 'r-metric-drop', type: 'custom', families: ['data', 'product'], focus: ['analytics', 'metrics'], checklist: ROLE },
  { id: 'r-app-crash', type: 'custom', families: ['mobile'], focus: ['stability', 'debugging'], checklist: ROLE },
  { id: 'r-infra-cost', type: 'custom', families: ['infra', 'backend'], focus: ['cost', 'cloud'], checklist: ROLE },
  { id: 'r-prioritise-roadmap', type: 'custom', families: ['product', 'manager'], focus: ['prioritisation', 'roadmap', 'strategy'], checklist: ROLE },
  { id: 'r-team-growth', type: 'custom', families: ['manager'], focus: ['people', 'hiring', 'leadership'], levels: ['manager', 'staff', 'principal'], checklist: ROLE },
  { id: 'r-tech-debt', type: 'custom', families: ['any'], focus: ['tech debt', 'prioritisation', 'quality'], checklist: ROLE },
  { id: 'r-recent-work', type: 'custom', families: ['any'], focus: ['impact', 'ownership'], checklist: ROLE },
];
