import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { SelectList, type SelectListProps } from '../../src/components/SelectList.js';
import { buildRows, moveBy, scrollTop, type SelectItem } from '../../src/components/select-rows.js';
import { pressKey } from './press.js';

const KEY = {
  up: '\u001b[A',
  down: '\u001b[B',
  pageUp: '\u001b[5~',
  pageDown: '\u001b[6~',
  home: '\u001b[H',
  end: '\u001b[F',
  enter: '\r',
  backspace: '\u007f',
};

const regions: SelectItem[] = Array.from({ length: 20 }, (_, i) => ({ key: `r${i + 1}`, label: `region-${i + 1}` }));
const catalog: SelectItem[] = [
  { key: 'c1', label: 'Claude 4.5 Sonnet', hint: '64K out', group: 'Anthropic' },
  { key: 'c2', label: 'Claude 4.5 Haiku', hint: '64K out', group: 'Anthropic' },
  { key: 'n1', label: 'Nova Pro', hint: '10K out', group: 'Amazon' },
  { key: 'n2', label: 'Nova Premier', hint: 'needs profile', group: 'Amazon', disabled: true },
  { key: 'l1', label: 'Llama 4 Maverick', hint: '8K out', group: 'Meta' },
];

function setup<T extends SelectItem>(props: Partial<SelectListProps<T>> & { items: readonly T[] }) {
  const selected: string[] = [];
  const highlighted: string[] = [];
  const r = render(
    <SelectList onSelect={(i) => selected.push(i.key)} onHighlight={(i) => highlighted.push(i.key)} {...props} />,
  );
  const press = async (...keys: string[]): Promise<void> => {
    for (const k of keys) await pressKey(r, k);
  };
  const activeLine = (): string | undefined => r.lastFrame()?.split('\n').find((l) => l.startsWith('› '));
  return { ...r, press, selected, highlighted, activeLine };
}

afterEach(() => cleanup());

describe('select rows', () => {
  it('groups items under headings in first-seen order and filters by every word', () => {
    const rows = buildRows(catalog, '');
    expect(rows.map((r) => (r.kind === 'heading' ? `# ${r.title}` : r.item.key))).toEqual([
      '# Anthropic', 'c1', 'c2', '# Amazon', 'n1', 'n2', '# Meta', 'l1',
    ]);
    const filtered = buildRows(catalog, 'claude haiku');
    expect(filtered.map((r) => (r.kind === 'heading' ? `# ${r.title}` : r.item.key))).toEqual(['# Anthropic', 'c2']);
    expect(buildRows(catalog, 'amazon').filter((r) => r.kind === 'item')).toHaveLength(2); // group names match too
  });

  it('skips headings and disabled items when moving', () => {
    const rows = buildRows(catalog);
    expect(moveBy(rows, 1, 2)).toBe(4); // c1 → c2 → (heading) n1
    expect(moveBy(rows, 4, 1)).toBe(7); // n1 → (disabled n2, heading) l1
    expect(moveBy(rows, 7, 10)).toBe(7);
  });

  it('scrolls as little as possible and keeps a group heading with its first item', () => {
    const rows = buildRows(catalog);
    expect(scrollTop(rows, 0, 4, 3)).toBe(2);
    expect(scrollTop(rows, 4, 4, 3)).toBe(3); // moving up onto n1 shows "Amazon" above it
  });
});

describe('SelectList', () => {
  it('moves with ↑/↓ and j/k and selects with Enter', async () => {
    const s = setup({ items: regions.slice(0, 5) });
    expect(s.activeLine()).toBe('› region-1');
    await s.press(KEY.down, 'j', 'j', 'k');
    expect(s.activeLine()).toBe('› region-3');
    await s.press(KEY.up, KEY.up, KEY.up);
    expect(s.activeLine()).toBe('› region-1');
    await s.press('jjj');
    expect(s.activeLine()).toBe('› region-4');
    await s.press('kk');
    expect(s.activeLine()).toBe('› region-2');
    await s.press(KEY.up);
    await s.press(KEY.enter);
    expect(s.selected).toEqual(['r1']);
  });

  it('windows long lists with "more" lines and PgUp/PgDn/Home/End', async () => {
    const s = setup({ items: regions, maxRows: 7 });
    let lines = s.lastFrame()!.split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]?.trim()).toBe('');
    expect(lines[6]).toBe('  ↓ 15 more');
    await s.press(KEY.pageDown);
    expect(s.activeLine()).toBe('› region-6');
    await s.press(KEY.pageDown);
    expect(s.activeLine()).toBe('› region-11');
    lines = s.lastFrame()!.split('\n');
    expect(lines[0]).toBe('  ↑ 6 more');
    expect(lines[6]).toBe('  ↓ 9 more');
    await s.press(KEY.end);
    expect(s.activeLine()).toBe('› region-20');
    expect(s.lastFrame()!.split('\n')[6]?.trim()).toBe('');
    await s.press(KEY.home);
    expect(s.activeLine()).toBe('› region-1');
    await s.press(KEY.pageUp);
    expect(s.activeLine()).toBe('› region-1');
  });

  it('shows group headings that cannot be selected, and skips disabled items', async () => {
    const s = setup({ items: catalog });
    const frame = s.lastFrame()!;
    expect(frame).toContain('Anthropic\n› Claude 4.5 Sonnet  64K out');
    await s.press(KEY.down, KEY.down);
    expect(s.activeLine()).toBe('› Nova Pro  10K out');
    await s.press(KEY.down);
    expect(s.activeLine()).toBe('› Llama 4 Maverick  8K out');
    await s.press(KEY.enter);
    expect(s.selected).toEqual(['l1']);
    expect(s.highlighted).toEqual(['c1', 'c2', 'n1', 'l1']);
  });

  it('filters by typing; Backspace edits the filter; j and k are letters then', async () => {
    const s = setup({ items: catalog, filterable: true });
    expect(s.lastFrame()).toContain('Filter: type to filter');
    await s.press('n', 'o', 'v', 'a');
    expect(s.lastFrame()).toContain('Filter: nova▏');
    expect(s.lastFrame()).not.toContain('Claude');
    expect(s.activeLine()).toBe('› Nova Pro  10K out');
    await s.press('x');
    expect(s.lastFrame()).toContain('Nothing matches.');
    await s.press(KEY.enter);
    expect(s.selected).toEqual([]);
    await s.press(KEY.backspace, KEY.backspace, KEY.backspace, KEY.backspace, KEY.backspace);
    expect(s.lastFrame()).toContain('Claude 4.5 Haiku');
    await s.press('j', 'k');
    expect(s.lastFrame()).toContain('Filter: jk');
    expect(s.lastFrame()).toContain('Nothing matches.');
  });

  it('keeps the highlighted item while the filter still shows it', async () => {
    const s = setup({ items: catalog, filterable: true, initialKey: 'c2' });
    expect(s.activeLine()).toBe('› Claude 4.5 Haiku  64K out');
    await s.press('c', 'l');
    expect(s.activeLine()).toBe('› Claude 4.5 Haiku  64K out');
    await s.press(KEY.enter);
    expect(s.selected).toEqual(['c2']);
  });

  it('ignores keys when not focused', async () => {
    const s = setup({ items: regions.slice(0, 3), focused: false });
    await s.press(KEY.down, KEY.enter);
    expect(s.selected).toEqual([]);
  });
});
