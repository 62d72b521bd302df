// `mockview questions generate|add|list|remove`: the question bank (seed §3 "question generation")
// without a terminal UI. generate streams the model's reply to stderr as progress, parses it into
// questions and stores them; stdout gets only the numbered list (or JSON), so it pipes cleanly.
import type { Command } from 'commander';
import { isProviderError } from '../models/provider-error.js';
import { readDocumentAsync } from '../documents.js';
import { buildQuestionGenerationPrompt, parseQuestionList } from '../interview/question-bank.js';
import { existingFor, logUnreadableReply, MAX_GENERATE, NO_QUESTIONS, toBankQuestions } from '../interview/bank-questions.js';
import { INTERVIEW_TYPES, isInterviewType, isLevel, LEVELS, type BankQuestion, type InterviewType } from '../store/schema.js';
import type { Store } from '../store/types.js';
import { explainFailure, runStream } from './ask.js';
import { err, noModelNamed, out, printJson, readStdin, storeFor, streamWriter } from './context.js';
import { CliExit, usageError } from './errors.js';
import { padCells } from './table.js';
import { t } from '../i18n/index.js';
import { typeLabel } from './labels.js';


interface GenerateFlags {
  model?: string;
  role?: string;
  type: string;
  level?: string;
  jd?: string;
  count: string;
  language?: string;
  json?: boolean;
}


async function generate(store: Store, f: GenerateFlags): Promise<void> {
  const problems: string[] = [];
  if (!f.role?.trim()) problems.push(`--role: ${t('cli.common.roleRequired')}`);
  if (!isInterviewType(f.type)) problems.push(`--type: ${t('cli.common.notOneOf', { value: f.type, list: INTERVIEW_TYPES.join(', ') })}`);
  if (f.level !== undefined && !isLevel(f.level)) problems.push(`--level: ${t('cli.common.notOneOf', { value: f.level, list: LEVELS.join(', ') })}`);
  const count = Number(f.count);
  if (!/^\s*\d+\s*$/.test(f.count) || count < 1 || count > MAX_GENERATE) problems.push(`--count: ${t('cli.common.notWholeFromTo', { value: f.count, min: 1, max: MAX_GENERATE })}`);
  if (f.language !== undefined && !f.language.trim()) problems.push(`--language: ${t('cli.questions.emptyLanguage')}`);
  const modelName = f.model ?? store.defaultModelName();
  const config = store.getModel(modelName);
  if (!config) problems.push(`--model: ${noModelNamed(store, modelName)}`);
  const jd = f.jd !== undefined ? await readDocumentAsync('--jd', f.jd) : undefined;
  if (jd && !jd.ok) problems.push(jd.error);
  if (problems.length > 0 || !config) throw usageError(...problems);

  const type = f.type as InterviewType;
  const role = f.role!.trim();
  const bank = store.listQuestions();
  const request = buildQuestionGenerationPrompt({
    role,
    type,
    count,
    language: f.language?.trim() || store.settings().language,
    ...(f.level ? { level: f.level } : {}),
    ...(jd?.ok ? { jdText: jd.text } : {}),
    existing: existingFor(bank, type, role),
  });
  const progress = !f.json;
  if (progress) err(t('cli.questions.asking', { name: config.name, count, type: typeLabel(type), role }));
  let text: string;
  const shown = streamWriter(process.stderr);
  try {
    const result = await runStream(store, config, 'questions', request, (text) => {
      if (progress) shown.write(text);
    });
    text = result.text;
    if (progress) shown.end();
    if (progress) err('');
    if (progress) for (const n of result.notices) err(t('cli.common.note', { text: n }));
  } catch (e) {
    if (progress) shown.end();
    if (progress) err('');
    if (!isProviderError(e)) throw e;
    throw new CliExit(1, explainFailure(e));
  }

  const parsed = parseQuestionList(text);
  if (parsed.length === 0) {
    // The log is where the reply is kept; a damaged logs.json must not replace this message with its own.
    let details: string;
    try {
      details = t('cli.common.detailsEntry', { command: 'mockview logs', id: logUnreadableReply(store, config, text).id });
    } catch (e) {
      details = t('cli.common.detailsNotLogged', { why: (e as Error).message });
    }
    throw new CliExit(1, [`✗ ${NO_QUESTIONS}`, t('cli.common.fix', { text: t('cli.questions.noQuestionsFix') }), details]);
  }
  const { added, skipped } = toBankQuestions(parsed, { type, role, source: config.name, existing: bank });
  if (added.length) store.addQuestions(added);
  if (f.json) return printJson(added);
  added.forEach((q, i) => out(`${String(i + 1).padStart(2)}. ${q.text}`));
  const skippedNote = skipped ? t('cli.questions.skipped', { count: skipped }) : '';
  err(t('cli.questions.saved', { count: added.length, skipped: skippedNote, command: 'mockview questions list' }));
}

