// The model form's transitions, without Ink.
import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../src/screens/model-draft.js';
import { fieldsOf, initialFormState, isDirty, modelFormReducer as reduce, type ModelFormState } from '../../src/screens/model-form-state.js';

const fresh = (advanced = false): ModelFormState => initialFormState(emptyDraft({}), { advanced });

describe('model form state', () => {
  it('moves between the fields on screen, wrapping at both ends, and marks the field left as touched', () => {
    let s = fresh();
    expect(s.focus).toBe('name');
    s = reduce(s, { type: 'move', delta: 1 });
    expect(s.focus).toBe('auth');
    expect(s.touched).toEqual(['name']);
    s = reduce(s, { type: 'move', delta: -2 });
    expect(s.focus).toBe('save');
    expect(fieldsOf(s).at(-1)).toBe('save');
  });

  it('shows the advanced fields once the panel is open', () => {
    const s = reduce(fresh(), { type: 'toggle-advanced' });
    expect(fieldsOf(s)).toContain('temperature');
    expect(fieldsOf(fresh())).not.toContain('temperature');
  });

  it('changes the auth fields with the auth type', () => {
    let s = reduce(fresh(), { type: 'move', delta: 1 });
    s = reduce(s, { type: 'cycle-auth', delta: 1 });
    expect(s.draft.authType).toBe('iam');
    expect(fieldsOf(s)).toEqual(expect.arrayContaining(['accessKeyId', 'secretAccessKey', 'sessionToken']));
    expect(fieldsOf(s)).not.toContain('apiKey');
    s = reduce(s, { type: 'cycle-auth', delta: -2 });
    expect(s.draft.authType).toBe('profile');
  });

  it('is dirty once anything typed differs from what it opened with, and Esc then asks', () => {
    let s = fresh();
    expect(isDirty(s)).toBe(false);
    s = reduce(s, { type: 'edit', patch: { name: 'Work' } });
    expect(isDirty(s)).toBe(true);
    s = reduce(s, { type: 'ask-discard' });
    expect(s.overlay).toBe('discard');
    s = reduce(s, { type: 'close' });
    expect(s.overlay).toBe('none');
    expect(s.draft.name).toBe('Work'); // "no" keeps everything
  });

  it('refits the parameters to a model picked from the catalog', () => {
    let s = reduce(fresh(true), { type: 'open', overlay: 'catalog' });
    s = reduce(s, { type: 'edit', patch: { params: { ...s.draft.params, maxTokens: 60000 } } });
    s = reduce(s, { type: 'pick-model', modelId: 'amazon.titan-text-express-v1' });
    expect(s.overlay).toBe('none');
    expect(s.draft.modelId).toBe('amazon.titan-text-express-v1');
    expect(s.draft.params.maxTokens).toBeLessThanOrEqual(8192);
    expect(s.draft.params.topK).toBeUndefined();
    expect(s.touched).toContain('modelId');
  });

  it('applies a preset in one key and says so; an unknown key changes nothing', () => {
    const s0 = fresh(true);
    const s = reduce(s0, { type: 'preset', key: 'c', modelName: 'Claude Sonnet 4.5' });
    expect(s.draft.params.maxTokens).toBe(4096);
    expect(s.flash).toMatch(/Code generation/);
    expect(reduce(s0, { type: 'preset', key: 'z', modelName: '' })).toBe(s0);
  });

  it('cycles regions, keeps a test result, and lands on Save after a successful test', () => {
    let s = reduce(fresh(), { type: 'cycle-region', delta: 1 });
    expect(s.draft.region).not.toBe('us-east-1');
    s = reduce(s, { type: 'tested', result: { ok: true, at: '2026-11-30T00:00:00.000Z', firstTokenMs: 300 } });
    expect(s.lastTest?.ok).toBe(true);
    s = reduce(reduce(s, { type: 'open', overlay: 'test' }), { type: 'after-test-save' });
    expect(s).toMatchObject({ overlay: 'none', focus: 'save' });
    s = reduce(s, { type: 'refused', message: 'Cannot save yet: 1 problem to fix.' });
    expect(s).toMatchObject({ saveTried: true, flash: 'Cannot save yet: 1 problem to fix.' });
    s = reduce(s, { type: 'use-profile', profileId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' });
    expect(s.draft.modelId).toMatch(/^us\./);
  });
});
