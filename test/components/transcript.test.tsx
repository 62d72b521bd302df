import { Box } from 'ink';
import { cleanup, render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { MessageList } from '../../src/components/MessageList.js';
import { StreamingText } from '../../src/components/StreamingText.js';
import { clipToLastRows, layoutEntry, type TranscriptEntry } from '../../src/components/transcript.js';

// A short wait, then a few turns of setImmediate: Ink flushes a lone Esc and React commits there.
const tick = async (): Promise<void> => {
  await new Promise((r) => setTimeout(r, 10));
  for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
};
afterEach(() => cleanup());

const question: TranscriptEntry = {
  id: 'q1',
  role: 'interviewer',
  text: 'Tell me about a time you had to push back on a deadline, and what you did when the stakeholders disagreed.',
};
const answer: TranscriptEntry = { id: 'a1', role: 'candidate', text: 'We had a billing migration due in two weeks…', meta: '1m 52s · 214 words' };

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

  it('keeps the last rows, saying how many are above', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ gutter: '', text: `row ${i}` }));
    const clipped = clipToLastRows(rows, 4, 'Interviewer');
    expect(clipped.map((r) => r.text || r.dim)).toEqual(['⋮ 7 more lines above', 'row 7', 'row 8', 'row 9']);
    expect(clipped[0]?.gutter.trim()).toBe('Interviewer');
  });
});

describe('MessageList and StreamingText', () => {
  it('renders the chat like the sketch', () => {
    const { lastFrame } = render(
      <Box flexDirection="column">
        <MessageList messages={[question, answer]} width={80} />
        <StreamingText role="interviewer" text="What did you measure to know the rollout was safe?" maxRows={5} width={80} />
      </Box>,
    );
    expect(lastFrame()).toBe(
      [
        'Interviewer  Tell me about a time you had to push back on a deadline, and what',
        '             you did when the stakeholders disagreed.',
        'You          We had a billing migration due in two weeks… (1m 52s · 214 words)',
        'Interviewer  What did you measure to know the rollout was safe?▌',
      ].join('\n'),
    );
  });

  it('prints committed messages once while the live reply keeps changing', async () => {
    let reads = 0;
    const counted: TranscriptEntry = {
      id: 'q0',
      role: 'interviewer',
      get text() {
        reads++;
        return 'Introduce yourself.';
      },
    };
    const messages = [counted];
    const view = (text: string) => (
      <Box flexDirection="column">
        <MessageList messages={messages} width={80} />
        <StreamingText role="candidate" text={text} maxRows={3} width={80} />
      </Box>
    );
    const r = render(view(''));
    await tick();
    const afterFirst = reads;
    expect(afterFirst).toBeGreaterThan(0);
    for (const text of ['I', 'I lead', 'I lead the payments team']) {
      r.rerender(view(text));
      await tick();
    }
    expect(reads).toBe(afterFirst);
    expect(r.lastFrame()).toContain('You          I lead the payments team▌');
  });

  it('keeps the live reply within maxRows however long it grows', () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const { lastFrame } = render(<StreamingText role="interviewer" text={long} maxRows={4} width={40} />);
    const lines = lastFrame()!.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^Interviewer {2}⋮ \d+ more lines above$/);
    expect(lines[3]).toMatch(/word39▌$/);
    expect(lines.every((l) => stringWidth(l) <= 40)).toBe(true);
  });

  it('drops terminal control sequences a model might send', () => {
    const { lastFrame } = render(<StreamingText role="interviewer" text={'safe\u001b[2J text\u0007'} maxRows={2} width={40} cursor={false} />);
    expect(lastFrame()).toBe('Interviewer  safe text');
  });

  it('shows a continued part without repeating the speaker', () => {
    const { lastFrame } = render(<StreamingText role="interviewer" text="Second paragraph." continued maxRows={2} width={40} cursor={false} />);
    expect(lastFrame()).toBe('             Second paragraph.');
  });
});
