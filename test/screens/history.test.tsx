import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Route } from '../../src/navigation.js';
import { progressByType, sparkline } from '../../src/screens/sparkline.js';
import { openStore } from '../../src/store/index.js';
import type { Feedback, Session } from '../../src/store/schema.js';
import type { Store } from '../../src/store/types.js';
import { fillsScreen, KEYS, renderApp, waitForFrame } from '../helpers/ink.js';
import { tempDir } from '../helpers/tmp.js';

/** The real app shell at a route, on this store. */
const renderScreen = (route: Route, store: Store) => renderApp(route, { store });


function graded(score: number): Feedback {
  return {
    kind: 'graded',
    graderModel: 'demo',
    overall: { score, band: score >= 60 ? 'Solid' : 'Developing', summary: `Summary for ${score}.` },
    droppedQuotes: 0,
    questions: [{ questionNumber: 1, question: 'Tell me about yourself.', scores: { star: 3, specificity: 3, impact: 3, relevance: 3 }, strengths: [], improvements: [], betterAnswer: '', evidence: [] }],
  };
}

function session(id: string, day: number, opts: { type?: Session['setup']['type']; status?: Session['status']; feedback?: Feedback; role?: string } = {}): Session {
  const at = `2026-03-0${day}T10:00:00.000Z`;
  return {
    version: 1,
    id,
    createdAt: at,
    updatedAt: at,
    status: opts.status ?? 'finished',
    setup: { type: opts.type ?? 'behavioural', role: opts.role ?? 'Backend engineer', level: 'mid', questionCount: 1, language: 'English', modelName: 'demo' },
    modelLabel: 'Offline demo',
    turns: [
      { role: 'interviewer', text: 'Tell me about yourself.', at, questionNumber: 1 },
      { role: 'candidate', text: 'I build payment systems and I led a migration last year.', at, questionNumber: 1 },
    ],
    ...(opts.feedback ? { feedback: opts.feedback } : {}),
  };
}

function seeded(): Store {
  const store = openStore({ dataDir: tempDir() });
  store.saveSession(session('s1-old', 1, { feedback: graded(48) }));
  store.saveSession(session('s2-mid', 2, { feedback: graded(71), role: 'Platform lead' }));
  store.saveSession(session('s3-new', 3, { type: 'technical', status: 'in-progress', role: 'SRE' }));
  return store;
}

/** The list once the sessions are loaded: a row with a date and a status. */
const LISTED = /\d{4}-\d\d-\d\d \d\d:\d\d .*(finished|unfinished)/;

