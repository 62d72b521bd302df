import { describe, expect, it } from 'vitest';
import {
  buildQuestionGenerationPrompt,
  DEMO_QUESTIONS,
  FOLLOW_UPS,
  GENERAL_QUESTIONS,
  parseQuestionList,
  questionsFor,
} from '../../src/interview/question-bank.js';

describe('built-in question bank', () => {
  it('has at least 12 distinct real questions per type, and follow-ups', () => {
    for (const list of [...Object.values(DEMO_QUESTIONS), GENERAL_QUESTIONS]) {
      expect(list.length).toBeGreaterThanOrEqual(12);
      expect(new Set(list).size).toBe(list.length);
      for (const q of list) expect(q.length).toBeGreaterThan(20);
    }
    expect(questionsFor('custom')).toBe(GENERAL_QUESTIONS);
    expect(questionsFor('system-design')).toBe(DEMO_QUESTIONS['system-design']);
    expect(FOLLOW_UPS.length).toBeGreaterThanOrEqual(4);
  });
});

describe('parseQuestionList', () => {
  it.each([
    ['numbered with dots', '1. What is a mutex?\n2. How does TCP handle loss?', ['What is a mutex?', 'How does TCP handle loss?']],
    ['numbered with parentheses', '1) Design a cache.\n2) Design a queue.\n(3) Design a rate limiter.', ['Design a cache.', 'Design a queue.', 'Design a rate limiter.']],
    ['Q-prefixed', 'Q1: Why Go?\nQ2. Why Rust?\nQuestion 3: Why Zig?', ['Why Go?', 'Why Rust?', 'Why Zig?']],
    ['bullets', '- Tell me about a failure.\n* Tell me about a success.\n• Tell me about a conflict.', ['Tell me about a failure.', 'Tell me about a success.', 'Tell me about a conflict.']],
    [
      'prose and headings skipped, blank lines ignored',
      'Sure! Here are some questions for a backend engineer:\n\n## Technical\n\n1. What is an index?\n\n2. When would you denormalise a table?\n\nI hope these help!',
      ['What is an index?', 'When would you denormalise a table?'],
    ],
    ['one-word list headings skipped', '1. Technical\n   - Explain eventual consistency.\n2. Behavioural\n   - Tell me about a time you failed.', ['Explain eventual consistency.', 'Tell me about a time you failed.']],
    ['a JSON array of strings', '["What is CAP?", "What is Raft?"]', ['What is CAP?', 'What is Raft?']],
    ['a JSON array of objects', '[{"question": "What is CAP?", "difficulty": "easy"}, {"text": "What is Paxos?"}]', ['What is CAP?', 'What is Paxos?']],
    ['JSON in ```json fences with prose', 'Here you go:\n```json\n{"questions": ["Design Twitter.", "Design Uber."]}\n```\nGood luck!', ['Design Twitter.', 'Design Uber.']],
    ['duplicates removed (case, spacing, final mark)', '1. What is CAP?\n2. what is  CAP\n3. What is Raft?', ['What is CAP?', 'What is Raft?']],
    ['bare questions without a list', 'What is a deadlock?\nHow do you prevent one?', ['What is a deadlock?', 'How do you prevent one?']],
    ['CJK with full-width numbering and question marks', '以下是问题：\n１．请介绍一下你自己？\n２．你如何设计缓存？\n3、为什么选择这家公司？', ['请介绍一下你自己？', '你如何设计缓存？', '为什么选择这家公司？']],
    ['CJK 问题1： prefixes', '问题1：什么是事务？\n问题2：什么是索引？', ['什么是事务？', '什么是索引？']],
    ['bold numbered items and quotes', '1. **Tell me about yourself.**\n2. "Why this company?"', ['Tell me about yourself.', 'Why this company?']],
    ['a question continued on an indented line', '1. Tell me about a time you had to\n   change direction late in a project.\n2. Why?', ['Tell me about a time you had to change direction late in a project.', 'Why?']],
    ['nothing usable', 'I cannot help with that.', []],
    ['empty', '', []],
  ])('%s', (_name, text, expected) => {
    expect(parseQuestionList(text)).toEqual(expected);
  });
});

describe('question generation prompt', () => {
  it('asks for a JSON array of the requested count, type, language, with the JD', () => {
    const req = buildQuestionGenerationPrompt({ role: 'SRE', type: 'technical', jdText: 'Run Kubernetes at scale.', count: 8, language: '中文', existing: ['What is a pod?'] });
    expect(req.system).toContain('Write exactly 8 technical questions');
    expect(req.system).toContain('Write the questions in 中文.');
    expect(req.system).toMatch(/ONLY a JSON array of strings/);
    expect(req.system).toContain('[mockview-questions type=technical count=8]');
    expect(req.messages).toHaveLength(1);
    expect(req.messages[0]!.text).toContain('Role: SRE');
    expect(req.messages[0]!.text).toContain('Run Kubernetes at scale.');
    expect(req.messages[0]!.text).toContain('- What is a pod?');
  });
});
