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
    rows.push(['start-up to first frame', `${s.firstFrameMs} ms`, `bundled Ink hello ${s.inkHelloMs} ms`, '≤ 1.25×', `${ok(s.firstFrameRatio <= 1.25)} ${s.firstFrameRatio}×`]);
    if (s.firstFrameCpuRatio) {
      rows.push(['start-up to first frame, CPU time used (same runs)', `${s.firstFrameCpuMs} ms`, `bundled Ink hello ${s.inkHelloCpuMs} ms`, '≤ 1.25×', `${ok(s.firstFrameCpuRatio <= 1.25)} ${s.firstFrameCpuRatio}×`]);
    }
    rows.push(['`mockview --help`', `${s.helpMs} ms`, `Ink hello ${s.inkHelloMs} ms`, '—', `${s.helpRatio}×`]);
  }
  const st = r.streaming;
  if (st?.cases) {
    const n = st.naiveInkHistory0;
    for (const c of st.cases) {
      rows.push([
        `streaming, ${c.terminal}, ${c.reply} reply, ${c.history} earlier messages: terminal bytes per reply byte · CPU % of a core · frames/s`,
        `${c.bytesPerReplyByte} · ${c.cpuPercentOfCore} % · ${c.framesPerSecond}`,
        c.terminal === '80×24' && c.reply === 'bench' && c.history === 0 ? `naive Ink ${n.bytesPerReplyByte} · ${n.cpuPercentOfCore} %` : '',
        '≤ 4 (aim 3) · ≤ 10 %',
        `${ok(c.bytesPerReplyByte <= 4)} ${ok(c.cpuPercentOfCore <= 10)}`,
      ]);
    }
    rows.push(['the same reply with no rendering (headless CLI), CPU', `${st.noRenderingHeadless0.cpuPercentOfCore} %`, '', '—', '']);
    rows.push(['500 history messages vs 0 (80×24, bench reply)', `bytes ${st.history500Vs0.bytesPerReplyByte}×, CPU ${st.history500Vs0.cpuPercentOfCore}×`, '', 'within 1.2×', ok(st.met.history)]);
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
