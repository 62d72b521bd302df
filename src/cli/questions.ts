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
  if (!f.role?.trim()) problems.push('--role: required, e.g. --role "Backend engineer"');
  if (!isInterviewType(f.type)) problems.push(`--type: '${f.type}' is not one of ${INTERVIEW_TYPES.join(', ')}`);
  if (f.level !== undefined && !isLevel(f.level)) problems.push(`--level: '${f.level}' is not one of ${LEVELS.join(', ')}`);
  const count = Number(f.count);
  if (!/^\s*\d+\s*$/.test(f.count) || count < 1 || count > MAX_GENERATE) problems.push(`--count: '${f.count}' is not a whole number from 1 to ${MAX_GENERATE}`);
  if (f.language !== undefined && !f.language.trim()) problems.push('--language: empty (e.g. --language English)');
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
  if (progress) err(`Asking '${config.name}' for ${count} ${type} question${count === 1 ? '' : 's'} for ${role}…`);
  let text: string;
  const shown = streamWriter(process.stderr);
  try {
    const result = await runStream(store, config, 'questions', request, (t) => {
      if (progress) shown.write(t);
    });
    text = result.text;
    if (progress) shown.end();
    if (progress) err('');
    if (progress) for (const n of result.notices) err(`note: ${n}`);
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
      details = `  details: mockview logs (entry ${logUnreadableReply(store, config, text).id})`;
    } catch (e) {
      details = `  details: not logged (${(e as Error).message})`;
    }
    throw new CliExit(1, [`✗ ${NO_QUESTIONS}`, '  fix: try again, or ask for fewer questions or another model', details]);
  }
  const { added, skipped } = toBankQuestions(parsed, { type, role, source: config.name, existing: bank });
  if (added.length) store.addQuestions(added);
  if (f.json) return printJson(added);
  added.forEach((q, i) => out(`${String(i + 1).padStart(2)}. ${q.text}`));
  const skippedNote = skipped ? ` (${skipped} already there, skipped)` : '';
  err(`Saved ${added.length} question${added.length === 1 ? '' : 's'} to the bank${skippedNote}. See them: mockview questions list`);
}

function list(store: Store, f: { json?: boolean; type?: string; role?: string }): void {
  if (f.type !== undefined && !isInterviewType(f.type)) throw usageError(`--type: '${f.type}' is not one of ${INTERVIEW_TYPES.join(', ')}`);
  const role = f.role?.trim().toLowerCase();
  const questions = store
    .listQuestions()
    .filter((q) => (f.type ? q.type === f.type : true))
    .filter((q) => (role ? q.role.toLowerCase().includes(role) : true));
  if (f.json) return printJson(questions);
  if (questions.length === 0) {
    const filtered = f.type !== undefined || role !== undefined;
    return out(filtered ? 'No questions match.' : 'The question bank is empty. Generate some: mockview questions generate --role "Backend engineer"');
  }
  out(padCells([['ID', 'TYPE', 'ROLE', 'SOURCE', 'QUESTION'], ...questions.map((q) => [q.id, q.type, q.role, q.source, q.text])]).join('\n'));
}

/** An exact id, or a prefix only one question has. */
/** Your own question, from the argument or standard input (-). */
async function add(store: Store, text: string, f: { type: string; role?: string; json?: boolean }): Promise<void> {
  if (!isInterviewType(f.type)) throw usageError(`--type: '${f.type}' is not one of ${INTERVIEW_TYPES.join(', ')}`);
  const question = (text === '-' ? await readStdin('QUESTION') : text).trim();
  if (!question) throw usageError('QUESTION: the question is empty');
  const { added } = toBankQuestions([question], { type: f.type, role: (f.role ?? '').trim(), source: 'manual', existing: store.listQuestions() });
  if (!added[0]) throw usageError('QUESTION: that question is already in the bank (mockview questions list)');
  store.addQuestions(added);
  if (f.json) return printJson(added[0]);
  out(`Added ${added[0].id}: ${added[0].text}`);
}

function findQuestion(store: Store, id: string): BankQuestion {
  const all = store.listQuestions();
  const exact = all.find((q) => q.id === id);
  if (exact) return exact;
  const matches = id ? all.filter((q) => q.id.startsWith(id)) : [];
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) throw usageError(`'${id}' matches ${matches.length} questions; give more of the id`);
  throw usageError(`no question with id '${id}' (see mockview questions list)`);
}

export function registerQuestions(program: Command): void {
  const questions = program.command('questions').description('the question bank: generate with a model, add your own, list, remove');
  questions
    .command('generate')
    .description('ask a model for interview questions for a role (and job description) and store them')
    .option('--model <name>', 'model to ask (default: the default model)')
    .option('--role <role>', 'target role, e.g. "Backend engineer"')
    .option('--type <type>', INTERVIEW_TYPES.join(' | '), 'behavioural')
    .option('--level <level>', LEVELS.join(' | '))
    .option('--jd <file>', 'job description file')
    .option('--count <n>', `how many questions (1–${MAX_GENERATE})`, '10')
    .option('--language <lang>', 'language of the questions (default: settings)')
    .option('--json', 'print the stored questions as JSON (no progress on stderr)')
    .action(async function (this: Command, flags: GenerateFlags) {
      await generate(storeFor(this), flags);
    });
  questions
    .command('add')
    .description('add a question of your own (- reads it from standard input)')
    .argument('<question>')
    .option('--type <type>', INTERVIEW_TYPES.join(' | '), 'behavioural')
    .option('--role <role>', 'the role it is for, e.g. "Backend engineer"')
    .option('--json', 'print the stored question as JSON')
    .action(async function (this: Command, text: string, flags: { type: string; role?: string; json?: boolean }) {
      await add(storeFor(this), text, flags);
    });
  questions
    .command('list')
    .description('questions in the bank')
    .option('--json', 'print JSON')
    .option('--type <type>', `only this type (${INTERVIEW_TYPES.join(' | ')})`)
    .option('--role <role>', 'only roles containing this text')
    .action(function (this: Command, flags: { json?: boolean; type?: string; role?: string }) {
      list(storeFor(this), flags);
    });
  questions
    .command('remove')
    .description('remove a question (by id, or a unique start of it)')
    .argument('<id>')
    .action(function (this: Command, id: string) {
      const store = storeFor(this);
      const q = findQuestion(store, id.trim());
      store.removeQuestion(q.id);
      out(`Removed ${q.id}: ${q.text}`);
    });
}
