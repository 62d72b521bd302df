// The turn plan (SPEC §7 "the app owns the turn"): what each main question of an interview is for, how
// many follow-ups it may have, and — from the session so far — what comes next. Pure: the driver asks
// nextDirective() before every interviewer turn and tells the model exactly that.
import type { InterviewSetup, InterviewType, Session, Turn } from '../store/schema.js';
import type { TurnDirective } from '../providers/types.js';

export type Stage =
  | 'intro'
  | 'competency'
  | 'requirements'
  | 'high-level-design'
  | 'deep-dive'
  | 'scaling'
  | 'design'
  | 'approach'
  | 'code'
  | 'tests'
  | 'complexity'
  | 'problem'
  | 'topic'
  | 'planned'
  | 'close'
  | 'farewell';

export interface PlanSlot {
  /** 1-based main question number. */
  number: number;
  stage: Stage;
  /** Follow-ups this main question may have. */
  followUps: number;
  /** A question chosen from the bank, to be asked as written. */
  planned?: string;
  /** A later phase of the one problem (system design, coding): checked for repeats within the session only. */
  continuesProblem?: boolean;
  /** Behavioural: the competency this question is about. */
  competency?: string;
}

export interface InterviewPlan {
  type: InterviewType;
  slots: PlanSlot[];
  timeBudgetMinutes?: number;
}

export const STAGE_LABELS: Record<Stage, string> = {
  intro: 'self-introduction',
  competency: 'competency question (STAR)',
  requirements: 'requirements and scale',
  'high-level-design': 'high-level design',
  'deep-dive': 'deep dive',
  scaling: 'scaling, bottlenecks and failures',
  design: 'the whole design, briefly',
  approach: 'approach',
  code: 'the code',
  tests: 'tests and edge cases',
  complexity: 'complexity and alternatives',
  problem: 'the whole problem, briefly',
  topic: 'depth ladder on one topic',
  planned: 'a question chosen from the question bank',
  close: "the close: the candidate's questions",
  farewell: 'goodbye',
};

const COMPETENCIES = ['ownership', 'conflict', 'failure and learning', 'influence', 'prioritisation', 'ambiguity', 'feedback', 'learning fast', 'leadership', 'customer focus'];

const PHASES: Record<'system-design' | 'coding', { stages: Stage[]; deep: Stage; whole: Stage }> = {
  'system-design': { stages: ['requirements', 'high-level-design', 'deep-dive', 'scaling'], deep: 'deep-dive', whole: 'design' },
  coding: { stages: ['approach', 'code', 'tests', 'complexity'], deep: 'code', whole: 'problem' },
};

const FOLLOW_UPS: Partial<Record<Stage, number>> = { intro: 0, 'deep-dive': 2, topic: 2, code: 2 };

function phasesFor(type: 'system-design' | 'coding', n: number): Stage[] {
  const { stages, deep, whole } = PHASES[type];
  if (n <= 1) return [whole];
  if (n < stages.length) return stages.slice(0, n);
  const extra: Stage[] = Array.from({ length: n - stages.length }, () => deep);
  const at = stages.indexOf(deep) + 1;
  return [...stages.slice(0, at), ...extra, ...stages.slice(at)];
}

