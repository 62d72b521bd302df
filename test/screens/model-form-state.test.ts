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

describe('model form state: parameters follow the model (issue #12)', () => {
  const OPUS_47 = 'anthropic.claude-opus-4-7';
  it('picking a model that takes no sampling parameter drops temperature, top_p and top_k', () => {
    let s = fresh(true);
    s = reduce(s, { type: 'edit', patch: { params: { ...s.draft.params, temperature: 0.4, topK: 100 } } });
    s = reduce(s, { type: 'pick-model', modelId: `us.${OPUS_47}` });
    expect(s.draft.params.temperature).toBeUndefined();
    expect(s.draft.params.topK).toBeUndefined();
    expect(fieldsOf(s)).not.toContain('temperature');
    expect(fieldsOf(s)).not.toContain('topK');
  });

  it('a typed id is fitted when the model field is left, not on every key', () => {
    let s = fresh(true);
    while (s.focus !== 'modelId') s = reduce(s, { type: 'move', delta: 1 });
    s = reduce(s, { type: 'edit', patch: { modelId: 'acme.newmodel-v1:0' } });
    expect(s.draft.params.temperature).toBe(0.7); // still typing
    s = reduce(s, { type: 'move', delta: 1 });
    expect(s.draft.params.temperature).toBeUndefined();
    expect(s.fittedFor).toBe('acme.newmodel-v1:0');
  });

  it('keeps a reasoning budget only for Claude extended thinking, clamped below the max output', () => {
    let s = fresh(true);
    s = reduce(s, { type: 'edit', patch: { params: { ...s.draft.params, reasoningBudget: 60000, replyDeadlineMs: 90_000 } } });
    s = reduce(s, { type: 'pick-model', modelId: 'anthropic.claude-opus-4-1-20250805-v1:0' });
    expect(s.draft.params.reasoningBudget).toBe(31999);
    expect(s.draft.params.replyDeadlineMs).toBe(90_000);
    s = reduce(s, { type: 'pick-model', modelId: 'meta.llama3-8b-instruct-v1:0' });
    expect(s.draft.params.reasoningBudget).toBeUndefined();
    expect(fieldsOf(s)).not.toContain('reasoningBudget');
  });

  it('cycles gpt-oss reasoning effort off → low → medium → high → off', () => {
    let s = reduce(fresh(true), { type: 'pick-model', modelId: 'openai.gpt-oss-20b-1:0' });
    expect(fieldsOf(s)).toContain('reasoningEffort');
    const seen: (string | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      s = reduce(s, { type: 'cycle-effort', delta: 1 });
      seen.push(s.draft.params.reasoningEffort);
    }
    expect(seen).toEqual(['low', 'medium', 'high', undefined]);
    s = reduce(s, { type: 'cycle-effort', delta: -1 });
    expect(s.draft.params.reasoningEffort).toBe('high');
  });
});
