// The store's words in 简体中文 and 繁體中文: model-configuration problems (the form and `models add`
// show them), damaged files, a newer file's version, missing records and the built-in demo. Each
// message names its field or file and leaves no English but names, ids and the parameters' own names.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { switchUiLanguage } from '../../src/i18n/index.js';
import { validateModelConfig } from '../../src/store/model-config.js';
import { openStore, StoreError } from '../../src/store/index.js';
import { tempDir } from '../helpers/tmp.js';
import { englishLeft, KEEP_AS_IS } from './english-left.js';

/** Parameter names as Bedrock spells them, values one types and keys in a file's JSON path (language) stay as they are. */
const KEEP = new Set([...KEEP_AS_IS, 'language', 'top_p', 'top_k', 'max_tokens', 'DRAFT', 'abc123xyz', 'http', 'https', 'demo', 'local', 'mars', 'models', 'list']);
const left = (text: string): string[] => englishLeft(text, KEEP);

const SONNET = 'anthropic.claude-sonnet-4-5-20250929-v1:0';
const base = { name: '工作', provider: 'bedrock', auth: { type: 'profile' }, region: 'us-east-1', modelId: SONNET };

/** Inputs that break one rule each (and some several at once). */
const BAD: Record<string, unknown>[] = [
  { ...base, name: '' },
  { ...base, name: 'x'.repeat(80) },
  { ...base, name: 'demo' },
  { ...base, region: 'mars-1' },
  { ...base, region: 'AKIAIOSFODNN7EXAMPLE' },
  { ...base, modelId: '' },
  { ...base, auth: { type: 'apiKey', apiKey: '' } },
  { ...base, auth: { type: 'iam', accessKeyId: '', secretAccessKey: '' } },
  { ...base, auth: { type: 'none' } },
  { ...base, endpoint: 'ftp://example' },
  { ...base, params: { temperature: 3 } },
  { ...base, params: { temperature: 'warm' } },
  { ...base, params: { maxTokens: 999_999 } },
  { ...base, params: { maxTokens: 10 } },
  { ...base, params: { topP: 0.5, temperature: 0.5 } },
  { ...base, params: { topK: 9999 } },
  { ...base, modelId: 'amazon.nova-pro-v1:0', params: { topK: 9999 } },
  { ...base, modelId: 'meta.llama3-70b-instruct-v1:0', params: { topK: 5 } },
  { ...base, modelId: 'made.up-model', params: { topK: 5, topP: 2 } },
  { ...base, params: { stopSequences: ['a', 'b', 'c', 'd', 'e'] } },
  { ...base, params: { stopSequences: [''] } },
  { ...base, params: { reasoningBudget: 10 } },
  { ...base, params: { reasoningBudget: 70_000 } },
  { ...base, params: { reasoningBudget: 4096, maxTokens: 2048 } },
  { ...base, modelId: 'amazon.nova-pro-v1:0', params: { reasoningBudget: 2048 } },
  { ...base, params: { reasoningEffort: 'high' } },
  { ...base, params: { guardrail: { id: 'Not Valid!', version: 'v1' } } },
  { ...base, params: { guardrail: { id: '', version: '' } } },
];

describe.each(['zh-Hans', 'zh-Hant'] as const)('store messages in %s', (lang) => {
  afterEach(async () => {
    await switchUiLanguage('en');
  });

  it('every model-configuration problem and notice is in the language', async () => {
    await switchUiLanguage(lang);
    const said: string[] = [];
    for (const input of BAD) {
      const result = validateModelConfig(input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) for (const p of result.problems) said.push(p.message);
    }
    for (const input of [{ ...base, modelId: 'made.up-model' }, { ...base, modelId: 'anthropic.claude-3-haiku-20240307-v1:0' }]) {
      const result = validateModelConfig(input);
      if (result.ok) said.push(...result.notices);
    }
    expect(validateModelConfig('not an object').ok).toBe(false);
    expect(said.length).toBeGreaterThan(BAD.length);
    for (const message of said) {
      expect(message).toMatch(/\p{Script=Han}/u);
      expect(left(message), message).toEqual([]);
    }
  });

  it('damaged and newer files, missing records and the demo are said in the language', async () => {
    await switchUiLanguage(lang);
    const messages: string[] = [];
    const caught = (fn: () => unknown): void => {
      try {
        fn();
      } catch (e) {
        expect(e).toBeInstanceOf(StoreError);
        messages.push((e as Error).message);
        return;
      }
      throw new Error('expected a StoreError');
    };
    const dir = tempDir();
    const store = openStore({ dataDir: dir });
    caught(() => store.setDefaultModel('无此模型'));
    caught(() => store.removeQuestion('不存在'));
    caught(() => store.removeModel('demo'));
    caught(() => store.updateSettings({ language: '' }));
    fs.writeFileSync(path.join(dir, 'questions.json'), '{"version": 1, "questions": [');
    caught(() => store.listQuestions());
    fs.writeFileSync(path.join(dir, 'logs.json'), JSON.stringify({ version: 99, entries: [] }));
    caught(() => store.listLogs());
    expect(messages).toHaveLength(6);
    for (const message of messages) {
      expect(message).toMatch(/\p{Script=Han}/u);
      // Paths are ids; the message around them is ours.
      expect(left(message.replaceAll(dir, '')), message).toEqual([]);
    }
    expect(messages[4]).toContain(path.join(dir, 'questions.json'));
  });
});

it('store messages stay English in English', () => {
  const result = validateModelConfig({ ...base, params: { topK: 9999 } });
  expect(!result.ok && result.problems[0]?.message).toBe('top_k 9999 is outside 0–500 for Claude models');
});
