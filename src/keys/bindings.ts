// Key bindings as data. A screen lists what its keys do — one table, from which the key handling,
// the one-line hint bar and the `?` help are all derived, so what the bar says is what the keys do.
//
// API (pure, no React; `useBindings` in src/hooks/useBindings.ts wires it to a screen):
//
//   const bindings: Binding<'move' | 'open' | 'back'>[] = [
//     { on: ['up', 'k', 'down', 'j'], keys: '↑↓', action: 'move', handler: 'move' },
//     { on: ['enter'], keys: 'Enter', action: 'open', handler: 'open', when: items.length > 0 },
//     { on: ['escape'], keys: 'Esc', action: 'back', handler: 'back', hint: false },
//   ];
//   useBindings(bindings, { move: (k) => …, open: () => …, back: () => nav.back() });
//
// - `on`: the keys that trigger it, as names (see KeyName): 'enter', 'escape', 'tab', 'shift+tab',
//   'up', 'down', 'left', 'right', 'shift+left', 'shift+right', 'pageup', 'pagedown', 'home',
//   'end', 'backspace', 'delete', 'space', 'ctrl+<letter>', or any one printable character ('x',
//   '*', '?'). A run of one character typed ahead ('jjj') fires the binding once per character.
// - `keys` + `action`: what the hint bar and `?` help show.
// - `handler`: the name of the function that runs, looked up in the handlers object; TypeScript
//   makes sure every name has one. The handler gets the key that fired (for ↑ vs ↓ in one binding).
// - `when`: false takes the binding out of the key handling, the hint bar and the help at once.
// - `hint: false`: handled and listed in `?` help, but not in the one-line bar (e.g. Esc back,
//   which the shell's global hints already name).
// - `by`: a key the focused component handles itself (a slider's ←/→, a list's ↑/↓): listed so the
//   bar and help are whole, never dispatched here. Put it under `when` like any other.
// First active binding that matches wins, so a more specific binding goes first.
import type { Key } from 'ink';
import type { KeyHint } from '../components/KeyHints.js';

export type KeyName =
  | 'enter'
  | 'escape'
  | 'tab'
  | 'shift+tab'
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'shift+left'
  | 'shift+right'
  | 'pageup'
  | 'pagedown'
  | 'home'
  | 'end'
  | 'backspace'
  | 'delete'
  | 'space'
  | `ctrl+${string}`
  | (string & {});

export type Binding<H extends string = string> = {
  on: readonly KeyName[];
  keys: string;
  action: string;
  when?: boolean;
  hint?: boolean;
} & ({ handler: H; by?: undefined } | { by: string; handler?: undefined });

/** What a handler learns about the key that fired it. */
export interface KeyPress {
  name: KeyName;
  input: string;
  key: Key;
}

export type Handlers<H extends string> = Record<H, (press: KeyPress) => void>;

/** The key names an Ink key event stands for (most specific first), and how many times it was typed. */
export function keyNamesOf(input: string, key: Key): { names: KeyName[]; times: number } {
  const names: KeyName[] = [];
  if (key.return) names.push('enter');
  else if (key.escape) names.push('escape');
  else if (key.tab || input === '\t') names.push(key.shift ? 'shift+tab' : 'tab');
  else if (key.upArrow) names.push('up');
  else if (key.downArrow) names.push('down');
  else if (key.leftArrow) names.push(...(key.shift ? (['shift+left', 'left'] as const) : (['left'] as const)));
  else if (key.rightArrow) names.push(...(key.shift ? (['shift+right', 'right'] as const) : (['right'] as const)));
  else if (key.pageUp) names.push('pageup');
  else if (key.pageDown) names.push('pagedown');
  else if (key.home) names.push('home');
  else if (key.end) names.push('end');
  else if (key.backspace) names.push('backspace');
  else if (key.delete) names.push('delete', 'backspace'); // Ink reports \x7f (Backspace) as delete
  else if (key.ctrl && input.length === 1) names.push(`ctrl+${input.toLowerCase()}`);
  else if (!key.meta && input.length > 0) {
    const chars = Array.from(input);
    const first = chars[0]!;
    // 'jjj' (a held key typed ahead) is one input; so is "\t\t".
    if (chars.every((c) => c === first)) {
      if (first === '\t') return { names: ['tab'], times: chars.length };
      return { names: [first === ' ' ? 'space' : first], times: chars.length };
    }
  }
  return { names, times: 1 };
}

/** The bindings in force now. */
export const activeBindings = <H extends string>(bindings: readonly Binding<H>[]): Binding<H>[] =>
  bindings.filter((b) => b.when !== false);

/** The first active binding this key triggers, with the key's name and how many times it was typed. */
export function findBinding<H extends string>(
  bindings: readonly Binding<H>[],
  input: string,
  key: Key,
): { binding: Binding<H>; name: KeyName; times: number } | undefined {
  const { names, times } = keyNamesOf(input, key);
  for (const binding of activeBindings(bindings)) {
    if (binding.by !== undefined) continue;
    const name = names.find((n) => binding.on.includes(n));
    if (name !== undefined) return { binding, name, times };
  }
  return undefined;
}

/** Runs the binding a key triggers; false when none did (the caller may treat it as text). */
export function dispatchKey<H extends string>(bindings: readonly Binding<H>[], handlers: Handlers<H>, input: string, key: Key): boolean {
  const found = findBinding(bindings, input, key);
  if (!found) return false;
  const handler = found.binding.handler;
  if (handler === undefined) return false;
  for (let i = 0; i < found.times; i++) handlers[handler]({ name: found.name, input, key });
  return true;
}

/** The hints for the bar and the `?` help: active bindings only, in table order, one per label. */
export function hintsOf(bindings: readonly Binding[]): KeyHint[] {
  const seen = new Set<string>();
  const hints: KeyHint[] = [];
  for (const b of activeBindings(bindings)) {
    const id = `${b.keys}\u0000${b.action}`;
    if (seen.has(id)) continue;
    seen.add(id);
    hints.push({ keys: b.keys, action: b.action, on: b.on, ...(b.hint === false ? { bar: false } : {}) });
  }
  return hints;
}

/** A Key with every flag off, for tests and for synthesising key events. */
export const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/** The Ink key event a key name stands for (tests: "does each listed binding fire?"). */
export function keyEventFor(name: KeyName): { input: string; key: Key } {
  const k = (patch: Partial<Key>, input = ''): { input: string; key: Key } => ({ input, key: { ...NO_KEY, ...patch } });
  switch (name) {
    case 'enter':
      return k({ return: true }, '\r');
    case 'escape':
      return k({ escape: true });
    case 'tab':
      return k({ tab: true }, '\t');
    case 'shift+tab':
      return k({ tab: true, shift: true });
    case 'up':
      return k({ upArrow: true });
    case 'down':
      return k({ downArrow: true });
    case 'left':
      return k({ leftArrow: true });
    case 'right':
      return k({ rightArrow: true });
    case 'shift+left':
      return k({ leftArrow: true, shift: true });
    case 'shift+right':
      return k({ rightArrow: true, shift: true });
    case 'pageup':
      return k({ pageUp: true });
    case 'pagedown':
      return k({ pageDown: true });
    case 'home':
      return k({ home: true });
    case 'end':
      return k({ end: true });
    case 'backspace':
      return k({ backspace: true });
    case 'delete':
      return k({ delete: true });
    case 'space':
      return k({}, ' ');
    default:
      if (name.startsWith('ctrl+')) return k({ ctrl: true }, name.slice(5));
      return k({ shift: /^[A-Z]$/.test(name) }, name);
  }
}
