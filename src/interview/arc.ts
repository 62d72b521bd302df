// The shape of an interview: which kind of question comes in which slot, scaled to the number of
// main questions the candidate asked for (SPEC §7: opening, projects, technical depth, a scenario,
// a close). Used by the interviewer prompt; the offline demo keeps to its bank.
import type { InterviewType } from '../store/schema.js';

export type ArcStage = 'opening' | 'projects' | 'depth' | 'scenario' | 'close';

/** How many of the middle slots each stage gets: system design and coding need more depth. */
const MIDDLE_WEIGHTS: Record<InterviewType, Record<'projects' | 'depth' | 'scenario', number>> = {
  behavioural: { projects: 1, depth: 2, scenario: 1 },
  technical: { projects: 1, depth: 2, scenario: 1 },
  'system-design': { projects: 1, depth: 3, scenario: 1 },
  coding: { projects: 1, depth: 3, scenario: 1 },
  custom: { projects: 1, depth: 2, scenario: 1 },
};

export function planArc(type: InterviewType, count: number): ArcStage[] {
  if (count <= 1) return ['depth'];
  if (count === 2) return ['opening', 'depth'];
  if (count === 3) return ['opening', 'projects', 'depth'];
  if (count === 4) return ['opening', 'projects', 'depth', 'scenario'];
  // Opening and close are one slot each; the rest is shared by largest remainder, at least one each.
  const middle = count - 2;
  const weights = MIDDLE_WEIGHTS[type];
  const stages = ['projects', 'depth', 'scenario'] as const;
  const total = stages.reduce((n, s) => n + weights[s], 0);
  const exact = stages.map((s) => (middle * weights[s]) / total);
  const given = exact.map((x) => Math.max(1, Math.floor(x)));
  let left = middle - given.reduce((a, b) => a + b, 0);
  const byRemainder = stages.map((_, i) => i).sort((a, b) => (exact[b]! - Math.floor(exact[b]!)) - (exact[a]! - Math.floor(exact[a]!)));
  for (let k = 0; left > 0; k = (k + 1) % stages.length, left--) given[byRemainder[k]!]! += 1;
  // Rounding every stage up to one can overshoot; take the excess back from the largest.
  while (left < 0) {
    const largest = given.indexOf(Math.max(...given));
    given[largest]! -= 1;
    left++;
  }
  const out: ArcStage[] = ['opening'];
  stages.forEach((s, i) => {
    for (let n = 0; n < given[i]!; n++) out.push(s);
  });
  out.push('close');
  return out;
}

export function describeStage(stage: ArcStage, type: InterviewType, focus?: string): string {
  switch (stage) {
    case 'opening':
      return 'Opening: a one-sentence welcome, then ask the candidate to introduce themselves and their background.';
    case 'projects':
      return 'Projects and experience: a project or piece of work from their background (use the resume if given): their part, decisions and results.';
    case 'close':
      return 'Close: a wrap-up question (what they would do differently, what they want to grow in, or what they want to know about the role).';
    case 'depth':
      return {
        behavioural: 'Behavioural depth: a "Tell me about a time…" question on a competency the role needs (ownership, conflict, failure, influence, prioritisation); a different competency each time.',
        technical: 'Technical depth: fundamentals or practice the role needs; go beyond definitions to how and why.',
        'system-design': 'Design: one design problem relevant to the role, worked through in stages across these slots (requirements → high-level design → deep dive → scaling).',
        coding: 'Coding problem: a problem to talk through (approach, complexity, edge cases, testing); one problem may span several slots.',
        custom: `Depth on the focus (${focus?.trim() || 'the core skills of the role'}).`,
      }[type];
    case 'scenario':
      return {
        behavioural: 'Scenario: a realistic hypothetical from the role ("What would you do if…").',
        technical: 'Scenario: a realistic production or debugging situation ("Latency triples at 2 a.m.…").',
        'system-design': 'Scenario: a failure or growth event on their design (a region goes down, traffic grows 10×).',
        coding: 'Scenario: a code-review, debugging or performance situation around the problem.',
        custom: 'Scenario: a realistic situation on the focus.',
      }[type];
  }
}
