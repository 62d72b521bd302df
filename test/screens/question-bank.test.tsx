import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Route } from '../../src/navigation.js';
import { openStore } from '../../src/store/index.js';
import type { BankQuestion } from '../../src/store/schema.js';
import { startFakeBedrock, type FakeBedrock } from '../fake-bedrock/server.js';
import { testConfig } from '../helpers/config.js';
import { KEYS, renderApp, waitForFrame, type ScreenApp } from '../helpers/ink.js';
import { tempDir } from '../helpers/tmp.js';

// The route is wired in src/screens/index.tsx by the lead; until then (and after) the shell's router
// gets the question bank screen for 'questions' and the real screens for everything else.
vi.mock('../../src/screens/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/screens/index.js')>();
  const { QuestionBankScreen } = await import('../../src/screens/QuestionBankScreen.js');
  return {
    ...original,
    ScreenFor: ({ route }: { route: Route }) => (route.screen === 'questions' ? <QuestionBankScreen /> : <original.ScreenFor route={route} />),
  };
});

const { down, enter, escape, tab, left, right, backspace } = KEYS;

let fake: FakeBedrock;
beforeAll(async () => {
  fake = await startFakeBedrock();
  process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME = fake.url;
});
afterAll(async () => {
  delete process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME;
  await fake.close();
});

const Q: BankQuestion[] = [
  { id: 'aaaa0001', text: 'Tell me about a time you pushed back on a deadline.', type: 'behavioural', role: 'Backend engineer', createdAt: '2025-01-01T00:00:00.000Z', source: 'manual' },
  { id: 'aaaa0002', text: 'Design a rate limiter shared by many API servers.', type: 'system-design', role: 'Backend engineer', createdAt: '2025-01-01T00:00:00.000Z', source: 'manual' },
  { id: 'aaaa0003', text: 'How do you keep a cache correct?', type: 'technical', role: 'Platform engineer', createdAt: '2025-01-01T00:00:00.000Z', source: 'manual' },
];

function seeded() {
  const store = openStore({ dataDir: tempDir() });
  store.addQuestions(Q);
  return store;
}

const open = (store = seeded()) => renderApp({ screen: 'questions' }, { store });
type App = ScreenApp;
/** Presses a key that opens a text field and waits until the field takes keys (its hints show). */
async function opening(app: App, key: string, hints: RegExp): Promise<void> {
  await app.press(key);
  await waitForFrame(app.frame, hints);
}
const openForm = (app: App) => opening(app, 'g', /Esc close/);
const texts = (store: ReturnType<typeof seeded>) => store.listQuestions().map((q) => q.text);

