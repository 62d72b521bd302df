// The messages written into the zod schemas (src/store/schema.ts) are English constants, made when
// the module loads; they are said in the interface language when they are shown.
import type { z } from 'zod';
import { t, uiLanguage } from '../i18n/index.js';

/** The schema's own messages (src/store/schema.ts: "name is empty" …), in the interface language. */
export function schemaMessage(message: string): string {
  switch (message) {
    case 'name is empty':
      return t('store.config.schema.nameEmpty');
    case 'name is longer than 64 characters':
      return t('store.config.schema.nameTooLong');
    case 'region is empty':
      return t('store.config.schema.regionEmpty');
    case 'model id is empty':
      return t('store.config.schema.modelIdEmpty');
    case 'endpoint must be an http:// or https:// URL':
      return t('store.config.schema.endpoint', { http: 'http://', https: 'https://' });
    case 'API key is empty':
      return t('store.config.schema.apiKeyEmpty');
    case 'access key id is empty':
      return t('store.config.schema.accessKeyIdEmpty');
    case 'secret access key is empty':
      return t('store.config.schema.secretAccessKeyEmpty');
    case 'guardrail id is empty':
      return t('store.config.schema.guardrailIdEmpty');
    case 'guardrail version is empty':
      return t('store.config.schema.guardrailVersionEmpty');
    case 'a stop sequence is empty':
      return t('store.config.schema.stopEmpty');
    case 'role is empty':
      return t('store.config.schema.roleEmpty');
    case 'question is empty':
      return t('store.config.schema.questionEmpty');
    default:
      return message;
  }
}

/** What a field must be, for "… must be a number". */
export function kindText(expected: string): string {
  switch (expected) {
    case 'number':
      return t('store.config.kinds.number');
    case 'int':
      return t('store.config.kinds.int');
    case 'string':
      return t('store.config.kinds.string');
    case 'array':
      return t('store.config.kinds.array');
    case 'object':
      return t('store.config.kinds.object');
    case 'boolean':
      return t('store.config.kinds.boolean');
    default:
      return expected;
  }
}

/**
 * One zod issue as a reader sees it: our schema's own words in the interface language; zod's
 * generic wording as zod says it in English, and in our words in Chinese (what the issue's code
 * and limits say — zod keeps no input on the issue to say more).
 */
export function issueText(issue: z.core.$ZodIssue): string {
  const own = schemaMessage(issue.message);
  if (own !== issue.message || uiLanguage() === 'en') return own.replace(/^Invalid input: /, '');
  switch (issue.code) {
    case 'invalid_type':
      return t('store.zod.invalidType', { kind: kindText(issue.expected) });
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1 ? t('store.zod.empty') : t('store.zod.tooSmall', { min: String(issue.minimum) });
    case 'too_big':
      return t('store.zod.tooBig', { max: String(issue.maximum) });
    case 'invalid_value':
      return t('store.zod.invalidValue', { values: issue.values.map(String).join(', ') });
    default:
      return t('store.zod.invalid');
  }
}