export function planInterview(setup: Pick<InterviewSetup, 'type' | 'questionCount' | 'plannedQuestions' | 'timeBudgetMinutes'>): InterviewPlan {
  const n = setup.questionCount;
  const planned = (setup.plannedQuestions ?? []).map((q) => q.trim()).filter(Boolean).slice(0, n);
  let stages: Stage[];
  if (setup.type === 'system-design' || setup.type === 'coding') {
    // One problem in phases; a self-introduction only when there is room for it.
    const intro = n >= 6 && planned.length === 0;
    stages = [...(intro ? (['intro'] as Stage[]) : []), ...phasesFor(setup.type, intro ? n - 1 : n)];
  } else {
    // Real interviews open with "tell me about yourself" whenever there is a second question to ask.
    const intro = n >= 2 && planned.length === 0;
    const body: Stage = setup.type === 'behavioural' ? 'competency' : 'topic';
    stages = [...(intro ? (['intro'] as Stage[]) : []), ...Array.from({ length: intro ? n - 1 : n }, () => body)];
  }
  let competency = 0;
  const phased = setup.type === 'system-design' || setup.type === 'coding';
  let firstPhase = true;
  const slots = stages.map((stage, i): PlanSlot => {
    const slot: PlanSlot = { number: i + 1, stage, followUps: FOLLOW_UPS[stage] ?? 1 };
    if (planned[i] !== undefined) {
      slot.planned = planned[i];
      if (!phased) slot.stage = 'planned';
    }
    if (stage === 'competency') slot.competency = COMPETENCIES[competency++ % COMPETENCIES.length];
    if (phased && stage !== 'intro') {
      if (!firstPhase && !slot.planned) slot.continuesProblem = true;
      firstPhase = false;
    }
    return slot;
  });
  return { type: setup.type, slots, ...(setup.timeBudgetMinutes ? { timeBudgetMinutes: setup.timeBudgetMinutes } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Where the session is

const isMain = (t: Turn): boolean => t.role === 'interviewer' && t.questionNumber !== undefined && !t.followUp && !t.continuation && !t.streaming;

export interface Progress {
  /** Main questions asked so far (distinct numbers). */
  asked: number;
  /** The current main question's number, if any. */
  current?: number;
  /** Follow-ups already asked on the current main question. */
  followUpsUsed: number;
  closeSent: boolean;
  farewellSent: boolean;
  /** The candidate has answered the latest interviewer message. */
  answered: boolean;
}

export function progressOf(session: Pick<Session, 'turns'>): Progress {
  const turns = session.turns.filter((t) => !t.streaming);
  const mains = [...new Set(turns.filter(isMain).map((t) => t.questionNumber!))];
  const current = mains.at(-1);
  const followUpsUsed = turns.filter((t) => t.role === 'interviewer' && t.followUp && t.questionNumber === current).length;
  const last = turns.at(-1);
  return {
    asked: mains.length,
    ...(current !== undefined ? { current } : {}),
    followUpsUsed,
    closeSent: turns.some((t) => t.role === 'interviewer' && t.stage === 'close'),
    farewellSent: turns.some((t) => t.role === 'interviewer' && t.stage === 'farewell'),
    answered: last?.role === 'candidate',
  };
}

/** Main question texts of this session, newest last. */
export function mainQuestionTurns(session: Pick<Session, 'turns'>): Turn[] {
  return session.turns.filter(isMain);
}

export interface DirectiveContext {
  /** Milliseconds since the interview started (for the time budget). */
  elapsedMs?: number;
}

/**
 * What the interviewer's next message must be. `undefined` when the interview is over (the farewell
 * was sent) or the candidate has not answered yet.
 */
export function nextDirective(session: Session, plan: InterviewPlan, ctx: DirectiveContext = {}): TurnDirective | undefined {
  const p = progressOf(session);
  const { setup } = session;
  const total = plan.slots.length;
  const interview = {
    type: setup.type,
    role: setup.role,
    level: setup.level,
    language: setup.language,
    ...(setup.focus ? { focus: setup.focus } : {}),
    ...(setup.company ? { company: setup.company } : {}),
  };
  if (p.farewellSent) return undefined;
  const turns = session.turns.filter((t) => !t.streaming);
  const lastCandidate = [...turns].reverse().find((t) => t.role === 'candidate');
  const lastAnswer = p.answered ? lastCandidate?.text : undefined;
  if (p.closeSent) return p.answered ? { kind: 'farewell', interview, total, ...(lastAnswer ? { lastAnswer } : {}) } : undefined;
  if (p.asked > 0 && !p.answered) return undefined;

  const currentSlot = p.current !== undefined ? plan.slots[p.current - 1] : undefined;
  const currentTurn = mainQuestionTurns(session).at(-1);
  const askedFollowUps = turns.filter((t) => t.role === 'interviewer' && t.followUp && t.questionNumber === p.current).map((t) => t.text);
  const current =
    currentSlot && currentTurn
      ? { number: currentSlot.number, stage: currentSlot.stage, text: currentTurn.text, ...(askedFollowUps.length ? { followUps: askedFollowUps } : {}) }
      : undefined;
  const outOfTime = plan.timeBudgetMinutes !== undefined && (ctx.elapsedMs ?? 0) >= plan.timeBudgetMinutes * 60_000;
  const left = currentSlot ? Math.max(0, currentSlot.followUps - p.followUpsUsed) : 0;
  if (outOfTime && p.asked > 0) return { kind: 'close', interview, total, ...(current ? { current } : {}), ...(lastAnswer ? { lastAnswer } : {}), outOfTime: true };

  const nextSlot = plan.slots[p.asked];
  const minutesLeft = plan.timeBudgetMinutes !== undefined ? { minutesLeft: Math.max(0, Math.floor(plan.timeBudgetMinutes - (ctx.elapsedMs ?? 0) / 60_000)) } : {};
  const followUp = current && left > 0 ? { questionNumber: current.number, left, stage: current.stage } : undefined;
  if (!nextSlot) {
    // Every main question asked: a last follow-up may come, else the close.
    return { kind: followUp ? 'question' : 'close', interview, total, ...(current ? { current } : {}), ...(followUp ? { followUp, closeInstead: true } : {}), ...(lastAnswer ? { lastAnswer } : {}), ...minutesLeft };
  }
  return {
    kind: 'question',
    interview,
    total,
    next: {
      number: nextSlot.number,
      stage: nextSlot.stage,
      ...(nextSlot.planned ? { planned: nextSlot.planned } : {}),
      ...(nextSlot.competency ? { competency: nextSlot.competency } : {}),
      ...(nextSlot.continuesProblem ? { continuesProblem: true } : {}),
    },
    ...(current ? { current } : {}),
    ...(followUp ? { followUp } : {}),
    ...(lastAnswer ? { lastAnswer } : {}),
    ...minutesLeft,
  };
}
