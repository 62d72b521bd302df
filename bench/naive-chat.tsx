// The reference for the streaming bench: the same request, provider and fake stream as the chat
// screen, rendered the naive way — history and reply all in the live tree (no <Static>), no
// batching (one setState per token), no clipping. Bundled by bench/streaming.mjs; reads the
// session from NAIVE_SESSION and the endpoint from AWS_ENDPOINT_URL_BEDROCK_RUNTIME, prints
// NAIVE-DONE when the reply is complete.
import fs from 'node:fs';
import { Box, render, Text } from 'ink';
import { useEffect, useState, type ReactNode } from 'react';
import { buildInterviewRequest } from '../src/interview/prompts.js';
import { createBedrockProvider } from '../src/providers/bedrock.js';
import type { ModelConfig, Session } from '../src/store/schema.js';

const session = JSON.parse(fs.readFileSync(process.env.NAIVE_SESSION ?? '', 'utf8')) as Session;
const now = new Date().toISOString();
const config: ModelConfig = {
  name: 'B',
  provider: 'bedrock',
  auth: { type: 'apiKey', apiKey: 'ABSKxxxxxxxxxxxxxxxx' },
  region: 'us-east-1',
  modelId: 'anthropic.claude-3-5-haiku-20241022-v1:0',
  params: { stopSequences: [] },
  createdAt: now,
  updatedAt: now,
};

function NaiveChat(): ReactNode {
  const [reply, setReply] = useState('');
  const [done, setDone] = useState(false);
  useEffect(() => {
    void (async () => {
      const provider = createBedrockProvider(config);
      for await (const event of provider.stream(buildInterviewRequest(session, { previousQuestions: [] }))) {
        if (event.type === 'text') setReply((r) => r + event.text);
      }
      setDone(true);
    })();
  }, []);
  return (
    <Box flexDirection="column">
      {session.turns.map((t, i) => (
        <Box key={i} flexDirection="column" marginBottom={1}>
          <Text bold>{t.role === 'interviewer' ? 'Interviewer' : 'You'}</Text>
          <Text>{t.text}</Text>
        </Box>
      ))}
      <Text bold>Interviewer</Text>
      <Text>{reply}</Text>
      <Text dimColor>{done ? 'NAIVE-DONE' : 'streaming…'}</Text>
    </Box>
  );
}

render(<NaiveChat />);
// Stay up until the bench sends Ctrl+C, like the chat screen, so it can be measured when the reply is done.
setInterval(() => {}, 60_000);