describe('history screen', () => {
  it('lists sessions newest first with score, status and a progress sparkline', async () => {
    const app = await renderScreen({ screen: 'history' }, seeded());
    await waitForFrame(app.frame, LISTED);
    const f = app.frame();
    const rows = f.split('\n');
    const newest = rows.findIndex((r) => r.includes('SRE'));
    const oldest = rows.findIndex((r) => r.includes('2026-03-01'));
    expect(newest).toBeGreaterThan(0);
    expect(newest).toBeLessThan(oldest);
    expect(rows[newest]).toMatch(/Technical .*—.*○ unfinished/);
    expect(rows[oldest]).toMatch(/Behavioural .* 48 ✓ finished/);
    expect(f).toMatch(/Platform lead .* 71 ✓ finished/);
    expect(f).toContain('Progress');
    expect(f).toContain(`behavioural ${sparkline([48, 71])} 48→71`);
    expect(f).not.toMatch(/technical [▁-█]/);
    expect(fillsScreen(f)).toBe(true); // frames fill the terminal, no more
  });

  it('opens feedback for a finished session and resumes an unfinished one', async () => {
    const app = await renderScreen({ screen: 'history' }, seeded());
    await waitForFrame(app.frame, LISTED);
    await app.press(KEYS.enter); // newest: unfinished
    await waitForFrame(app.frame, / mockview · .* Q\d+\/\d+/); // the interview screen, resumed

    const again = await renderScreen({ screen: 'history' }, seeded());
    await waitForFrame(again.frame, LISTED);
    await again.press(KEYS.down, KEYS.enter);
    expect(again.frame()).toContain('71/100 · Solid');
    expect(again.frame()).toContain('Summary for 71.');
    await again.press(KEYS.escape);
    expect(again.frame()).toContain('History');
  });

  it('r resumes explicitly, and only unfinished sessions', async () => {
    const app = await renderScreen({ screen: 'history' }, seeded());
    await waitForFrame(app.frame, LISTED);
    await app.press(KEYS.down, 'r');
    expect(app.frame()).toContain('finished: Enter shows its feedback');
    await app.press(KEYS.up, 'r');
    await waitForFrame(app.frame, / mockview · .* Q\d+\/\d+/); // the interview screen, resumed
  });

  it('asks before deleting, and n keeps the session', async () => {
    const store = seeded();
    const app = await renderScreen({ screen: 'history' }, store);
    await waitForFrame(app.frame, LISTED);
    await app.press('x');
    expect(app.frame()).toMatch(/Delete the Technical interview from 2026-03-03 10:00 \(SRE\)\? \(y\/N\)/);
    await app.press('n');
    expect(store.getSession('s3-new')).toBeDefined();
    await app.press('x', 'y');
    await waitForFrame(app.frame, /Deleted the interview/);
    expect(store.getSession('s3-new')).toBeUndefined();
    expect(store.listSessions()).toHaveLength(2);
    expect(app.frame()).not.toContain('SRE');
    expect(app.frame()).toContain('Deleted');
  });

  it('exports the selected session as Markdown (0600) under exports/', async () => {
    const store = seeded();
    const app = await renderScreen({ screen: 'history' }, store);
    await waitForFrame(app.frame, LISTED);
    await app.press(KEYS.down, 'e');
    const file = path.join(store.paths.dir, 'exports', 's2-mid.md');
    expect(app.frame()).toContain('Exported to');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(file, 'utf8')).toContain('Overall: 71/100');
  });

  it('shows the empty state', async () => {
    const app = await renderScreen({ screen: 'history' }, openStore({ dataDir: tempDir() }));
    await waitForFrame(app.frame, /No interviews yet — start one from Home\./);
  });

  it('keeps a long history within the terminal', async () => {
    const store = openStore({ dataDir: tempDir() });
    for (let i = 0; i < 40; i++) {
      const s = session(`s-${String(i).padStart(2, '0')}`, 1 + (i % 9), { feedback: graded(40 + i) });
      store.saveSession(s);
    }
    const app = await renderScreen({ screen: 'history' }, store);
    await waitForFrame(app.frame, LISTED);
    expect(fillsScreen(app.frame())).toBe(true); // frames fill the terminal, no more
    expect(app.frame()).toMatch(/↓ \d+ more/);
    await app.press(KEYS.end);
    expect(app.frame()).toMatch(/↑ \d+ more/);
    expect(fillsScreen(app.frame())).toBe(true); // frames fill the terminal, no more
  });
});

describe('sparkline', () => {
  it('maps scores oldest → newest on a fixed 0–100 scale', () => {
    expect(sparkline([0, 50, 100])).toBe('▁▄█');
    const [p] = progressByType([
      { id: 'b', createdAt: '2026-03-02', updatedAt: '', status: 'finished', type: 'coding', role: 'x', level: 'mid', modelName: 'm', modelLabel: '', questionsAsked: 1, score: 80 },
      { id: 'a', createdAt: '2026-03-01', updatedAt: '', status: 'finished', type: 'coding', role: 'x', level: 'mid', modelName: 'm', modelLabel: '', questionsAsked: 1, score: 30 },
    ]);
    expect(p?.line).toBe(`coding ${sparkline([30, 80])} 30→80`);
  });
});
