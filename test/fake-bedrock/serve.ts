// Runs the fake as its own process (for e2e tests, benches and trying the app by hand):
// FAKE_BEDROCK_PORT, FAKE_BEDROCK_SCENARIO, FAKE_BEDROCK_TEXT; prints FAKE_BEDROCK_URL=… when ready.
import { serveFromEnv } from './server.js';

const fake = await serveFromEnv();
const stop = (): void => void fake.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
