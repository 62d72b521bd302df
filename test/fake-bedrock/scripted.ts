// Scripted replies for the fake Bedrock: a "model" that is a plain function of the request it gets
// (system prompt and conversation, as Converse sent them), plugged in through the server's ScenarioFn.
// The behaviour harness uses it to play misbehaving interviewers through the real SDK.
import type { RecordedRequest, Scenario, ScenarioFn } from './server.js';

export interface ScriptedRequest {
  /** 0-based index of this request among those the scenario served. */
  index: number;
  system: string;
  messages: { role: 'user' | 'assistant'; text: string }[];
}

/** Returns the reply text, or a full Scenario (e.g. a connection reset) for this request. */
export type ScriptedModel = (req: ScriptedRequest) => string | Scenario;

interface ConverseBody {
  system?: { text?: string }[];
  messages?: { role: 'user' | 'assistant'; content?: { text?: string }[] }[];
}

export function readConverse(rec: RecordedRequest, index: number): ScriptedRequest {
  const body = (rec.body ?? {}) as ConverseBody;
  return {
    index,
    system: (body.system ?? []).map((s) => s.text ?? '').join('\n'),
    messages: (body.messages ?? []).map((m) => ({ role: m.role, text: (m.content ?? []).map((c) => c.text ?? '').join('') })),
  };
}

/** A ScenarioFn serving the model's replies; `served` keeps every request it answered, in order. */
export function scriptedScenario(model: ScriptedModel, opts: { tokensPerSecond?: number; deltas?: number } = {}): ScenarioFn & { served: ScriptedRequest[] } {
  const served: ScriptedRequest[] = [];
  const fn = (rec: RecordedRequest): Scenario => {
    const req = readConverse(rec, served.length);
    served.push(req);
    const reply = model(req);
    if (typeof reply !== 'string') return reply;
    return { kind: 'normal', text: reply, deltas: opts.deltas ?? Math.min(8, Math.max(1, Math.ceil(reply.length / 12))), tokensPerSecond: opts.tokensPerSecond ?? 2000 };
  };
  return Object.assign(fn, { served });
}
