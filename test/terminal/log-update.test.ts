// The frame writer that replaces Ink's (src/terminal/log-update.ts), checked the only way that
// counts: its bytes are fed to a headless terminal emulator and the screen — characters and their
// styles — must equal a terminal that was simply given the history and the current frame.
import xterm from '@xterm/headless';
import { describe, expect, it } from 'vitest';
import logUpdate, { rewriteRow, sharedStart } from '../../src/terminal/log-update.js';

const COLS = 40;
const ROWS = 12;

function terminal(): xterm.Terminal {
  // convertEol: a pseudo-terminal turns '\n' into CR LF (onlcr) before the terminal sees it.
  return new xterm.Terminal({ cols: COLS, rows: ROWS, scrollback: 1000, convertEol: true, allowProposedApi: true });
}
const write = (t: xterm.Terminal, s: string): Promise<void> => new Promise((r) => t.write(s, r));

/** Every cell of every line (scrollback too) as char + bold/dim/fg, trailing blanks dropped. */
function cells(t: xterm.Terminal): string[] {
  const buf = t.buffer.active;
  const out: string[] = [];
  for (let y = 0; y < buf.length; y++) {
    const line = buf.getLine(y)!;
    let row = '';
    for (let x = 0; x < COLS; x++) {
      const c = line.getCell(x)!;
      if (c.getWidth() === 0) continue;
      const styled = c.isBold() || c.isDim() || !c.isFgDefault();
      row += styled ? `${c.getChars() || ' '}{${c.isBold() ? 'b' : ''}${c.isDim() ? 'd' : ''}${c.isFgDefault() ? '' : c.getFgColor()}}` : c.getChars() || ' ';
    }
    out.push(row.trimEnd());
  }
  while (out.length && out.at(-1) === '') out.pop();
  return out;
}

/** Drives the writer the way Ink does: frames end with '\n'; static output goes between clear() and the next frame. */
async function play(steps: ({ frame: string } | { static: string })[], incremental = true): Promise<{ got: string[]; want: string[]; bytes: number }> {
  const t = terminal();
  let bytes = 0;
  const log = logUpdate.create({ write: (s: string) => ((bytes += Buffer.byteLength(s)), pending.push(s)) }, { incremental });
  const pending: string[] = [];
  let history = '';
  let last = '';
  for (const step of steps) {
    if ('static' in step) {
      log.clear();
      pending.push(step.static);
      history += step.static;
      log(last);
    } else {
      last = step.frame + '\n';
      log(last);
    }
    for (const s of pending.splice(0)) await write(t, s);
  }
  const reference = terminal();
  await write(reference, history + last);
  return { got: cells(t), want: cells(reference), bytes };
}

const bold = (s: string): string => `\u001b[1m${s}\u001b[22m`;
const dim = (s: string): string => `\u001b[2m${s}\u001b[22m`;
const red = (s: string): string => `\u001b[31m${s}\u001b[39m`;

