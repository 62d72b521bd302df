import type { ChatRequest } from './chat.js';

/** The short prompt of a connection test (seed §2.5), shared by the CLI and the screen. */
export const TEST_PROMPT: ChatRequest = {
  system: 'You are answering a connection test. Reply in one short sentence.',
  messages: [{ role: 'user', text: 'Say hello and name the model you are, in one sentence.' }],
  maxTokens: 256,
};
