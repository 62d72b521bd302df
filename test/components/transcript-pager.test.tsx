import { describe, expect, it } from 'vitest';
import { pagerRows, scrollPager } from '../../src/components/TranscriptPager.js';

describe('reading back', () => {
  it('lays the transcript out as it was printed: speaker gutters, a blank row before later paragraphs', () => {
    const rows = pagerRows(
      [
        { id: 'a', role: 'interviewer', text: 'First paragraph.' },
        { id: 'b', role: 'interviewer', text: 'Second paragraph.', continued: true },
        { id: 'c', role: 'candidate', text: 'My answer.' },
      ],
      60,
    );
    expect(rows.map((r) => `${r.row.gutter}${r.row.text}`.trimEnd())).toEqual(['Interviewer  First paragraph.', '', '             Second paragraph.', 'You          My answer.']);
  });

  it('scrolls within the rows and leaves other keys alone', () => {
    expect(scrollPager(10, 100, 20, { upArrow: true })).toBe(9);
    expect(scrollPager(0, 100, 20, { pageUp: true })).toBe(0);
    expect(scrollPager(70, 100, 20, { pageDown: true })).toBe(80);
    expect(scrollPager(5, 100, 20, { end: true })).toBe(80);
    expect(scrollPager(5, 10, 20, { downArrow: true })).toBe(0);
    expect(scrollPager(5, 100, 20, {})).toBeUndefined();
  });
});