function list(store: Store, f: { json?: boolean; type?: string; role?: string }): void {
  if (f.type !== undefined && !isInterviewType(f.type)) throw usageError(`--type: ${t('cli.common.notOneOf', { value: f.type, list: INTERVIEW_TYPES.join(', ') })}`);
  const role = f.role?.trim().toLowerCase();
  const questions = store
    .listQuestions()
    .filter((q) => (f.type ? q.type === f.type : true))
    .filter((q) => (role ? q.role.toLowerCase().includes(role) : true));
  if (f.json) return printJson(questions);
  if (questions.length === 0) {
    const filtered = f.type !== undefined || role !== undefined;
    return out(filtered ? t('cli.questions.noMatch') : t('cli.questions.empty', { command: `mockview questions generate --role "${t('cli.common.exampleRole')}"` }));
  }
  const head = [t('cli.questions.list.id'), t('cli.questions.list.type'), t('cli.questions.list.role'), t('cli.questions.list.source'), t('cli.questions.list.question')];
  out(padCells([head, ...questions.map((q) => [q.id, typeLabel(q.type), q.role, q.source === 'manual' ? t('cli.questions.manual') : q.source, q.text])]).join('\n'));
}

/** An exact id, or a prefix only one question has. */
/** Your own question, from the argument or standard input (-). */
async function add(store: Store, text: string, f: { type: string; role?: string; json?: boolean }): Promise<void> {
  if (!isInterviewType(f.type)) throw usageError(`--type: ${t('cli.common.notOneOf', { value: f.type, list: INTERVIEW_TYPES.join(', ') })}`);
  const question = (text === '-' ? await readStdin(t('cli.help.metavars.question')) : text).trim();
  if (!question) throw usageError(t('cli.questions.emptyQuestion', { question: t('cli.help.metavars.question') }));
  const { added } = toBankQuestions([question], { type: f.type, role: (f.role ?? '').trim(), source: 'manual', existing: store.listQuestions() });
  if (!added[0]) throw usageError(t('cli.questions.duplicate', { question: t('cli.help.metavars.question'), command: 'mockview questions list' }));
  store.addQuestions(added);
  if (f.json) return printJson(added[0]);
  out(t('cli.questions.added', { id: added[0].id, text: added[0].text }));
}

function findQuestion(store: Store, id: string): BankQuestion {
  const all = store.listQuestions();
  const exact = all.find((q) => q.id === id);
  if (exact) return exact;
  const matches = id ? all.filter((q) => q.id.startsWith(id)) : [];
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) throw usageError(t('cli.questions.ambiguous', { id, count: matches.length }));
  throw usageError(t('cli.questions.notFound', { id, command: 'mockview questions list' }));
}

export function registerQuestions(program: Command): void {
  const questions = program.command('questions').description(t('cli.questions.help.questions'));
  questions
    .command('generate')
    .description(t('cli.questions.help.generate'))
    .option('--model <name>', t('cli.ask.help.model'))
    .option('--role <role>', t('cli.common.help.role'))
    .option('--type <type>', INTERVIEW_TYPES.join(' | '), 'behavioural')
    .option('--level <level>', LEVELS.join(' | '))
    .option('--jd <file>', t('cli.common.help.jd'))
    .option('--count <n>', t('cli.questions.help.count', { max: MAX_GENERATE }), '10')
    .option('--language <lang>', t('cli.questions.help.language'))
    .option('--json', t('cli.questions.help.generateJson'))
    .action(async function (this: Command, flags: GenerateFlags) {
      await generate(storeFor(this), flags);
    });
  questions
    .command('add')
    .description(t('cli.questions.help.add'))
    .argument('<question>')
    .option('--type <type>', INTERVIEW_TYPES.join(' | '), 'behavioural')
    .option('--role <role>', t('cli.questions.help.addRole'))
    .option('--json', t('cli.questions.help.addJson'))
    .action(async function (this: Command, text: string, flags: { type: string; role?: string; json?: boolean }) {
      await add(storeFor(this), text, flags);
    });
  questions
    .command('list')
    .description(t('cli.questions.help.list'))
    .option('--json', t('cli.common.printJson'))
    .option('--type <type>', t('cli.questions.help.onlyType', { types: INTERVIEW_TYPES.join(' | ') }))
    .option('--role <role>', t('cli.questions.help.onlyRole'))
    .action(function (this: Command, flags: { json?: boolean; type?: string; role?: string }) {
      list(storeFor(this), flags);
    });
  questions
    .command('remove')
    .description(t('cli.questions.help.remove'))
    .argument('<id>')
    .action(function (this: Command, id: string) {
      const store = storeFor(this);
      const q = findQuestion(store, id.trim());
      store.removeQuestion(q.id);
      out(t('cli.questions.removed', { id: q.id, text: q.text }));
    });
}
