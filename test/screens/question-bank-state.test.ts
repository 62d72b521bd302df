// The question bank's transitions, without Ink.
import { describe, expect, it } from 'vitest';
import { MAX_PLANNED } from '../../src/interview/bank-questions.js';
import { hasTypedInput, initialBankState, questionBankReducer as reduce, type QuestionBankState } from '../../src/screens/question-bank-state.js';

const run = (s: QuestionBankState, ...actions: Parameters<typeof reduce>[1][]): QuestionBankState => actions.reduce(reduce, s);

describe('question bank state', () => {
  it('chooses and un-chooses questions in the order chosen, up to the interview maximum', () => {
    let s = run(initialBankState(), { type: 'toggle', id: 'b' }, { type: 'toggle', id: 'a' });
    expect(s.chosen).toEqual(['b', 'a']);
    s = reduce(s, { type: 'toggle', id: 'b' });
    expect(s.chosen).toEqual(['a']);
    const full = initialBankState(Array.from({ length: MAX_PLANNED }, (_, i) => `q${i}`));
    const over = reduce(full, { type: 'toggle', id: 'one-more' });
    expect(over.chosen).toHaveLength(MAX_PLANNED);
    expect(over.flash).toMatch(/at most/);
    expect(reduce(over, { type: 'key' }).flash).toBe('');
  });

  it('filters: / opens it, Enter keeps it, Esc clears it', () => {
    let s = run(initialBankState(), { type: 'start-filter' }, { type: 'filter', text: 'rate' });
    expect(s).toMatchObject({ mode: 'filter', filter: 'rate' });
    s = reduce(s, { type: 'keep-filter' });
    expect(s).toMatchObject({ mode: 'list', filter: 'rate' });
    s = run(s, { type: 'start-filter' }, { type: 'clear-filter' });
    expect(s).toMatchObject({ mode: 'list', filter: '' });
  });

  it('closes an untouched edit at once, but asks before dropping typed text; No returns to it', () => {
    let s = reduce(initialBankState(), { type: 'start-edit', text: 'Tell me about a conflict.' });
    expect(hasTypedInput(s)).toBe(false);
    expect(reduce(s, { type: 'escape' }).mode).toBe('list');
    s = reduce(s, { type: 'draft', text: 'Tell me about a conflict at work.' });
    s = reduce(s, { type: 'escape' });
    expect(s).toMatchObject({ mode: 'discard', discarding: 'edit' });
    const kept = reduce(s, { type: 'discard', yes: false });
    expect(kept).toMatchObject({ mode: 'edit', draftText: 'Tell me about a conflict at work.' });
    expect(reduce(s, { type: 'discard', yes: true })).toMatchObject({ mode: 'list', draftText: '' });
  });

  it('adds with the type and role of the highlighted question; Tab cycles the type', () => {
    let s = reduce(initialBankState(), { type: 'start-add', question: { type: 'technical', role: 'SRE' } });
    expect(s).toMatchObject({ mode: 'add', adding: { type: 'technical', role: 'SRE' }, draftText: '' });
    s = reduce(s, { type: 'cycle-add-type', delta: 1 });
    expect(s.adding.type).toBe('system-design');
    s = reduce(s, { type: 'edit-error', message: 'the question is empty (Esc cancels)' });
    expect(s.editError).toMatch(/empty/);
    expect(reduce(s, { type: 'draft', text: 'x' }).editError).toBeUndefined();
  });

  it('keeps the generate form between visits; Esc with changes asks, and yes restores it', () => {
    let s = reduce(initialBankState(), { type: 'open-form', question: { type: 'coding', role: 'Backend engineer' } });
    expect(s.form).toMatchObject({ role: 'Backend engineer', type: 'coding' });
    expect(reduce(s, { type: 'escape' }).mode).toBe('list'); // nothing typed yet
    s = reduce(s, { type: 'form', draft: { ...s.form, count: 12 } });
    s = reduce(s, { type: 'escape' });
    expect(s).toMatchObject({ mode: 'discard', discarding: 'form' });
    expect(reduce(s, { type: 'discard', yes: false })).toMatchObject({ mode: 'form', form: { count: 12 } });
    expect(reduce(s, { type: 'discard', yes: true })).toMatchObject({ mode: 'list', form: { count: 10 } });
  });

  it('goes back to the list after a generation with its outcome, the filter cleared and the first new question highlighted', () => {
    let s = run(initialBankState(['q1']), { type: 'filter', text: 'zzz' }, { type: 'generating', modelName: 'demo' });
    expect(s).toMatchObject({ mode: 'generating', generatingWith: 'demo' });
    s = reduce(s, { type: 'done', flash: '✓ Added 3 questions', clearFilter: true, cursorId: 'new1', unchoose: 'q1' });
    expect(s).toMatchObject({ mode: 'list', filter: '', cursorId: 'new1', flash: '✓ Added 3 questions', chosen: [] });
    s = reduce(s, { type: 'done', error: { title: 'Throttled' } });
    expect(s.error?.title).toBe('Throttled');
  });

  it('an edit whose question was removed elsewhere becomes an add of the text typed, with its type and role', () => {
    let s = run(
      initialBankState(),
      { type: 'start-edit', text: 'How do you keep a cache correct?', question: { id: 'q1', type: 'technical', role: 'SRE' } },
      { type: 'draft', text: 'How do you keep a cache correct today?' },
    );
    expect(s.editing).toEqual({ id: 'q1', type: 'technical', role: 'SRE' });
    s = reduce(s, { type: 'edit-lost', message: 'removed elsewhere' });
    expect(s).toMatchObject({ mode: 'add', adding: { type: 'technical', role: 'SRE' }, draftText: 'How do you keep a cache correct today?', editError: 'removed elsewhere' });
    expect(s.editing).toBeUndefined();
    // Typed text is still there: Esc asks before dropping it.
    expect(reduce(s, { type: 'escape' }).mode).toBe('discard');
    expect(reduce(s, { type: 'done', flash: '✓ Added.' }).editing).toBeUndefined();
  });

  it('ignores text from a line already closed (a key reaching its input after an asynchronous save)', () => {
    let s = run(initialBankState(), { type: 'start-add' }, { type: 'draft', text: 'First?', draftId: 1 });
    const closedId = s.draftId;
    s = run(s, { type: 'done', flash: '✓ Added.' });
    expect(reduce(s, { type: 'draft', text: 'First?a', draftId: closedId })).toBe(s); // list mode: nothing to type into
    s = reduce(s, { type: 'start-add' });
    expect(reduce(s, { type: 'draft', text: 'First?a', draftId: closedId }).draftText).toBe('');
    expect(reduce(s, { type: 'draft', text: 'Second?', draftId: s.draftId }).draftText).toBe('Second?');
  });
});
