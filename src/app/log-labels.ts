// A log entry's kind and level as the interface language says them, for the Logs screen and
// `mockview logs` alike (the log and `--json` keep the stored words). A word this version does not
// know (an entry from a newer one) is shown as it is.
import { t } from '../i18n/index.js';

export function logKindLabel(kind: string): string {
  switch (kind) {
    case 'test':
      return t('logs.kind.test');
    case 'chat':
      return t('logs.kind.chat');
    case 'ask':
      return t('logs.kind.ask');
    case 'interview':
      return t('logs.kind.interview');
    case 'feedback':
      return t('logs.kind.feedback');
    case 'questions':
      return t('logs.kind.questions');
    case 'sdk':
      return t('logs.kind.sdk');
    case 'store':
      return t('logs.kind.store');
    default:
      return kind;
  }
}

export function logLevelLabel(level: string): string {
  switch (level) {
    case 'error':
      return t('logs.level.error');
    case 'warn':
      return t('logs.level.warn');
    case 'info':
      return t('logs.level.info');
    default:
      return level;
  }
}
