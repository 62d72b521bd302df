// The interview setup's transitions, without Ink.
import { describe, expect, it } from 'vitest';
import { initialSetupState, setupFields, setupIsDirty, setupReducer as reduce, type SetupState } from '../../src/screens/interview-setup-state.js';

const fresh = (prefill = {}): SetupState => initialSetupState(prefill, { language: 'English', model: 'demo' });
const change = (s: SetupState, delta: number): SetupState => reduce(s, { type: 'change', delta, models: ['demo', 'Work Claude'], languages: ['English', '中文'] });

describe('interview setup state', () => {
  it('starts on Role, or on Start when the question bank filled the role in', () => {
    expect(fresh().focus).toBe('role');
    expect(fresh({ role: 'SRE' }).focus).toBe('start');
    expect(fresh({ role: 'SRE' }).values.role).toBe('SRE');
  });

  it('moves through the fields and wraps; the Focus field appears only for role-specific interviews', () => {
    let s = reduce(fresh(), { type: 'move', delta: -1 });
    expect(s.focus).toBe('type');
    expect(setupFields(s.values)).not.toContain('focus');
    s = change(s, -1); // behavioural ← wraps to custom
    expect(s.values.type).toBe('custom');
    expect(setupFields(s.values)).toContain('focus');
    s = reduce(s, { type: 'move', delta: -1 });
    expect(s.focus).toBe('start');
  });

  it('changes choices with ←/→ and keeps the count within 1–20', () => {
    let s = fresh();
    for (const f of ['level', 'count', 'language', 'model'] as const) {
      s = { ...s, focus: f };
      s = change(s, 1);
    }
    expect(s.values).toMatchObject({ level: 'senior', count: 6, language: '中文', model: 'Work Claude' });
    s = { ...s, focus: 'count' };
    for (let i = 0; i < 30; i++) s = change(s, 1);
    expect(s.values.count).toBe(20);
    for (let i = 0; i < 30; i++) s = change(s, -1);
    expect(s.values.count).toBe(1);
    expect(change({ ...s, focus: 'role' }, 1)).toEqual({ ...s, focus: 'role' }); // ←/→ on a text field change nothing here
  });

  it('is dirty after typing; Esc then asks, and No keeps what was typed', () => {
    let s = fresh();
    expect(setupIsDirty(s)).toBe(false);
    s = reduce(s, { type: 'edit', field: 'role', value: 'Backend engineer' });
    expect(setupIsDirty(s)).toBe(true);
    s = reduce(s, { type: 'ask-discard' });
    expect(s.overlay).toBe('discard');
    s = reduce(s, { type: 'close' });
    expect(s).toMatchObject({ overlay: 'none', values: { role: 'Backend engineer' } });
  });

  it('shows the problems a refused start found, and clears one when its field is edited', () => {
    let s = reduce(fresh(), { type: 'refused', errors: { role: 'role is empty', jd: 'cannot read it' } });
    expect(s.errors).toEqual({ role: 'role is empty', jd: 'cannot read it' });
    s = reduce(s, { type: 'edit', field: 'role', value: 'SRE' });
    expect(s.errors).toEqual({ jd: 'cannot read it' });
  });

  it('saving: a failed save keeps everything typed and says why; a refusal clears the old message', () => {
    let s = reduce(fresh(), { type: 'edit', field: 'role', value: 'SRE' });
    s = reduce(s, { type: 'saving' });
    expect(s.saving).toBe(true);
    s = reduce(s, { type: 'save-failed', message: '✗ Interview not started: sessions locked' });
    expect(s).toMatchObject({ saving: false, saveError: '✗ Interview not started: sessions locked', values: { role: 'SRE' } });
    expect(reduce(s, { type: 'saving' }).saveError).toBeUndefined();
    expect(reduce(s, { type: 'refused', errors: { role: 'role is empty' } }).saveError).toBeUndefined();
  });
});
