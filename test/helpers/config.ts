// Model configurations for tests, built through the same validation users go through.
import { validateModelConfig } from '../../src/store/model-config.js';
import type { ModelConfig } from '../../src/store/schema.js';

export const TEST_API_KEY = 'ABSKQmVkcm9ja0FQSUtleS1zZWNyZXQtdGVzdC12YWx1ZS0xMjM0NTY3ODkw';
export const TEST_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

export function testConfig(overrides: Partial<ModelConfig> = {}, params: Partial<ModelConfig['params']> = {}): ModelConfig {
  const now = new Date().toISOString();
  const result = validateModelConfig({
    name: 'test',
    provider: 'bedrock',
    auth: { type: 'apiKey', apiKey: TEST_API_KEY },
    region: 'us-east-1',
    modelId: 'anthropic.claude-haiku-4-5-20251001-v1:0',
    params: { temperature: 0.7, maxTokens: 1024, stopSequences: [], ...params },
    createdAt: now,
    updatedAt: now,
    ...overrides,
  });
  if (!result.ok) throw new Error(`bad test config: ${JSON.stringify(result.problems)}`);
  return result.config;
}