describe('the frame writer', () => {
  it('keeps the screen right while frames grow, shrink and stay the same height', async () => {
    const frames = [
      'one',
      'one\ntwo',
      'one\ntwo\nthree',
      'ONE\ntwo',
      'only',
      'a\nb\nc\nd\ne',
      'a\nB\nc\nd\ne',
      'x',
    ].map((frame) => ({ frame }));
    const { got, want } = await play(frames);
    expect(got).toEqual(want);
  });

  it('keeps history printed above the frame in place (Ink <Static>)', async () => {
    const { got, want } = await play([
      { frame: 'live 1\nstatus' },
      { static: 'said 1\n' },
      { frame: 'live 2\nstatus' },
      { frame: 'live 2 more\nstatus' },
      { static: 'said 2\n\nsaid 3\n' },
      { frame: 'live 3\nstatus\nhints' },
    ]);
    expect(got).toEqual(want);
    expect(got).toEqual(['said 1', 'said 2', '', 'said 3', 'live 3', 'status', 'hints']);
  });

  it('scrolls like a terminal when history outgrows the screen', async () => {
    const steps: ({ frame: string } | { static: string })[] = [];
    for (let i = 0; i < 30; i++) {
      steps.push({ frame: `typing ${i}\n${dim('status')}` });
      if (i % 3 === 2) steps.push({ static: `line ${i}\n` });
    }
    const { got, want } = await play(steps);
    expect(got).toEqual(want);
  });

  it('finishes a growing row from where it differs, keeping styles and wide characters right', async () => {
    const rows = [
      `${bold('Interviewer')}  Tell me${dim('▌')}`,
      `${bold('Interviewer')}  Tell me about${dim('▌')}`,
      `${bold('Interviewer')}  Tell me about ${red('a time')}${dim('▌')}`,
      `${bold('Interviewer')}  Tell me about ${red('a time you')}${dim('▌')}`,
      `             请介绍一下${dim('▌')}`,
      `             请介绍一下你自己👍🏽${dim('▌')}`,
      `             请介绍一下你自己👍🏽 e\u0301${dim('▌')}`,
      `             short`,
    ];
    const { got, want, bytes } = await play(rows.map((r) => ({ frame: `${r}\nstatus` })));
    expect(got).toEqual(want);
    // Only the new part of each row goes out, not the whole row again.
    expect(bytes).toBeLessThan(rows.reduce((n, r) => n + Buffer.byteLength(r), 0));
  });

  it('never cuts inside a style, an escape sequence or a joined character', () => {
    expect(sharedStart('ab\u001b[1mc', 'ab\u001b[1mcd')).toEqual({ length: 2, width: 2 });
    expect(sharedStart('\u001b[1mab\u001b[22mc', '\u001b[1mab\u001b[22mcd')).toEqual({ length: 12, width: 3 });
    expect(sharedStart('e', 'e\u0301x')).toEqual({ length: 0, width: 0 });
    expect(sharedStart('👍', '👍🏽')).toEqual({ length: 0, width: 0 });
    expect(sharedStart('你好', '你好吗')).toEqual({ length: 2, width: 4 });
    expect(rewriteRow('abc', 'xyz')).toBe('\rxyz');
    expect(rewriteRow('abc', 'abcdef')).toBe('\u001b[4Gdef');
    expect(rewriteRow('你好', 'abc')).toBe('\rabc\u001b[K');
    expect(rewriteRow('abcdef', 'abc')).toBe('\u001b[4G\u001b[K');
  });

  it('writes nothing when the frame has not changed', async () => {
    const writes: string[] = [];
    const log = logUpdate.create({ write: (s: string) => writes.push(s) }, { incremental: true });
    expect(log('a\nb\n')).toBe(true);
    const before = writes.length;
    expect(log.willRender('a\nb\n')).toBe(false);
    expect(log('a\nb\n')).toBe(false);
    expect(writes.length).toBe(before);
  });

  it('rewrites whole frames correctly in standard mode too', async () => {
    const { got, want } = await play([{ frame: 'a\nb\nc' }, { static: 'h\n' }, { frame: 'x' }, { frame: 'x\ny\nz' }], false);
    expect(got).toEqual(want);
  });

  it('moves the rows under a growing or shrinking part instead of writing them again', async () => {
    const status = dim('● streaming 42 tok/s · Esc cancel');
    const steps: ({ frame: string } | { static: string })[] = [];
    let reply: string[] = [];
    for (let i = 0; i < 40; i++) {
      // A reply gaining rows above its status line, the screen filling up and scrolling, and now
      // and then its finished rows printed for good above the frame, or a row taken back. Like
      // Ink's, frames stay shorter than the terminal (Ink repaints whole screens otherwise).
      if (i % 9 === 8 || reply.length >= 8) {
        steps.push({ static: `${reply.join('\n')}\n` });
        reply = [];
      } else if (i % 7 === 6) reply = reply.slice(0, -2);
      else reply.push(`row ${i} of the reply`, '');
      steps.push({ frame: [...reply, status].join('\n') });
    }
    const { got, want } = await play(steps);
    expect(got).toEqual(want);
    const writes: string[] = [];
    const log = logUpdate.create({ write: (s: string) => writes.push(s) }, { incremental: true });
    log(`a\n${status}\n`);
    log(`a\nb\n${status}\n`);
    expect(writes.at(-1)).toContain('\u001b[1L');
    expect(writes.at(-1)).not.toContain('streaming');
    log(`a\n${status}\n`);
    expect(writes.at(-1)).toContain('\u001b[1M');
    expect(writes.at(-1)).not.toContain('streaming');
  });

  it('matches a plain terminal over many random frames', async () => {
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const words = ['the', 'answer', bold('Q1'), dim('▌'), '请', '👍', red('no'), 'é', ' '];
    const row = (): string => Array.from({ length: rnd(6) }, () => words[rnd(words.length)]).join('');
    const steps: ({ frame: string } | { static: string })[] = [];
    let frame = [row()];
    for (let i = 0; i < 150; i++) {
      const r = rnd(10);
      if (r < 4) frame[frame.length - 1] = `${frame.at(-1) ?? ''}${words[rnd(words.length)] ?? ''}`;
      else if (r < 6 && frame.length < 8) frame.push(row());
      else if (r < 7 && frame.length > 1) frame = frame.slice(0, -1 - rnd(frame.length - 1));
      else if (r < 8) steps.push({ static: `${row()}\n` });
      else frame[rnd(frame.length)] = row();
      // Half the time a fixed last row, as under a streaming reply, so rows move as well as change.
      steps.push({ frame: [...frame, ...(i % 2 ? [dim('status line that stays')] : [])].join('\n') });
    }
    const { got, want } = await play(steps);
    expect(got).toEqual(want);
  });
});
