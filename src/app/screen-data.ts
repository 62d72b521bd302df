// What the screens show when a file is damaged or a write did not go through. A damaged config.json
// disables only the stored models and settings: the offline demo and the defaults stay usable, so
// the demo interview, History and the question bank keep working (SPEC §9, issue #13).
import path from 'node:path';
import { DEMO_MODEL, DEMO_MODEL_NAME } from '../store/index.js';
import type { ModelConfig, Settings } from '../store/schema.js';
import type { Activity, ModelsView } from './repositories.js';
import type { Loaded, WriteFailure, WriteResult } from './results.js';
import { t } from '../i18n/index.js';

export interface UsableModels extends ModelsView {
  /** config.json's problem when it could not be read (only the offline demo is offered then). */
  damaged?: string;
}

/** The stored models, or just the offline demo (with the reason) when config.json is damaged. */
export function usableModels(loaded: Loaded<ModelsView>): UsableModels {
  if (loaded.status === 'ok') return loaded.data;
  return { models: [DEMO_MODEL as ModelConfig], defaultName: DEMO_MODEL_NAME, damaged: damagedLine(loaded) };
}

export const DEFAULT_SETTINGS: Settings = { language: 'English', color: true, interfaceLanguage: 'auto' };

export function usableSettings(loaded: Loaded<Settings>): Settings {
  return loaded.status === 'ok' ? loaded.data : DEFAULT_SETTINGS;
}

export const findModel = (view: ModelsView, name: string): ModelConfig | undefined =>
  view.models.find((m) => m.name.trim().toLowerCase() === name.trim().toLowerCase());

/** "questions.json: …problem…" — the message already names the file when the store wrote it so. */
export function damagedLine(loaded: { message: string; file?: string }): string {
  if (!loaded.file) return loaded.message;
  return loaded.message.includes(loaded.file) || loaded.message.includes(path.basename(loaded.file))
    ? loaded.message
    : `${path.basename(loaded.file)}: ${loaded.message}`;
}

/** Why a write failed, when the store gave no message. */
function failedBecause(reason: WriteFailure): string {
  switch (reason) {
    case 'conflict':
      return t('common.failed.conflict');
    case 'not-found':
      return t('common.failed.notFound');
    case 'damaged':
      return t('common.failed.damaged');
    case 'locked':
      return t('common.failed.locked');
    case 'exists':
      return t('common.failed.exists');
    case 'invalid':
      return t('common.failed.invalid');
    case 'read-only':
      return t('common.failed.readOnly');
    case 'io':
      return t('common.failed.io');
  }
}

/** One line for a failed write: "✗ <what>: <why>". */
export function failureLine(what: string, result: Extract<WriteResult<unknown, unknown>, { ok: false }>): string {
  const message = result.message.split('\n')[0] ?? '';
  return `✗ ${t('common.failure', { what, why: message || failedBecause(result.reason) })}`;
}

/** "waiting for config.json held by another mockview (3 s)", or '' when nothing is waited for. */
export function activityLine(activity: Activity): string {
  const w = activity.waiting;
  if (!w) return '';
  const seconds = Math.round(w.waitedMs / 1000);
  return t('common.activity.waiting', { file: path.basename(w.file), seconds });
}
