// What the screens and exports call the interview's kinds, levels, criteria, bands and flags, in the
// interface language. The data keeps its English ids and labels (the prompts sent to the model use
// TYPE_LABELS, CRITERION_LABELS and RULE_LABELS, and stay English: they are model instructions); these
// are only how they read to the user. Keys are literal (one switch each), never built from data.
import { t } from '../i18n/index.js';
import type { InterviewType, Level } from '../store/schema.js';
import type { RuleId } from './rules.js';

/** "Behavioural", "行为面试"… */
export function typeLabel(type: InterviewType): string {
  switch (type) {
    case 'behavioural':
      return t('interview.types.behavioural');
    case 'technical':
      return t('interview.types.technical');
    case 'system-design':
      return t('interview.types.systemDesign');
    case 'coding':
      return t('interview.types.coding');
    case 'custom':
      return t('interview.types.custom');
  }
}

/** The short form for table columns ("Coding" for "Coding discussion"). */
export function typeShortLabel(type: InterviewType): string {
  switch (type) {
    case 'behavioural':
      return t('interview.typesShort.behavioural');
    case 'technical':
      return t('interview.typesShort.technical');
    case 'system-design':
      return t('interview.typesShort.systemDesign');
    case 'coding':
      return t('interview.typesShort.coding');
    case 'custom':
      return t('interview.typesShort.custom');
  }
}

/** "senior", "高级"… (a level stored by an older version that is none of ours is shown as it is). */
export function levelLabel(level: Level | string): string {
  switch (level) {
    case 'intern':
      return t('interview.levels.intern');
    case 'junior':
      return t('interview.levels.junior');
    case 'mid':
      return t('interview.levels.mid');
    case 'senior':
      return t('interview.levels.senior');
    case 'staff':
      return t('interview.levels.staff');
    case 'principal':
      return t('interview.levels.principal');
    case 'manager':
      return t('interview.levels.manager');
    default:
      return level;
  }
}

/** A criterion's name ("STAR structure", "Specificity"…); an unknown key as it is. */
export function criterionLabel(key: string): string {
  switch (key) {
    case 'star':
      return t('feedback.criteria.star');
    case 'specificity':
      return t('feedback.criteria.specificity');
    case 'impact':
      return t('feedback.criteria.impact');
    case 'relevance':
      return t('feedback.criteria.relevance');
    case 'correctness':
      return t('feedback.criteria.correctness');
    case 'depth':
      return t('feedback.criteria.depth');
    case 'tradeoffs':
      return t('feedback.criteria.tradeoffs');
    case 'communication':
      return t('feedback.criteria.communication');
    case 'clarity':
      return t('feedback.criteria.clarity');
    case 'fit':
      return t('feedback.criteria.fit');
    case 'engagement':
      return t('feedback.criteria.engagement');
    default:
      return key;
  }
}

/** A score band as stored (rubric.ts BANDS, English) in the interface language; a grader's own words as they are. */
export function bandLabel(band: string): string {
  switch (band) {
    case 'Outstanding':
      return t('feedback.bands.outstanding');
    case 'Strong':
      return t('feedback.bands.strong');
    case 'Solid':
      return t('feedback.bands.solid');
    case 'Developing':
      return t('feedback.bands.developing');
    case 'Not yet':
      return t('feedback.bands.notYet');
    default:
      return band;
  }
}

/** The rule an interviewer's message broke, in the user's words. */
export function ruleLabel(rule: RuleId | string): string {
  switch (rule) {
    case 'one-question':
      return t('interview.flags.oneQuestion');
    case 'no-answer-or-hint':
      return t('interview.flags.noAnswerOrHint');
    case 'no-grade':
      return t('interview.flags.noGrade');
    case 'no-notes-shown':
      return t('interview.flags.noNotesShown');
    case 'no-role-play':
      return t('interview.flags.noRolePlay');
    case 'no-repeat':
      return t('interview.flags.noRepeat');
    case 'no-early-end':
      return t('interview.flags.noEarlyEnd');
    case 'planned-count':
      return t('interview.flags.plannedCount');
    case 'follow-up-budget':
      return t('interview.flags.followUpBudget');
    case 'unmarked':
      return t('interview.flags.unmarked');
    default:
      return rule;
  }
}

/** The offline demo's provider label ("Offline demo", stored with a session) is a name we translate; a model's label is shown as it is. */
export function modelLabelText(label: string): string {
  return label === 'Offline demo' ? t('interview.demoName') : label;
}
