// A region's name in the interface language ("US East (N. Virginia)", "美国东部（弗吉尼亚北部）"); the id
// (us-east-1) stays as it is everywhere. The names are the AWS console's, per language.
import { t } from '../i18n/index.js';

const NAMES: Record<string, () => string> = {
  'us-east-1': () => t('models.regions.us-east-1'),
  'us-east-2': () => t('models.regions.us-east-2'),
  'us-west-2': () => t('models.regions.us-west-2'),
  'us-west-1': () => t('models.regions.us-west-1'),
  'us-gov-west-1': () => t('models.regions.us-gov-west-1', { gov: 'AWS GovCloud' }),
  'us-gov-east-1': () => t('models.regions.us-gov-east-1', { gov: 'AWS GovCloud' }),
  'ca-central-1': () => t('models.regions.ca-central-1'),
  'ca-west-1': () => t('models.regions.ca-west-1'),
  'sa-east-1': () => t('models.regions.sa-east-1'),
  'eu-central-1': () => t('models.regions.eu-central-1'),
  'eu-west-1': () => t('models.regions.eu-west-1'),
  'eu-west-2': () => t('models.regions.eu-west-2'),
  'eu-west-3': () => t('models.regions.eu-west-3'),
  'eu-north-1': () => t('models.regions.eu-north-1'),
  'eu-south-1': () => t('models.regions.eu-south-1'),
  'eu-south-2': () => t('models.regions.eu-south-2'),
  'eu-central-2': () => t('models.regions.eu-central-2'),
  'ap-northeast-1': () => t('models.regions.ap-northeast-1'),
  'ap-northeast-2': () => t('models.regions.ap-northeast-2'),
  'ap-northeast-3': () => t('models.regions.ap-northeast-3'),
  'ap-south-1': () => t('models.regions.ap-south-1'),
  'ap-south-2': () => t('models.regions.ap-south-2'),
  'ap-southeast-1': () => t('models.regions.ap-southeast-1'),
  'ap-southeast-2': () => t('models.regions.ap-southeast-2'),
  'ap-southeast-3': () => t('models.regions.ap-southeast-3'),
  'ap-southeast-4': () => t('models.regions.ap-southeast-4'),
  'ap-southeast-5': () => t('models.regions.ap-southeast-5'),
  'ap-southeast-6': () => t('models.regions.ap-southeast-6'),
  'ap-southeast-7': () => t('models.regions.ap-southeast-7'),
  'ap-east-2': () => t('models.regions.ap-east-2'),
  'me-central-1': () => t('models.regions.me-central-1'),
  'il-central-1': () => t('models.regions.il-central-1'),
  'af-south-1': () => t('models.regions.af-south-1'),
};

/** The region's display name in the interface language; '' for a region id we do not list. */
export const regionName = (id: string): string => NAMES[id]?.() ?? '';
