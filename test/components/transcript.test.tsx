import { cleanup, render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { Viewport } from '../../src/components/Viewport.js';
import { layoutEntry, type TranscriptEntry } from '../../src/components/transcript.js';
import { followTop, scrollView, settleView } from '../../src/components/view-scroll.js';
import { liveRows, turnEntry, turnRows } from '../../src/hooks/useTranscriptRows.js';
import type { Turn } from '../../src/store/schema.js';

afterEach(() => cleanup());

const question: TranscriptEntry = {
  id: 'q1',
  role: 'interviewer',
  text: 'Tell me about a time you had to push back on a deadline, and what you did when the stakeholders disagreed.',
};

describe('transcript layout', () => {
  it('puts the speaker in a gutter and indents wrapped lines under the text', () => {
    const rows = layoutEntry(question, 60).map((r) => r.gutter + r.text + (r.dim ?? ''));
    expect(rows[0]).toBe('Interviewer  Tell me about a time you had to push back on a');
    expect(rows.slice(1).every((r) => r.startsWith(' '.repeat(13)) && r[13] !== ' ')).toBe(true);
    expect(rows.every((r) => stringWidth(r) <= 60)).toBe(true);
  });

  it('wraps Chinese text by display width', () => {
    // 33 columns: 13 for the gutter, 1 kept for the cursor, 19 for text → nine wide characters.
    const rows = layoutEntry({ id: 'c', role: 'candidate', text: '我负责把计费系统迁移到新的平台，并在两周内完成上线。' }, 33);
    expect(rows.map((r) => r.gutter + r.text)).toEqual([
      'You          我负责把计费系统迁',
      '             移到新的平台，并在',
      '             两周内完成上线。',
    ]);
  });

  it('marks a cut reply with a dim "(cut)" and moves it to its own row when the line is full', () => {
    expect(layoutEntry({ id: 'x', role: 'interviewer', text: 'Sorry, I', cut: true }, 80)[0]).toEqual({
      gutter: 'Interviewer  ',
      text: 'Sorry, I',
      dim: ' (cut)',
    });
    const full = layoutEntry({ id: 'y', role: 'interviewer', text: 'x'.repeat(19), cut: true }, 33);
    expect(full).toHaveLength(2);
    expect(full[1]?.dim).toBe('(cut)');
  });
});

describe('an answer\'s length', () => {
  it('is counted in characters for a Chinese answer and in words for an English one', () => {
    const turn = (text: string, words: number) =>
      ({ role: 'candidate', text, at: '2026-12-01T00:00:00.000Z', timing: { thinkMs: 0, answeringMs: 2000, words } }) as unknown as Turn;
    expect(turnEntry(turn('我在支付团队工作了八年，负责把账本迁移到事件溯源架构。', 25), 'a').meta).toBe('2s · 25 characters');
    expect(turnEntry(turn('I led the billing migration.', 5), 'b').meta).toBe('2s · 5 words');
  });
});

describe('the transcript viewport', () => {
  const at = new Date().toISOString();
  const q: Turn = { role: 'interviewer', text: 'Tell me about a time you had to push back on a deadline, and what you did when the stakeholders disagreed.', at };
  const a: Turn = { role: 'candidate', text: 'We had a billing migration due in two weeks…', at, timing: { thinkMs: 1000, answeringMs: 112_000, words: 214 } };

  it('renders the chat like the sketch, padded to its height', () => {
    const rows = [...turnRows(q, 80), ...turnRows(a, 80), ...liveRows('What did you measure to know the rollout was safe?', 80)];
    const { lastFrame } = render(<Viewport rows={rows} top={0} height={6} />);
    expect(lastFrame()!.split('\n').map((l) => l.trimEnd())).toEqual([
      'Interviewer  Tell me about a time you had to push back on a deadline, and what',
      '             you did when the stakeholders disagreed.',
      'You          We had a billing migration due in two weeks… (1m 52s · 214 words)',
      'Interviewer  What did you measure to know the rollout was safe?▌',
      '',
      '',
    ]);
  });

  it('lays a streaming reply out the same batch by batch as in one go (its finished paragraphs are laid out once each)', () => {
    const reply = [
      'I would like to go deeper into **what you measured**, and how it changed as traffic moved over.',
      'Here is what the team that takes this over will ask about:\n\n1. The `p99` latency of both paths.\n2. A reconciliation job with an owner.',
      'A nightly check:\n\n```ts\nconst drift = await compare(a, b);\n\nif (drift > 0) page();\n```',
      'So: which of those did you have, and who looked at them every day?',
    ].join('\n\n');
    const text = (rows: ReturnType<typeof liveRows>) => rows.map((r) => [r.row.gutter, r.row.text, r.row.spans?.map((sp) => sp.text).join('|') ?? '', r.row.cursor ? '▌' : ''].join('§'));
    for (let cut = 7; cut <= reply.length; cut += 7) {
      const batched = text(liveRows(reply.slice(0, cut), 60));
      liveRows('', 61); // another width: the next call lays the whole text out afresh
      expect(batched).toEqual(text(liveRows(reply.slice(0, cut), 60)));
    }
  });

  it('pads the view with blank rows to its height, and a row wider than the view never takes the others with it', () => {
    const rows = liveRows('One short line.', 40);
    const { lastFrame, rerender } = render(<Viewport rows={rows} top={0} height={4} />);
    expect(lastFrame()!.split('\n')).toHaveLength(4);
    expect(lastFrame()!.split('\n')[0]).toContain('One short line.');
    // Not laid out for this width: it may wrap, but the view stays 4 rows and the first row is whole.
    const wide = [{ row: { gutter: 'You          ', text: 'x'.repeat(120) }, role: 'candidate' as const }, ...rows];
    rerender(<Viewport rows={wide} top={0} height={4} />);
    const lines = lastFrame()!.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^You {10}x+/);
  });

  it('lays a finished turn out once per width', () => {
    expect(turnRows(q, 80)).toBe(turnRows(q, 80));
    expect(turnRows(q, 60)).not.toBe(turnRows(q, 80));
  });

  it('shows terminal control sequences a model might send as harmless text', () => {
    const rows = liveRows('safe\u001b[2J text\u0007', 40).map((r) => r.row.text);
    expect(rows.join('')).not.toMatch(/[\u0000-\u001f]/);
    expect(rows.join('')).toContain('safe');
  });

  it('keeps its rows in place while a reply grows, and turns a page (keeping three rows) when it reaches the bottom', () => {
    expect(followTop(0, 10, 12)).toBe(0);
    expect(followTop(0, 12, 12)).toBe(0);
    // One row past the bottom: turn by a 12-row page less the 3 kept.
    expect(followTop(0, 13, 12)).toBe(9);
    expect(followTop(9, 21, 12)).toBe(9);
    expect(followTop(9, 22, 12)).toBe(18);
    // After a turn the view shows fewer rows than it has room for, and stays.
    expect(followTop(18, 23, 12)).toBe(18);
    // More than a page at once (a long pasted answer): the last page, full.
    expect(followTop(0, 40, 12)).toBe(28);
    // Content shrank (a retried reply): back to the end.
    expect(followTop(18, 10, 12)).toBe(0);
  });

  it('scrolls back and returns to following at the bottom', () => {
    let v = settleView({ mode: 'follow', top: 0 }, 100, 20);
    expect(v).toEqual({ mode: 'follow', top: 80 });
    v = scrollView(v, 'pageUp', 100, 20);
    expect(v).toEqual({ mode: 'read', top: 61 });
    expect(scrollView(v, 'home', 100, 20)).toEqual({ mode: 'read', top: 0 });
    expect(scrollView(v, 'pageDown', 100, 20)).toEqual({ mode: 'follow', top: 80 });
    expect(scrollView(v, 'end', 100, 20)).toEqual({ mode: 'follow', top: 80 });
    // A reading view stays put while rows are added below it.
    expect(settleView(v, 140, 20)).toBe(v);
  });
});
