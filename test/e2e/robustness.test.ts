// A minute of random keys and resizes across every screen in tmux (bounded: ROBUSTNESS_MS, 60 s by
// default), the way a cat on the keyboard or a flaky SSH link would drive the app. At the end the
// app must still answer keys (it draws the home screen after Ctrl+L and a resize, and quits cleanly
// on Ctrl+C), and its memory must stay under 300 MB. A quit chosen by the random keys themselves is
// not a failure: the app is started again and the run goes on. The keys are reproducible: the
// seed is printed on failure.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { hasTmux, startTmux, type TmuxSession } from '../helpers/tmux.js';

const RUN_MS = Number(process.env.ROBUSTNESS_MS ?? 60_000);
const KEYS = ['Up', 'Down', 'Left', 'Right', 'Enter', 'Escape', 'Tab', 'BTab', 'PageUp', 'PageDown', 'Home', 'End', 'Space', 'BSpace', '?', 'C-l', 'C-r', 'C-e', 'C-j', 'y', 'n', 'a', 'e', 'j', 'k', 'x', 'r', 's', 'g', '/', '*', 't', 'q', '1', '7'];
const SIZES: [number, number][] = [
  [80, 24],
  [80, 23],
  [100, 30],
  [70, 20],
  [132, 43],
  [81, 25],
];

/** Home in any interface language: the random keys may switch it in Settings. */
const HOME = /mockview · (interview practice|面试练习|面試練習)/;

/** A small seeded generator (mulberry32), so a failing run can be repeated. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** RSS in MB of the app. */
function appRssMB(term: TmuxSession): number {
  const kb = Number(/^VmRSS:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${term.pid()}/status`, 'utf8'))?.[1]);
  return kb / 1024;
}

describe('robustness', () => {
  it(`survives ${Math.round(RUN_MS / 1000)} s of random keys and resizes on every screen, still answering keys and under 300 MB`, async () => {
    if (!hasTmux()) throw new Error('tmux is required for the end-to-end tests (.ci/run installs it)');
    const seed = Number(process.env.ROBUSTNESS_SEED ?? Date.now() % 100_000);
    const next = random(seed);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    // No network: a model test or chat against Bedrock fails at once instead of reaching out.
    const env = { MOCKVIEW_HOME: tempDir(), AWS_ENDPOINT_URL_BEDROCK_RUNTIME: 'http://127.0.0.1:9', AWS_REGION: 'us-east-1' };
    let term = startTmux({ env });
    let restarts = 0;
    let keys = 0;
    const log: string[] = [];
    try {
      await term.waitFor(HOME);
      const until = Date.now() + RUN_MS;
      while (Date.now() < until) {
        const before = term.screen();
        if (/EXITED (\d+)/.test(before)) {
          const code = Number(/EXITED (\d+)/.exec(before)![1]);
          expect(code, `the app exited with ${code} (seed ${seed}) after: ${log.slice(-20).join(' ')}\n${before}`).toBe(0);
          await term.kill();
          term = startTmux({ env });
          restarts++;
          await term.waitFor(HOME);
          continue;
        }
        if (next() < 0.04) {
          const [c, r] = pick(SIZES);
          log.push(`resize ${c}x${r}`);
          term.resize(c, r);
        } else {
          const key = pick(KEYS);
          log.push(key);
          // Keys one by one, with a lone Esc never merged into the next key (that would be Alt+key).
          await term.send(key);
          keys++;
        }
        // Wait for the frame this key or resize brought, or a short while for one that changed nothing.
        await term.waitFor((s) => s !== before, 150).catch(() => undefined);
      }
      // Still answering: back to a known size, a redraw, then home by Esc (answering "leave?" with y).
      term.resize(80, 24);
      await term.send('C-l');
      for (let i = 0; i < 12 && !HOME.test(term.screen()); i++) {
        const s = term.screen();
        if (/\(y\/N\)|\(Y\/n\)/.test(s)) await term.send('y');
        else if (/Esc or \? closes/.test(s)) await term.send('Escape');
        else await term.send('Escape');
        await term.waitFor((x) => x !== s, 1000).catch(() => undefined);
      }
      await term.waitFor(HOME, 10_000);
      const rss = appRssMB(term);
      expect(rss, `RSS after ${keys} keys (seed ${seed})`).toBeLessThan(300);
      await term.send('C-c');
      await term.waitFor(/EXITED 0/, 10_000);
      console.log(`robustness: ${keys} keys, ${restarts} restarts after a chosen quit, RSS ${rss.toFixed(0)} MB, seed ${seed}`);
    } finally {
      await term.kill();
    }
  }, RUN_MS + 60_000);
});
