// Memory (SPEC §10): RSS of the chat screen (`mockview interview --continue ID`, the built binary)
// opened on a stored 500-turn session (250 question/answer pairs) after one streamed 2,000-token
// reply, read from /proc/<pid>/status when the reply completes. Reuses the streaming bench's
// 500-history run when that ran in the same process.
import { appRun } from './streaming.mjs';

export async function run() {
  const r = await appRun(500);
  return {
    rssAfter500TurnSessionMB: r.rssMB,
    peakRssMB: r.peakRssMB,
    budget: 'RSS ≤ 200 MB after a 500-turn session',
    met: r.rssMB <= 200,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await run(), null, 2));
