// Tables with CJK and emoji text line up by display width and never run past the terminal's edge
// (the screen tests' terminal is 100 columns wide): a wide character takes two columns, not one.
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { testConfig } from '../helpers/config.js';
import { renderApp, cleanup, SCREEN, type ScreenApp } from '../helpers/ink.js';
import { tempDir } from '../helpers/tmp.js';
import { eventually } from '../components/press.js';

afterEach(() => cleanup());

const CJK = '后端工程师（支付平台）资深';
const LONG = 'Platform engineer for very large distributed payment systems across regions';

/** The display column where `needle` starts on the line that contains `row`. */
function columnOf(frame: string, row: string, needle: string): number {
  const line = frame.split('\n').find((l) => l.includes(row));
  if (!line) throw new Error(`no line with ${row}:\n${frame}`);
  const at = line.indexOf(needle, line.indexOf(row));
  if (at < 0) throw new Error(`no ${needle} after ${row} in: ${line}`);
  return stringWidth(line.slice(0, at));
}

/** No row of the frame, nor of any frame before it, ran past the terminal's right edge. */
function expectWithinWidth(app: ScreenApp): void {
  for (const line of app.frame().split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(SCREEN.columns);
  expect(app.tooWide()).toEqual([]);
}

function withSessions(): Store {
  const store = openStore({ dataDir: tempDir() });
  const at = '2026-03-01T10:00:00.000Z';
  for (const [id, role] of [['s1', 'SRE'], ['s2', CJK], ['s3', `🚀 ${LONG}`]] as const) {
    store.saveSession({
      version: 1,
      id,
      createdAt: at,
      updatedAt: at,
      status: 'finished',
      setup: { type: 'behavioural', role, level: 'mid', questionCount: 1, language: 'English', modelName: 'demo' },
      modelLabel: 'Offline demo',
      turns: [{ role: 'interviewer', text: 'Tell me about yourself.', at, questionNumber: 1 }],
    });
  }
  return store;
}

describe('tables measured in display columns', () => {
  it('History: the model column starts at the same column after an ASCII, a CJK and an emoji role', async () => {
    const app = await renderApp({ screen: 'history' }, { store: withSessions() });
    await eventually(() => expect(app.frame()).toContain('后端'));
    const f = app.frame();
    const ascii = columnOf(f, 'SRE', 'demo');
    expect(columnOf(f, '后端', 'demo')).toBe(ascii);
    expect(columnOf(f, '🚀', 'demo')).toBe(ascii);
    expect(f).toContain('…'); // the long role is cut with an ellipsis
    expectWithinWidth(app);
  });

  it('Models: a CJK model name keeps the columns after it in line', async () => {
    const store = openStore({ dataDir: tempDir() });
    store.addModel(testConfig({ name: 'Claude' }));
    store.addModel(testConfig({ name: '工作用的克劳德模型配置名称很长' }));
    const app = await renderApp({ screen: 'models' }, { store });
    await eventually(() => expect(app.frame()).toContain('工作'));
    const f = app.frame();
    expect(columnOf(f, '工作', 'us-east-1')).toBe(columnOf(f, 'Claude ', 'us-east-1'));
    expectWithinWidth(app);
  });

  it('Question bank: CJK roles and a long question stay in their columns and inside the width', async () => {
    const store = openStore({ dataDir: tempDir() });
    store.addQuestions([
      { id: 'q1', text: '请描述一次你推动跨团队合作的经历，以及你如何衡量它的结果和影响，越具体越好，包括数字和时间线', type: 'behavioural', role: CJK, createdAt: '2025-01-01T00:00:00.000Z', source: 'manual' },
      { id: 'q2', text: `Tell me about ${LONG} ${LONG}`, type: 'behavioural', role: 'SRE', createdAt: '2025-01-01T00:00:00.000Z', source: 'manual' },
    ]);
    const app = await renderApp({ screen: 'questions' }, { store });
    await eventually(() => expect(app.frame()).toContain('请描述'));
    const f = app.frame();
    expect(columnOf(f, '后端', '请描述')).toBe(columnOf(f, 'SRE', 'Tell me'));
    expectWithinWidth(app);
    expect(f.split('\n').filter((l) => l.includes('…')).length).toBeGreaterThanOrEqual(2);
  });

  it('Logs: a CJK model name keeps the class and message columns in line', async () => {
    const store = openStore({ dataDir: tempDir() });
    store.appendLog({ level: 'error', kind: 'test', configName: 'Claude', errorClass: 'throttled', message: 'ascii row' });
    store.appendLog({ level: 'error', kind: 'test', configName: '克劳德模型配置', errorClass: 'throttled', message: 'cjk row' });
    const app = await renderApp({ screen: 'logs' }, { store });
    await eventually(() => expect(app.frame()).toContain('克劳德'));
    const f = app.frame();
    expect(columnOf(f, '克劳德', 'throttled')).toBe(columnOf(f, 'Claude', 'throttled'));
    expectWithinWidth(app);
  });
});
