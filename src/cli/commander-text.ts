// Commander's own words in the interface language: the help's titles ("Usage:", "Options:" …), the
// help option and command, "(default: …)", placeholders such as <name>, and its usage errors
// ("error: unknown option '--x'"). All through commander's public Help and output configuration, so
// the English text is commander's, letter for letter, and the Chinese keeps every flag and value.
import { Help, type Argument, type Command, type Option } from 'commander';
import stringWidth from 'string-width';
import { stripVTControlCharacters } from 'node:util';
import { t } from '../i18n/index.js';

/** A help title commander passes to styleTitle; unknown ones (none today) stay as they are. */
function title(str: string): string {
  switch (str) {
    case 'Usage:':
      return t('cli.help.usage');
    case 'Options:':
      return t('cli.help.options');
    case 'Commands:':
      return t('cli.help.commands');
    case 'Arguments:':
      return t('cli.help.arguments');
    case 'Global Options:':
      return t('cli.help.globalOptions');
    default:
      return str;
  }
}

/** A placeholder word in flags and usage (<name>, [options]); ids such as <id> are words too. */
function placeholder(word: string): string {
  switch (word) {
    case 'options':
      return t('cli.help.placeholders.options');
    case 'command':
      return t('cli.help.placeholders.command');
    case 'dir':
      return t('cli.help.placeholders.dir');
    case 'language':
      return t('cli.help.placeholders.language');
    case 'lang':
      return t('cli.help.placeholders.lang');
    case 'prompt':
      return t('cli.help.placeholders.prompt');
    case 'name':
      return t('cli.help.placeholders.name');
    case 'region':
      return t('cli.help.placeholders.region');
    case 'provider':
      return t('cli.help.placeholders.provider');
    case 'id':
      return t('cli.help.placeholders.id');
    case 'key':
      return t('cli.help.placeholders.key');
    case 'secret':
      return t('cli.help.placeholders.secret');
    case 'token':
      return t('cli.help.placeholders.token');
    case 'url':
      return t('cli.help.placeholders.url');
    case 'n':
      return t('cli.help.placeholders.n');
    case 'text':
      return t('cli.help.placeholders.text');
    case 'v':
      return t('cli.help.placeholders.version');
    case 'level':
      return t('cli.help.placeholders.level');
    case 'seconds':
      return t('cli.help.placeholders.seconds');
    case 'type':
      return t('cli.help.placeholders.type');
    case 'role':
      return t('cli.help.placeholders.role');
    case 'file':
      return t('cli.help.placeholders.file');
    case 'format':
      return t('cli.help.placeholders.format');
    case 'question':
      return t('cli.help.placeholders.question');
    default:
      return word;
  }
}

/** "--name <name>" → "--name <名称>"; "ask [options] <prompt...>" likewise. Flags and command names stay. */
export const localisePlaceholders = (text: string): string =>
  text.replace(/([<[])([a-z]+)(\.\.\.)?([>\]])/g, (_m, open: string, word: string, dots: string | undefined, close: string) => `${open}${placeholder(word)}${dots ?? ''}${close}`);

const CJK = '\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF';
// Chinese line-breaking rules: no line starts with closing punctuation, none ends with an opening one.
const CLOSING = '，。、；：！？）」』】》…';
const OPENING = '（「『【《';
/**
 * Words, or single CJK characters (Chinese has no spaces to break at), each with the space before
 * it, opening punctuation kept with what follows and closing punctuation with what precedes.
 */
const CHUNK = new RegExp(`\\s*[${OPENING}]*(?:[^\\s${CJK}]+|[${CJK}])[${CLOSING}]*`, 'g');

/** "(default: …, choices: …)" in the interface language; the values themselves are shown as typed. */
function withExtras(description: string, extras: string[]): string {
  if (extras.length === 0) return description;
  // English puts a space before the bracket; Chinese full-width brackets need none.
  return `${description}${t('cli.help.extra', { list: extras.join(t('cli.help.extraSeparator')) })}`.trim();
}

const choices = (values: readonly string[]): string => t('cli.help.choices', { values: values.map((c) => JSON.stringify(c)).join(', ') });

