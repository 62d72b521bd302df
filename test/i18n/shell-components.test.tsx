// The shared components and helpers in 简体中文 and 繁體中文: what they write themselves (prefixes,
// notes, counts, dialogs, failure and activity lines, file-reading errors) has no English left, and
// what lines up by columns still does with two-column characters.
import fs from 'node:fs';
import path from 'node:path';
import { cleanup, render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { activityLine, failureLine } from '../../src/app/screen-data.js';
import { ConfirmDialog } from '../../src/components/ConfirmDialog.js';
import { ErrorBox } from '../../src/components/ErrorBox.js';
import { HelpOverlay } from '../../src/components/HelpOverlay.js';
import { MultiLineEditor } from '../../src/components/MultiLineEditor.js';
import { SelectList } from '../../src/components/SelectList.js';
import { Slider } from '../../src/components/Slider.js';
import { statusText } from '../../src/components/StatusLine.js';
import { layoutEntry } from '../../src/components/transcript.js';
import { readDocument } from '../../src/documents.js';
import { switchUiLanguage, type UiLanguage } from '../../src/i18n/index.js';
import { pressKey } from '../components/press.js';
import { tempDir } from '../helpers/tmp.js';
import { englishLeft } from './english-left.js';

afterEach(async () => {
  cleanup();
  await switchUiLanguage('en');
});

const none = (text: string): void => expect(englishLeft(text), text).toEqual([]);

describe.each(['zh-Hans', 'zh-Hant'] as UiLanguage[])('%s: the shared components', (lang) => {
  it('ErrorBox: the fix prefix, rows lined up under it, and the details line', async () => {
    await switchUiLanguage(lang);
    const fix = '打开 Bedrock 控制台，为这个账号开通所需的模型访问权限，然后回到这里再测试一次连接，通常几分钟内生效。';
    const { lastFrame } = render(<ErrorBox title="模型访问未开通" fix={fix} width={60} />);
    const rows = lastFrame()!.split('\n');
    // "mockview logs" is a command name.
    none(lastFrame()!.replace('mockview logs', ''));
    const first = rows.findIndex((r) => r.includes(lang === 'zh-Hans' ? '解决办法：' : '解決方法：'));
    expect(first).toBeGreaterThan(0);
    // The next row's text starts under the first row's text (the prefix is 10 columns wide).
    const textColumn = (row: string): number => stringWidth(row.slice(0, row.search(/[^\s│]/)));
    expect(textColumn(rows[first + 1]!)).toBe(textColumn(rows[first]!) + 10);
    for (const row of rows) expect(stringWidth(row)).toBeLessThanOrEqual(60);
  });

  it('the confirm dialog, the status line, failure and activity lines, transcript speakers', async () => {
    await switchUiLanguage(lang);
    const { lastFrame } = render(<ConfirmDialog question="删除？" onAnswer={() => {}} />);
    expect(lastFrame()).toContain('(y/N)');
    none(lastFrame()!);
    none(statusText({ label: '完成', tokensPerSecond: 48, firstTokenMs: 410 }));
    expect(statusText({ label: '完成', firstTokenMs: 410 })).toMatch(/0\.41 s/);
    for (const reason of ['conflict', 'not-found', 'damaged', 'locked', 'exists', 'invalid', 'read-only', 'io'] as const) {
      const line = failureLine('未保存', { ok: false, reason, message: '' });
      expect(line).toMatch(/^✗ 未保存：/);
      none(line);
    }
    const waiting = activityLine({ waiting: { file: '/home/a/.config/mockview/config.json', waitedMs: 3000 } } as never);
    expect(waiting).toContain('config.json');
    none(waiting);
    const [row] = layoutEntry({ id: '1', role: 'interviewer', text: '你好。' }, 60, '');
    none(row!.gutter);
    expect(stringWidth(row!.gutter)).toBe(13);
    none(layoutEntry({ id: '2', role: 'candidate', text: '好', cut: true }, 60).map((r) => r.gutter + r.text + (r.dim ?? '')).join('\n'));
  });

  it('the help overlay with its scroll note, a filterable list with nothing in it, the slider and its errors', async () => {
    await switchUiLanguage(lang);
    const hints = Array.from({ length: 20 }, (_, i) => ({ keys: `F${i}`, action: '操作' }));
    const help = render(<HelpOverlay groups={[{ title: '当前', hints }]} onClose={() => {}} maxRows={10} />);
    expect(help.lastFrame()).toMatch(/↑↓ .*\d+\/21/);
    none(help.lastFrame()!);
    help.unmount();
    const list = render(<SelectList items={[]} filterable onSelect={() => {}} />);
    none(list.lastFrame()!);
    list.unmount();
    function Harness() {
      const [value, setValue] = useState<number | undefined>(undefined);
      return <Slider label="温度" min={0} max={1} step={0.05} recommended={0.7} optional focused value={value} onChange={setValue} />;
    }
    const slider = render(<Harness />);
    none(slider.lastFrame()!);
    await pressKey(slider, '5');
    await pressKey(slider, '\r');
    expect(slider.lastFrame()).toMatch(/✗ 温度/);
    none(slider.lastFrame()!);
  });

  it('the answer editor says how many lines are out of sight', async () => {
    await switchUiLanguage(lang);
    const text = Array.from({ length: 12 }, (_, i) => `第 ${i + 1} 行`).join('\n');
    const { lastFrame } = render(<MultiLineEditor value={text} onChange={() => {}} onSubmit={() => {}} width={40} maxRows={4} />);
    expect(lastFrame()).toMatch(/↑ \d+/);
    none(lastFrame()!);
  });

  it('file-reading errors name the field and the file, in the interface language', async () => {
    await switchUiLanguage(lang);
    const dir = tempDir();
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '');
    const binary = path.join(dir, 'data.bin');
    fs.writeFileSync(binary, Buffer.from([1, 0, 2]));
    for (const file of [dir, empty, binary, path.join(dir, 'missing.txt')]) {
      const read = readDocument('职位描述', file);
      expect(read.ok).toBe(false);
      if (read.ok) continue;
      expect(read.error).toContain('职位描述');
      none(read.error);
    }
  });
});
