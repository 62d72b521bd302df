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