/** Help configuration for every command: set on the program before its subcommands are made (they inherit it). */
export const helpConfiguration: Partial<Help> = {
  styleTitle: title,
  // Commander writes "Usage: mockview …"; after a full-width colon the space is one too many.
  formatHelp(this: Help, cmd: Command, helper: Help): string {
    return Help.prototype.formatHelp.call(this, cmd, helper).replace(/^(\S*：) /, '$1');
  },
  // Padding and wrapping by display width: a CJK character takes two columns.
  displayWidth: (str: string) => stringWidth(stripVTControlCharacters(str)),
  boxWrap(this: Help, str: string, width: number): string {
    if (width < this.minWidthToWrap) return str;
    const lines: string[] = [];
    for (const line of str.split(/\r\n|\n/)) {
      const chunks = line.match(CHUNK);
      if (chunks === null) {
        lines.push('');
        continue;
      }
      let sum = [chunks.shift()!];
      let sumWidth = this.displayWidth(sum[0]!);
      for (const chunk of chunks) {
        const w = this.displayWidth(chunk);
        if (sumWidth + w <= width) {
          sum.push(chunk);
          sumWidth += w;
          continue;
        }
        lines.push(sum.join(''));
        const next = chunk.trimStart();
        sum = [next];
        sumWidth = this.displayWidth(next);
      }
      lines.push(sum.join(''));
    }
    return lines.join('\n');
  },
  commandUsage(cmd: Command): string {
    return localisePlaceholders(Help.prototype.commandUsage.call(this, cmd));
  },
  subcommandTerm(cmd: Command): string {
    return localisePlaceholders(Help.prototype.subcommandTerm.call(this, cmd));
  },
  optionTerm(option: Option): string {
    return localisePlaceholders(option.flags);
  },
  argumentTerm(argument: Argument): string {
    return localisePlaceholders(Help.prototype.argumentTerm.call(this, argument));
  },
  // Commander's rules for which extras to show, with our words for them.
  optionDescription(option: Option): string {
    const extras: string[] = [];
    if (option.argChoices) extras.push(choices(option.argChoices));
    const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
    if (option.defaultValue !== undefined && showDefault) {
      extras.push(t('cli.help.default', { value: option.defaultValueDescription || JSON.stringify(option.defaultValue) }));
    }
    if (option.presetArg !== undefined && option.optional) extras.push(t('cli.help.preset', { value: JSON.stringify(option.presetArg) }));
    if (option.envVar !== undefined) extras.push(t('cli.help.env', { name: option.envVar }));
    return withExtras(option.description, extras);
  },
  argumentDescription(argument: Argument): string {
    const extras: string[] = [];
    if (argument.argChoices) extras.push(choices(argument.argChoices));
    if (argument.defaultValue !== undefined) {
      extras.push(t('cli.help.default', { value: argument.defaultValueDescription || JSON.stringify(argument.defaultValue) }));
    }
    return withExtras(argument.description, extras);
  },
};

/** The implicit `help [command]` of commands with subcommands, in the interface language. */
export function localiseHelpCommands(cmd: Command): void {
  for (const sub of cmd.commands) {
    if (sub.commands.length > 0) sub.helpCommand(t('cli.help.helpCommand', { name: 'help' }), t('cli.help.helpCommandDescription'));
    localiseHelpCommands(sub);
  }
}

/** "(Did you mean --x?)": commander's suggestion line, in the interface language. */
function suggestion(rest: string): string {
  const one = /^\n\(Did you mean ([^,?]+)\?\)$/.exec(rest);
  if (one) return `\n${t('cli.commanderErrors.didYouMean', { name: one[1] })}`;
  const many = /^\n\(Did you mean one of (.+)\?\)$/.exec(rest);
  if (many) return `\n${t('cli.commanderErrors.didYouMeanOneOf', { names: many[1] })}`;
  return rest;
}

/** Why a value is invalid, after commander's sentence (a space in English, none after a full stop in Chinese). */
const reason = (text: string | undefined): string => (text ? t('cli.commanderErrors.reason', { reason: text }) : '');

/**
 * Commander's usage errors in the interface language, keeping every flag, argument and value as
 * typed. A message we do not recognise (a newer commander's) passes unchanged.
 */
export function commanderError(message: string): string {
  const body = message.replace(/\n$/, '');
  let m: RegExpExecArray | null;
  if ((m = /^error: unknown option '([^']*)'([\s\S]*)$/.exec(body))) return `${t('cli.commanderErrors.unknownOption', { flag: m[1] })}${suggestion(m[2]!)}\n`;
  if ((m = /^error: unknown command '([^']*)'([\s\S]*)$/.exec(body))) return `${t('cli.commanderErrors.unknownCommand', { name: m[1] })}${suggestion(m[2]!)}\n`;
  if ((m = /^error: missing required argument '([^']*)'$/.exec(body))) return `${t('cli.commanderErrors.missingArgument', { name: placeholder(m[1]!) })}\n`;
  if ((m = /^error: option '([^']*)' argument missing$/.exec(body))) return `${t('cli.commanderErrors.optionArgumentMissing', { flags: localisePlaceholders(m[1]!) })}\n`;
  if ((m = /^error: required option '([^']*)' not specified$/.exec(body))) return `${t('cli.commanderErrors.requiredOption', { flags: localisePlaceholders(m[1]!) })}\n`;
  if ((m = /^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+): (.*)\.$/.exec(body))) {
    const expected = Number(m[2]);
    const values = { count: expected, got: m[3], args: m[4] };
    const text = m[1] ? t('cli.commanderErrors.tooManyArgumentsFor', { ...values, name: m[1] }) : t('cli.commanderErrors.tooManyArguments', values);
    return `${text}\n`;
  }
  if ((m = /^error: option '([^']*)' argument '([^']*)' is invalid\. ?([\s\S]*)$/.exec(body))) {
    return `${t('cli.commanderErrors.invalidArgument', { flags: localisePlaceholders(m[1]!), value: m[2] })}${reason(m[3])}\n`;
  }
  if ((m = /^error: command-argument value '([^']*)' is invalid for argument '([^']*)'\. ?([\s\S]*)$/.exec(body))) {
    return `${t('cli.commanderErrors.invalidCommandArgument', { value: m[1], name: placeholder(m[2]!) })}${reason(m[3])}\n`;
  }
  return message;
}
