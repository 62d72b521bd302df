// The words for stored values shown in CLI tables (interview types, levels, statuses): the stored
// ids stay in JSON and in flags; a table row reads them in the interface language.
import { t } from '../i18n/index.js';

export function typeLabel(type: string): string {
  switch (type) {
    case 'behavioural':
      return t('cli.labels.types.behavioural');
    case 'technical':
      return t('cli.labels.types.technical');
    case 'system-design':
      return t('cli.labels.types.systemDesign');
    case 'coding':
      return t('cli.labels.types.coding');
    case 'custom':
      return t('cli.labels.types.custom');
    default:
      return type;
  }
}

export function statusLabel(status: string): string {
  switch (status) {
    case 'in-progress':
      return t('cli.labels.status.inProgress');
    case 'finished':
      return t('cli.labels.status.finished');
    case 'damaged':
      return t('cli.labels.status.damaged');
    default:
      return status;
  }
}

/** Log levels and kinds are short words the log keeps; shown translated, kept as they are in JSON. */
export function logLevelLabel(level: string): string {
  switch (level) {
    case 'error':
      return t('cli.labels.logLevels.error');
    case 'warn':
      return t('cli.labels.logLevels.warn');
    case 'info':
      return t('cli.labels.logLevels.info');
    default:
      return level;
  }
}

export function logKindLabel(kind: string): string {
  switch (kind) {
    case 'test':
      return t('cli.labels.logKinds.test');
    case 'chat':
      return t('cli.labels.logKinds.chat');
    case 'ask':
      return t('cli.labels.logKinds.ask');
    case 'interview':
      return t('cli.labels.logKinds.interview');
    case 'feedback':
      return t('cli.labels.logKinds.feedback');
    case 'questions':
      return t('cli.labels.logKinds.questions');
    case 'sdk':
      return t('cli.labels.logKinds.sdk');
    case 'store':
      return t('cli.labels.logKinds.store');
    default:
      return kind;
  }
}