describe('question bank screen', () => {
  it('lists stored questions with their type and role', async () => {
    const app = await open();
    const f = app.frame();
    expect(f).toContain('Question bank · 3 questions · 0 chosen');
    expect(f).toMatch(/›\s+Behavioural\s+Backend engineer\s+Tell me about a time you pushed back/);
    expect(f).toMatch(/System design\s+Backend engineer\s+Design a rate limiter/);
    expect(f).toMatch(/Technical\s+Platform engineer\s+How do you keep a cache correct\?/);
    app.unmount();
  });

  it('says how to fill an empty bank', async () => {
    const app = await open(openStore({ dataDir: tempDir() }));
    expect(app.frame()).toContain('The bank is empty. Press g to generate questions with demo, or a to add your own.');
    app.unmount();
  });

  it('toggles questions as chosen with Space and Enter', async () => {
    const app = await open();
    await app.press(' ', down, enter);
    expect(app.frame()).toContain('2 chosen');
    expect(app.frame().match(/✓/g)).toHaveLength(2);
    await app.press(' ');
    expect(app.frame()).toContain('1 chosen');
    expect(app.frame()).toMatch(/ ✓ Behavioural/);
    app.unmount();
  });

  it('filters by typing after /, and Esc clears the filter', async () => {
    const app = await open();
    await opening(app, '/', /Enter keep filter/);
    await app.press('c', 'a', 'c', 'h', 'e');
    expect(app.frame()).toContain('How do you keep a cache correct?');
    expect(app.frame()).not.toContain('Design a rate limiter');
    await app.press(enter);
    expect(app.frame()).toContain('(1 of 3');
    await app.press(' ');
    expect(app.frame()).toMatch(/› ✓ Technical/);
    await app.press(escape);
    expect(app.frame()).toContain('Design a rate limiter');
    app.unmount();
  });

  it('edits the highlighted question inline: Enter saves, Esc cancels', async () => {
    const store = seeded();
    const app = await open(store);
    await app.press(down);
    await opening(app, 'e', /Enter save/);
    expect(app.frame()).toContain('✎');
    await app.press(backspace, ' for a whole region?');
    await app.press(enter);
    await waitForFrame(app.frame, /✓ Saved\./);
    expect(texts(store)[1]).toBe('Design a rate limiter shared by many API servers for a whole region?');
    await opening(app, 'e', /Enter save/);
    await app.press('zzz', escape);
    // Something was typed: Esc asks first; yes drops it and keeps the stored question.
    await waitForFrame(app.frame, /Discard your changes\?/);
    await app.press('y');
    expect(texts(store)[1]).toBe('Design a rate limiter shared by many API servers for a whole region?');
    await waitForFrame(app.frame, /^(?![\s\S]*zzz)/);
    app.unmount();
  });

  it('adds a question of your own with a, its type and role from the highlighted one, Tab changing the type', async () => {
    const store = seeded();
    const app = await open(store);
    await opening(app, 'a', /Enter add/);
    await app.press('What would you do differently next time?', tab);
    await waitForFrame(app.frame, /\+ Technical/);
    await app.press(enter);
    await waitForFrame(app.frame, /✓ Added\./);
    const added = store.listQuestions().find((q) => q.text === 'What would you do differently next time?');
    expect(added).toMatchObject({ type: 'technical', role: 'Backend engineer', source: 'manual' });
    // The same question again is refused, and nothing is added.
    await opening(app, 'a', /Enter add/);
    await app.press('What would you do differently next time?', enter);
    await waitForFrame(app.frame, /already in the bank/);
    await app.press(escape);
    expect(store.listQuestions()).toHaveLength(4);
    app.unmount();
  });

  it('adds to an empty bank too', async () => {
    const store = openStore({ dataDir: tempDir() });
    const app = await open(store);
    expect(app.frame()).toContain('a to add your own');
    await opening(app, 'a', /Enter add/);
    await app.press('Tell me about yourself.', enter);
    await waitForFrame(app.frame, /✓ Added\./);
    expect(store.listQuestions()).toMatchObject([{ text: 'Tell me about yourself.', type: 'behavioural', role: '', source: 'manual' }]);
    app.unmount();
  });

  it('deletes only after confirmation', async () => {
    const store = seeded();
    const app = await open(store);
    await app.press(down, 'x');
    expect(app.frame()).toContain('Delete “Design a rate limiter shared by many API servers.”? (y/N)');
    await app.press('n');
    expect(store.listQuestions()).toHaveLength(3);
    await app.press('x', 'y');
    await waitForFrame(app.frame, /✓ Deleted\./);
    expect(store.listQuestions().map((q) => q.id)).toEqual(['aaaa0001', 'aaaa0003']);
    expect(app.frame()).not.toContain('Design a rate limiter');
    expect(app.frame()).toContain('2 questions');
    app.unmount();
  });

  it('s opens the interview setup with the chosen questions, in the order chosen', async () => {
    const store = seeded();
    const app = await open(store);
    await app.press('s');
    expect(app.frame()).toContain('Choose questions first');
    await app.press(down, ' ', 'k', ' ', 's');
    const f = await waitForFrame(app.frame, /Interview › Setup/);
    expect(f).toMatch(/Type\s+◂ System design ▸/);
    expect(f).toMatch(/Role\s+Backend engineer/);
    expect(f).toMatch(/Questions\s+◂ 2 ▸/);
    // Opening the setup saves nothing; back from it, the choice is still there.
    expect(store.listSessions()).toEqual([]);
    await app.press(escape);
    await waitForFrame(app.frame, /2 chosen/);
    await app.press('s');
    await waitForFrame(app.frame, /Interview › Setup/);
    expect(store.listQuestions()).toEqual(Q);
    await app.press(enter); // focus starts on [ Start interview ] when the role is filled
    const [summary] = await vi.waitFor(() => {
      const sessions = store.listSessions();
      if (sessions.length === 0) throw new Error('no session started');
      return sessions;
    });
    expect(store.getSession(summary!.id)?.setup.plannedQuestions).toEqual([Q[1]!.text, Q[0]!.text]);
    app.unmount();
  });

  it('generates questions with the demo and adds them to the bank', async () => {
    const store = openStore({ dataDir: tempDir() });
    const app = await open(store);
    await openForm(app);
    expect(app.frame()).toContain('Generate questions · model: demo');
    await app.press(enter); // empty role: Enter moves on; the check comes at Generate
    await app.press(right, tab); // technical
    for (let i = 0; i < 8; i++) await app.press(left); // 10 → 2
    expect(app.frame()).toMatch(/How many\s+◂ 2 ▸/);
    await app.press(tab, tab, enter);
    expect(app.frame()).toContain('✗ role is empty');
    await app.press(tab, 'Data engineer', tab, tab, tab, tab, enter);
    await waitForFrame(app.frame, /generating with demo|asking demo/, 2000);
    await waitForFrame(app.frame, /✓ Added 2 questions from 'demo'\./, 8000);
    const stored = store.listQuestions();
    expect(stored).toHaveLength(2);
    for (const q of stored) expect(q).toMatchObject({ type: 'technical', role: 'Data engineer', source: 'demo' });
    expect(app.frame()).toContain(stored[0]!.text.slice(0, 30));
    app.unmount();
  });

  it('Esc cancels a generation and adds nothing', async () => {
    const app = await open();
    await openForm(app);
    await app.press(tab, tab, tab, tab, enter);
    await waitForFrame(app.frame, /(asking|generating with) demo .*Esc cancels/);
    await app.press(escape);
    await waitForFrame(app.frame, /Cancelled; nothing was added\./);
    expect(app.store.listQuestions()).toHaveLength(3);
    app.unmount();
  });

  it('names a JD file it cannot read, in the form', async () => {
    const app = await open();
    await openForm(app);
    await app.press(tab, tab, tab, '/no/such/jd.txt', tab, enter);
    expect(app.frame()).toContain('✗ job description: cannot read /no/such/jd.txt (no such file)');
    expect(app.store.listQuestions()).toHaveLength(3);
    app.unmount();
  });

  it('shows the classified error with its fix when the model fails', async () => {
    fake.setScenario({ kind: 'httpError', error: 'accessDenied' });
    const store = openStore({ dataDir: tempDir() });
    store.addModel(testConfig({ name: 'Haiku' }));
    const app = await open(store);
    await openForm(app);
    await app.press('SRE', tab, tab, tab, tab, enter);
    const f = await waitForFrame(app.frame, /Fix:/, 8000);
    expect(f).toMatch(/✗ No access to/);
    expect(f).toContain('Model access');
    expect(f).toMatch(/entry [0-9a-f]+/);
    expect(store.listQuestions()).toEqual([]);
    expect(store.listLogs()[0]).toMatchObject({ kind: 'questions', errorClass: 'model-access-denied' });
    app.unmount();
  });

  it('says when the reply had no questions, and logs the reply', async () => {
    fake.setScenario({ kind: 'normal', text: 'I would rather not.' });
    const store = openStore({ dataDir: tempDir() });
    store.addModel(testConfig({ name: 'Haiku' }));
    const app = await open(store);
    await openForm(app);
    await app.press('SRE', tab, tab, tab, tab, enter);
    await waitForFrame(app.frame, /no questions I could read/, 8000);
    await vi.waitFor(() => expect(store.listLogs()[0]).toMatchObject({ kind: 'questions', details: { message: 'I would rather not.' } }));
    app.unmount();
  });
});
