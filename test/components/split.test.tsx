import { describe, expect, it } from 'vitest';
import { finishedParagraphs, lastSafeSplitPoint } from '../../src/components/split.js';

const fence = '```';

describe('lastSafeSplitPoint', () => {
  it.each<[string, string, string]>([
    ['no paragraph break yet', 'One paragraph still streaming', ''],
    ['a single newline is not a break', 'line one\nline two', ''],
    ['after the last blank line', 'paragraph1\n\nparagraph2\n\nparagraph3', 'paragraph1\n\nparagraph2\n\n'],
    ['a blank line that has fully arrived', 'done.\n\n', 'done.\n\n'],
    ['a blank line still arriving is not a break', 'done.\n', ''],
    ['blank lines of spaces count', 'one\n  \ntwo', 'one\n  \n'],
    ['leading blank lines are not worth committing', '\n\nHello', ''],
    ['not inside an open code fence', `Intro.\n\n${fence}ts\nconst a = 1;\n\nconst b = 2;\n`, 'Intro.\n\n'],
    ['after a closed code fence', `Intro.\n\n${fence}\ncode\n\nmore\n${fence}\n\nAfter.`, `Intro.\n\n${fence}\ncode\n\nmore\n${fence}\n\n`],
    ['tilde fences too', 'A.\n\n~~~\nx\n\ny', 'A.\n\n'],
    ['a longer closing fence closes', `A.\n\n${fence}\nx\n\`\`\`\`\n\nB`, `A.\n\n${fence}\nx\n\`\`\`\`\n\n`],
    ['a fence with text after it does not close', `A.\n\n${fence}\nx\n${fence} not a close\n\nB`, 'A.\n\n'],
    ['CJK paragraphs', '第一段。\n\n第二段', '第一段。\n\n'],
  ])('%s', (_name, text, committed) => {
    const at = lastSafeSplitPoint(text);
    expect(text.slice(0, at)).toBe(committed);
  });
});

describe('finishedParagraphs', () => {
  it('cuts a text into its finished paragraphs and the rest, skipping blank ones', () => {
    const text = 'One.\n\nTwo\nlines.\n\n\n\nThree still';
    const { paragraphs, rest } = finishedParagraphs(text);
    expect(paragraphs).toEqual(['One.\n\n', 'Two\nlines.\n\n']);
    expect(text.slice(rest)).toBe('Three still');
    expect(paragraphs.join('') + text.slice(rest)).toBe(text.replace('\n\n\n\n', '\n\n'));
  });

  it('keeps a fenced block whole and has nothing finished before the first break', () => {
    expect(finishedParagraphs('Just one')).toEqual({ paragraphs: [], rest: 0 });
    const text = 'A.\n\n```\nx\n\ny\n```\n\nB';
    expect(finishedParagraphs(text).paragraphs).toEqual(['A.\n\n', '```\nx\n\ny\n```\n\n']);
  });
});
