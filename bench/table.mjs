// The README's table, made from bench/results.json: `node bench/table.mjs` prints it again
// without measuring.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ok = (met) => (met ? '✓' : '✗');

export function formatTable(r) {
  const rows = [['what', 'mockview', 'reference', 'budget', '']];
  const s = r.startup;
  if (s) {
    rows.push(['start-up to first frame', `${s.firstFrameMs} ms`, `bare Ink hello ${s.inkHelloMs} ms`, '≤ 1.25×', `${ok(s.firstFrameRatio <= 1.25)} ${s.firstFrameRatio}×`]);
    rows.push(['`mockview --help`', `${s.helpMs} ms`, `Ink hello ${s.inkHelloMs} ms`, '—', `${s.helpRatio}×`]);
  }
  const st = r.streaming;
  if (st) {
    const a = st.chatHistory0;
    const b = st.chatHistory500;
    const n = st.naiveInkHistory0;
    rows.push([
      `terminal bytes per byte of reply (${st.reply.tokens.toLocaleString('en')} tokens at ${st.reply.tokensPerSecond} tok/s, ${st.reply.terminal})`,
      `${a.bytesPerReplyByte} (0 history) / ${b.bytesPerReplyByte} (500)`,
      `naive Ink ${n.bytesPerReplyByte}`,
      '≤ 4 (aim 3)',
      ok(st.met.bytes),
    ]);
    rows.push(['CPU while streaming, % of one core', `${a.cpuPercentOfCore} % / ${b.cpuPercentOfCore} %`, `naive Ink ${n.cpuPercentOfCore} %`, '≤ 15 % (aim 10 %)', ok(st.met.cpu)]);
    rows.push(['frames per second while streaming', `${a.framesPerSecond} / ${b.framesPerSecond}`, `naive Ink ${n.framesPerSecond}`, '—', '']);
    rows.push(['500 history messages vs 0', `bytes ${st.history500Vs0.bytesPerReplyByte}×, CPU ${st.history500Vs0.cpuPercentOfCore}×`, '', 'within 1.2×', ok(st.met.history)]);
  }
  const so = r.store;
  if (so) {
    rows.push(['saving one turn, 1 vs 1,000 sessions', `${so.saveTurnWith1SessionMs} ms / ${so.saveTurnWith1000SessionsMs} ms`, '', 'within 2×', `${ok(so.ratio <= 2)} ${so.ratio}×`]);
    rows.push(['listing 1,000 sessions at app start', `${so.listSessionsAtStartWith1000Ms} ms`, '', '—', '']);
  }
  const m = r.memory;
  if (m) rows.push(['RSS after a 500-turn session (+ one reply)', `${m.rssAfter500TurnSessionMB} MB (peak ${m.peakRssMB} MB)`, '', '≤ 200 MB', ok(m.met)]);
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [
    `Latest run: ${r.at.slice(0, 16).replace('T', ' ')} UTC on ${r.machine.cpus}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node} (${r.machine.platform}).`,
    '',
    line(rows[0]),
    line(rows[0].map(() => '---')),
    ...rows.slice(1).map(line),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  console.log(formatTable(JSON.parse(fs.readFileSync(path.join(here, 'results.json'), 'utf8'))));
}
