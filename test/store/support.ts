// Shared by the store tests: throwaway data dirs and valid records, built without the form's
// family rules (the store only checks shapes).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { BankQuestion, ModelConfig, Session } from '../../src/store/index.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory, removed after the test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mockview-store-'));
  made.push(dir);
  return dir;
}

export const FAKE_API_KEY = 'ABSKQmVkcm9ja0FQSUtleS1zZWNyZXQtdGVzdC12YWx1ZS0xMjM0NTY3ODkw';
export const FAKE_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

export function model(name: string, overrides: Partial<ModelConfig> = {}): ModelConfig {
  return {
    name,
    provider: 'bedrock',
    auth: { type: 'apiKey', apiKey: FAKE_API_KEY },
    region: 'us-east-1',
    modelId: 'anthropic.claude-haiku-4-5-20251001-v1:0',
    params: { temperature: 0.7, maxTokens: 1024, stopSequences: [] },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function session(id: string, createdAt: string): Session {
  return {
    version: 1,
    id,
    createdAt,
    updatedAt: createdAt,
    status: 'in-progress',
    setup: { type: 'behavioural', role: 'Backend engineer', level: 'senior', questionCount: 5, language: 'English', modelName: 'demo' },
    modelLabel: 'Offline demo',
    turns: [
      { role: 'interviewer', text: 'Tell me about a conflict.', at: createdAt, questionNumber: 1 },
      { role: 'candidate', text: 'Once, at work…', at: createdAt },
      { role: 'interviewer', text: 'What did you learn?', at: createdAt, questionNumber: 1, followUp: true },
      { role: 'interviewer', text: 'Tell me about a failure.', at: createdAt, questionNumber: 2 },
    ],
  };
}

export function question(id: string, text = 'Why this team?'): BankQuestion {
  return { id, text, type: 'behavioural', role: 'SRE', createdAt: '2026-01-01T00:00:00.000Z', source: 'manual' };
}

export const modeOf = (file: string): number => fs.statSync(file).mode & 0o777;

/** Runs fn and returns what it threw (failing the test when it does not throw). */
export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw');
}
