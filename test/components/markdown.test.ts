import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { markdownRows } from '../../src/components/markdown.js';

const texts = (md: string, w = 40): string[] => markdownRows(md, w).map((r) => r.text);

describe('markdownRows', () => {
  it('styles bold, italics and inline code without their markers', () => {
    const [row] = markdownRows('Say **why** it *matters* with `p99`.', 60);
    expect(row!.text).toBe('Say why it matters with p99.');
    expect(row!.spans.find((s) => s.text === 'why')?.bold).toBe(true);
    expect(row!.spans.find((s) => s.text === 'matters')?.italic).toBe(true);
    expect(row!.spans.find((s) => s.text === 'p99')?.code).toBe(true);
  });

  it('draws headings, bullet and numbered lists with hanging indents, and code blocks indented', () => {
    const rows = texts('# Plan\n\n- first point that is long enough to wrap onto a second row\n- second\n\n1. one\n2. two\n\n```js\nconst x = 1;\n```', 30);
    expect(rows[0]).toBe('Plan');
    expect(rows).toContain('• first point that is long');
    expect(rows).toContain('  enough to wrap onto a second');
    expect(rows).toContain('• second');
    expect(rows).toContain('1. one');
    expect(rows).toContain('2. two');
    expect(rows).toContain('  const x = 1;');
    expect(rows.join('\n')).not.toMatch(/[*`#]/);
  });

  it('wraps Chinese by display width, never past the width, between whole characters', () => {
    const md = '我在支付团队工作了八年，负责把账本迁移到**事件溯源架构**，并把对账时间从三天缩短到四个小时。\n\n- 第一点：指标\n- 第二点：回滚';
    for (const w of [20, 21, 37]) {
      const rows = texts(md, w);
      for (const r of rows) expect(stringWidth(r)).toBeLessThanOrEqual(w);
      expect(rows.join('').replace(/[•\s]/g, '')).toContain('事件溯源架构，并把对账时间');
    }
  });

  it('keeps a CJK table within the width', () => {
    const md = '| 指标 | 结果 |\n| --- | --- |\n| 对账时间 | 从三天缩短到四个小时，团队很满意，这是一个很长的单元格内容 |';
    for (const r of texts(md, 40)) expect(stringWidth(r)).toBeLessThanOrEqual(40);
    expect(texts('| a | b |\n|---|---|\n| 1 | 2 |', 40)).toEqual(['a │ b', '──┼──', '1 │ 2']);
  });

  it('keeps single line breaks and separates paragraphs by one blank row', () => {
    expect(texts('one\ntwo\n\nthree')).toEqual(['one', 'two', '', 'three']);
  });

  it('shows an unfinished bold marker as written while the reply streams', () => {
    expect(texts('Tell me **about')).toEqual(['Tell me **about']);
  });
});
