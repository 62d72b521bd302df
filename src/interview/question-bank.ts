// Real interview questions for the offline demo, per interview type. The demo asks them in a random
// order without repeats; a model-backed interview writes its own. Also the request that asks a
// model to write questions for a role (seed §3 "question generation") and the parser for its reply.
import type { ChatRequest } from '../providers/types.js';
import type { InterviewType } from '../store/schema.js';
import { questionGenerationTag } from './markers.js';
import { trimDocument, TYPE_LABELS } from './prompts.js';

export { parseQuestionList } from './question-list.js';

export const OPENING_QUESTION = 'To start, could you introduce yourself and walk me through your background?';

export const DEMO_QUESTIONS: Record<Exclude<InterviewType, 'custom'>, string[]> = {
  behavioural: [
    'Tell me about a time you had to push back on a deadline. What happened?',
    'Describe a conflict with a colleague and how you resolved it.',
    'Tell me about a project that failed. What did you learn from it?',
    'Give an example of a decision you made with incomplete information.',
    'Tell me about a time you received critical feedback. How did you respond?',
    'Describe a situation where you had to influence people who did not report to you.',
    'Tell me about the accomplishment you are proudest of, and your part in it.',
    'Describe a time you had to learn something new very quickly.',
    'Tell me about a time you disagreed with your manager.',
    'Give an example of how you prioritised when everything was urgent.',
    'Tell me about a mistake you made that affected others. What did you do next?',
    'Describe a time you improved a process nobody asked you to improve.',
  ],
  technical: [
    'What happens, step by step, when you type a URL into a browser and press Enter?',
    'How would you find the cause of a memory leak in a long-running service?',
    'Explain the difference between a process and a thread, and when you would choose each.',
    'How does an index speed up a database query, and when can it slow things down?',
    'What are the trade-offs between optimistic and pessimistic locking?',
    'How would you make an HTTP API idempotent, and why does it matter?',
    'Explain eventual consistency with an example from a system you have worked on.',
    'How do you decide what to cache, and how do you keep a cache correct?',
    'Walk me through how you would debug a latency spike that only happens in production.',
    'What is the difference between authentication and authorisation? How have you implemented each?',
    'How does garbage collection work in a language you use daily, and how has it affected your code?',
    'What makes a good unit test, and what should not be unit-tested?',
  ],
  'system-design': [
    'Design a URL shortener that handles 10,000 writes per second.',
    'Design the backend for a chat application with group conversations and read receipts.',
    'Design a rate limiter shared by many API servers.',
    'Design a news feed that shows posts from people a user follows.',
    'Design a file-storage service like a simple Dropbox.',
    'Design a notification system that sends email, SMS and push messages.',
    'Design a metrics pipeline that ingests events from thousands of servers.',
    'Design a ride-matching service for a city.',
    'Design a job scheduler that runs millions of delayed tasks reliably.',
    'Design search autocomplete for an online store.',
    'Design a payment system that never charges a customer twice.',
    'Design a collaborative document editor.',
  ],
  coding: [
    'How would you find the first non-repeating character in a string? Talk me through the complexity.',
    'Given a list of meeting intervals, how would you find the minimum number of rooms needed?',
    'How would you detect a cycle in a linked list, and why does your approach work?',
    'Describe how you would implement an LRU cache with O(1) operations.',
    'How would you merge k sorted lists efficiently?',
    'Given a binary tree, how would you check that it is a valid binary search tree?',
    'How would you find the top 10 most frequent words in a very large file?',
    'How would you serialise and deserialise a binary tree?',
    'Explain how you would test a function that parses dates from user input.',
    'How would you find two numbers in an array that add up to a target?',
    'Describe an approach to the longest substring without repeating characters.',
    'How would you implement a rate-limited retry with exponential backoff?',
  ],
};

export const GENERAL_QUESTIONS = [
  'What drew you to this role, and what would you want to achieve in your first six months?',
  'Tell me about a recent piece of work you are proud of.',
  'What is a hard problem you solved recently, and how did you approach it?',
  'How do you keep your skills current?',
  'Describe how you work with people in other roles, such as product or design.',
  'What kind of feedback helps you most, and how do you give feedback to others?',
  'Tell me about a time you had to make a trade-off between speed and quality.',
  'Where do you see your career going in the next few years?',
  'What would your last team say is your biggest strength, and your biggest area to grow?',
  'Describe a time you simplified something complicated for someone else.',
  'How do you approach a task you have never done before?',
  'What questions do you have for us about the role?',
];

export const FOLLOW_UPS = [
  'Could you be more specific? What exactly did you do, and what was the result?',
  'Can you give me a concrete example of that?',
  'What would you do differently if you faced that again?',
  'How did you measure whether it worked?',
  'What was your own part in that, as opposed to the team\'s?',
  'What trade-offs did you consider, and why did you choose that one?',
];

export function questionsFor(type: InterviewType): string[] {
  return type === 'custom' ? GENERAL_QUESTIONS : DEMO_QUESTIONS[type];
}

export interface QuestionGenerationInput {
  role: string;
  type: InterviewType;
  jdText?: string;
  count: number;
  language: string;
  level?: string;
  /** Questions already in the bank, not to be repeated. */
  existing?: string[];
}

const TYPE_HINT: Record<InterviewType, string> = {
  behavioural: 'behavioural questions about real past situations ("Tell me about a time…"), each on a different competency',
  technical: 'technical questions on the fundamentals and practice this role needs, each answerable in a few minutes of talk',
  'system-design': 'system design problems relevant to this role, each a product or component to design',
  coding: 'coding problems to discuss out loud (approach, complexity, edge cases), no IDE needed',
  custom: 'questions specific to this role and its day-to-day work',
};

export function buildQuestionGenerationPrompt(input: QuestionGenerationInput): ChatRequest {
  const jd = input.jdText?.trim() ? trimDocument(input.jdText) : undefined;
  const existing = [...new Set(input.existing ?? [])].slice(0, 60);
  const system = [
    'You write realistic job-interview questions of the kind real interviewers ask.',
    questionGenerationTag(input.type, input.count),
    `Write exactly ${input.count} ${TYPE_LABELS[input.type].toLowerCase()} questions: ${TYPE_HINT[input.type]}.`,
    'Each question stands alone, asks one thing, and is at most two sentences. No answers, no numbering inside the strings, no commentary.',
    `Write the questions in ${input.language}.`,
    'Reply with ONLY a JSON array of strings, for example ["First question?", "Second question?"].',
  ].join('\n');
  const user = [
    `Role: ${input.role}${input.level ? ` (${input.level})` : ''}`,
    ...(jd ? ['Job description:', '<<<', jd.text, '>>>', ...(jd.cut ? ['(cut to its first 6,000 characters)'] : [])] : []),
    ...(existing.length ? ['Do not repeat these questions already in the bank:', ...existing.map((q) => `- ${q}`)] : []),
  ].join('\n');
  return { system, messages: [{ role: 'user', text: user }] };
}
