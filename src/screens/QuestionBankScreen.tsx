// Question bank (seed §3 "question generation"): browse the stored questions, filter (/), choose
// some (Space/Enter, ✓), add your own (a), edit one inline (e), delete (x), generate more with the
// default model (g) and start an interview that asks the chosen ones in the order chosen (s).
// The bank is the app layer's cached snapshot of questions.json; every write shows its result, and a
// damaged questions.json makes this screen say "question bank unavailable" (the rest of the app works).
import { Box, Text } from 'ink';
import { useEffect, useReducer, useRef, type ReactNode } from 'react';
import stringWidth from 'string-width';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { ErrorBox } from '../components/ErrorBox.js';
import { StatusLine } from '../components/StatusLine.js';
import { PlainField } from '../components/PlainField.js';
import { useBindings } from '../hooks/useBindings.js';
import type { Binding } from '../keys/bindings.js';
import { safeText } from '../terminal/safe-text.js';
import { initialBankState, questionBankReducer } from './question-bank-state.js';
import { truncateToWidth } from '../components/text-layout.js';
import { readDocument } from '../documents.js';
import { buildQuestionGenerationPrompt, parseQuestionList } from '../interview/question-bank.js';
import { useStream } from '../hooks/useStream.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { useNavigation, useServices } from '../navigation.js';
import type { Repositories } from '../app/repositories.js';
import { damagedLine, failureLine, findModel, usableModels, usableSettings } from '../app/screen-data.js';
import { useModels, useQuestions, useRepositories, useSettings } from '../app/use-repositories.js';
import { ActivityLine } from '../components/ActivityLine.js';
import type { BankQuestion, InterviewType } from '../store/schema.js';
import { existingFor, filterQuestions, plannedInterview, toBankQuestions, unreadableReplyEntry } from '../interview/bank-questions.js';
import { QuestionGenerateForm } from './QuestionGenerateForm.js';
import { typeShortLabel } from '../interview/labels.js';
import { useT } from '../hooks/useT.js';
import { interviewLanguageFor, t as translate } from '../i18n/index.js';

type Handler = 'move' | 'toggle' | 'start' | 'generate' | 'add' | 'filter' | 'edit' | 'delete' | 'back' | 'keepFilter' | 'clearFilter' | 'save' | 'cycleType' | 'escape' | 'cancelStream';

/** The short type name for the TYPE column, in the interface language. */
const shortType = (type: InterviewType): string => typeShortLabel(type);

/** `text` cut and padded to `width` columns, always leaving one blank column after it. */
const cell = (text: string, width: number): string => {
  const cut = truncateToWidth(text, width - 1);
  return cut + ' '.repeat(Math.max(0, width - stringWidth(cut)));
};


/**
 * The questions chosen, kept while the app runs: the screen is left for the interview setup (s)
 * and comes back on Esc, and a choice of ten questions should still be there.
 */
const chosenBefore = new WeakMap<Repositories, string[]>();
const NO_BANK: readonly BankQuestion[] = [];

export function QuestionBankScreen(): ReactNode {
  const t = useT();
  const nav = useNavigation();
  const services = useServices();
  const repositories = useRepositories();
  const { rows, columns } = useTerminalSize();
  // Cached: questions.json is parsed again only when it changed (a generation re-renders this screen
  // 25 times a second), by us or by another mockview.
  const bank = useQuestions();
  const usable = bank.status === 'ok';
  const all = bank.status === 'ok' ? bank.data : NO_BANK;
  const modelsView = usableModels(useModels());
  const settings = usableSettings(useSettings());
  const [state, dispatch] = useReducer(questionBankReducer, undefined, () => {
    const stored = new Set(all.map((q) => q.id));
    return initialBankState((chosenBefore.get(repositories) ?? []).filter((id) => stored.has(id)));
  });
  const { mode, filter, chosen, draftText, draftId, editError, adding, flash, error, form, formFocus, formErrors, generatingWith } = state;
  useEffect(() => {
    chosenBefore.set(repositories, [...chosen]);
  }, [chosen, repositories]);
  const stream = useStream();
  const saving = useRef(false);

  const shown = filterQuestions(all, filter);
  const found = shown.findIndex((q) => q.id === state.cursorId);
  const index = found >= 0 ? found : 0;
  const current: BankQuestion | undefined = shown[index];
  const chosenSet = new Set(chosen);
  const defaultModel = modelsView.defaultName;

  const { setTyping } = nav;
  useEffect(() => {
    if (mode === 'form') return; // the form sets its own
    setTyping(mode === 'filter' || mode === 'edit' || mode === 'add');
    return () => setTyping(false);
  }, [mode, setTyping]);

  const moveTo = (i: number): void => dispatch({ type: 'cursor', id: shown[Math.max(0, Math.min(shown.length - 1, i))]?.id });
  const visible = Math.max(3, rows - 8 - (mode === 'form' ? 9 : mode === 'generating' ? 5 : error ? 6 : mode === 'edit' || mode === 'add' ? 2 : 1));

  const startInterview = (): void => {
    const picked = chosen.map((id) => all.find((q) => q.id === id)).filter((q): q is BankQuestion => q !== undefined);
    if (picked.length === 0) return dispatch({ type: 'flash', text: t('questions.flash.chooseFirst') });
    nav.go({ screen: 'interview-setup', prefill: plannedInterview(picked) });
  };

  // A failed save stays in the line with the text typed (the message says why; Esc cancels).
  const saveEdit = async (): Promise<void> => {
    const id = state.editing?.id ?? current?.id;
    if (!id) return dispatch({ type: 'done' });
    const text = draftText.trim();
    if (!text) return dispatch({ type: 'edit-error', message: t('questions.errors.empty') });
    if (text === all.find((q) => q.id === id)?.text) return dispatch({ type: 'done', flash: '' });
    const result = await repositories.questions.update(id, text);
    // Removed elsewhere meanwhile: nothing typed is lost, it can be added as a new question.
    if (!result.ok && result.reason === 'not-found') return dispatch({ type: 'edit-lost', message: t('questions.errors.removed') });
    if (!result.ok) return dispatch({ type: 'edit-error', message: t('questions.errors.escCancels', { why: failureLine(t('questions.errors.notSaved'), result).slice(2) }) });
    dispatch({ type: 'done', flash: t('questions.flash.saved') });
  };

  const saveNew = async (): Promise<void> => {
    const text = draftText.trim();
    if (!text) return dispatch({ type: 'edit-error', message: t('questions.errors.empty') });
    const { added } = toBankQuestions([text], { ...adding, source: 'manual', existing: all });
    if (!added[0]) return dispatch({ type: 'edit-error', message: t('questions.errors.duplicate') });
    const result = await repositories.questions.add(added);
    if (!result.ok) return dispatch({ type: 'edit-error', message: t('questions.errors.escCancels', { why: failureLine(t('questions.errors.notAdded'), result).slice(2) }) });
    dispatch({ type: 'done', flash: t('questions.flash.added'), clearFilter: true, cursorId: added[0].id });
  };

  const generate = async (): Promise<void> => {
    const problems: Partial<Record<'role' | 'jd', string>> = {};
    if (!form.role.trim()) problems.role = t('questions.errors.roleEmpty');
    const jd = form.jd.trim() ? readDocument(t('interview.setup.documents.jd'), form.jd) : undefined;
    if (jd && !jd.ok) problems.jd = jd.error;
    dispatch({ type: 'form-errors', errors: problems });
    const config = findModel(modelsView, defaultModel);
    if (Object.keys(problems).length > 0) return;
    if (!config) {
      return dispatch({ type: 'done', error: { title: t('questions.errors.noModel', { model: defaultModel }), fix: t('questions.errors.noModelFix') } });
    }
    const role = form.role.trim();
    const type = form.type;
    const request = buildQuestionGenerationPrompt({
      role,
      type,
      count: form.count,
      language: interviewLanguageFor(settings.language),
      ...(jd?.ok ? { jdText: jd.text } : {}),
      existing: existingFor(all, type, role),
    });
    dispatch({ type: 'generating', modelName: config.name });
    const result = await stream.start(services.openProvider(config, 'questions'), request);
    if (result.status === 'cancelled') return dispatch({ type: 'done', flash: t('questions.flash.cancelled') });
    if (result.status === 'failed' && result.error) {
      const e = result.error;
      return dispatch({ type: 'done', error: { title: e.title, fix: e.fix, errorClass: e.errorClass, logHint: e.logId ? t('questions.errors.logHintEntry', { id: e.logId }) : t('questions.errors.logHint') } });
    }
    const parsed = parseQuestionList(result.text);
    if (parsed.length === 0) {
      const logged = await repositories.logs.append(unreadableReplyEntry(config, result.text));
      const logHint = logged.ok && logged.value ? t('questions.errors.replyLogged', { id: logged.value.id }) : t('questions.errors.replyNotLogged', { why: logged.ok ? t('questions.errors.skipped') : logged.message });
      return dispatch({ type: 'done', error: { title: t('questions.errors.noQuestions'), fix: t('questions.errors.noQuestionsFix'), logHint } });
    }
    // The bank as it is now: another mockview may have added to it while the model was answering.
    const now = repositories.questions.getSnapshot();
    const { added, skipped } = toBankQuestions(parsed, { type, role, source: config.name, existing: now.status === 'ok' ? now.data : all });
    if (added.length) {
      const saved = await repositories.questions.add(added);
      if (!saved.ok) return dispatch({ type: 'done', error: { title: failureLine(t('questions.errors.generatedNotAdded', { count: added.length }), saved).slice(2), fix: t('questions.errors.generateAgain') } });
    }
    dispatch({
      type: 'done',
      clearFilter: true,
      ...(added[0] ? { cursorId: added[0].id } : {}),
      flash: skipped
        ? t('questions.flash.generatedSkipped', { count: added.length, model: config.name, skipped })
        : t('questions.flash.generated', { count: added.length, model: config.name }),
    });
  };

  const here = current ? { type: current.type, role: current.role } : undefined;
  // A damaged questions.json leaves only Esc: nothing to browse, and nothing may be written over it.
  const list = mode === 'list' && usable;
  const bindings: Binding<Handler>[] = [
    { on: ['escape'], keys: 'Esc', action: t('questions.keys.back'), handler: 'back', when: !usable, hint: false },
    { on: ['up', 'k', 'down', 'j'], keys: '↑↓', action: t('questions.keys.move'), handler: 'move', when: list, hint: false },
    { on: ['pageup', 'pagedown', 'home', 'end'], keys: 'PgUp/PgDn Home/End', action: t('questions.keys.scroll'), handler: 'move', when: list, hint: false },
    { on: ['space', 'enter'], keys: 'Space', action: t('questions.keys.choose'), handler: 'toggle', when: list && current !== undefined },
    { on: ['s'], keys: 's', action: t('questions.keys.start', { n: chosen.length }), handler: 'start', when: list },
    { on: ['g'], keys: 'g', action: t('questions.keys.generate'), handler: 'generate', when: list },
    { on: ['a'], keys: 'a', action: t('questions.keys.add'), handler: 'add', when: list },
    { on: ['/'], keys: '/', action: t('questions.keys.filter'), handler: 'filter', when: list },
    { on: ['e'], keys: 'e', action: t('questions.keys.edit'), handler: 'edit', when: list && current !== undefined },
    { on: ['x', 'delete'], keys: 'x', action: t('questions.keys.delete'), handler: 'delete', when: list && current !== undefined },
    { on: ['escape'], keys: 'Esc', action: filter ? t('questions.keys.clearFilter') : t('questions.keys.back'), handler: 'back', when: list, hint: Boolean(filter) },
    { on: ['enter'], keys: 'Enter', action: t('questions.keys.keepFilter'), handler: 'keepFilter', when: mode === 'filter' },
    { on: ['escape'], keys: 'Esc', action: t('questions.keys.clear'), handler: 'clearFilter', when: mode === 'filter' },
    { on: ['enter'], keys: 'Enter', action: mode === 'add' ? t('questions.keys.add') : t('questions.keys.save'), handler: 'save', when: mode === 'edit' || mode === 'add' },
    { on: ['tab', 'shift+tab'], keys: 'Tab', action: t('questions.keys.type'), handler: 'cycleType', when: mode === 'add' },
    { on: ['escape'], keys: 'Esc', action: t('questions.keys.cancel'), handler: 'escape', when: mode === 'edit' || mode === 'add' },
    { on: ['escape'], keys: 'Esc', action: t('questions.keys.cancel'), handler: 'cancelStream', when: mode === 'generating' },
    { on: ['y'], keys: 'y', action: mode === 'discard' ? t('questions.keys.discard') : t('questions.keys.delete'), by: 'dialog', when: mode === 'delete' || mode === 'discard' },
    { on: ['n', 'escape'], keys: 'n/Esc', action: t('questions.keys.keep'), by: 'dialog', when: mode === 'delete' || mode === 'discard' },
  ];
  useBindings(
    bindings,
    {
      move: ({ name }) => {
        dispatch({ type: 'key' });
        const to = { up: index - 1, k: index - 1, down: index + 1, j: index + 1, pageup: index - visible, pagedown: index + visible, home: 0, end: shown.length - 1 }[name as string];
        if (to !== undefined) moveTo(to);
      },
      toggle: () => current && (dispatch({ type: 'key' }), dispatch({ type: 'toggle', id: current.id })),
      start: () => (dispatch({ type: 'key' }), startInterview()),
      generate: () => (dispatch({ type: 'key' }), dispatch({ type: 'open-form', question: here })),
      add: () => (dispatch({ type: 'key' }), dispatch({ type: 'start-add', question: here })),
      filter: () => (dispatch({ type: 'key' }), dispatch({ type: 'start-filter' })),
      edit: () => current && (dispatch({ type: 'key' }), dispatch({ type: 'start-edit', text: current.text, question: { id: current.id, type: current.type, role: current.role } })),
      delete: () => (dispatch({ type: 'key' }), dispatch({ type: 'ask-delete' })),
      back: () => (dispatch({ type: 'key' }), filter ? dispatch({ type: 'clear-filter' }) : nav.back()),
      keepFilter: () => dispatch({ type: 'keep-filter' }),
      clearFilter: () => dispatch({ type: 'clear-filter' }),
      save: () => {
        // One save at a time: Enter pressed again while a save waits for a lock adds nothing twice.
        if (saving.current) return;
        saving.current = true;
        void (mode === 'add' ? saveNew() : saveEdit()).finally(() => (saving.current = false));
      },
      cycleType: ({ name }) => dispatch({ type: 'cycle-add-type', delta: name === 'shift+tab' ? -1 : 1 }),
      escape: () => dispatch({ type: 'escape' }),
      cancelStream: () => stream.cancel(),
    },
    { isActive: mode !== 'form' },
  );

  const above = Math.max(0, Math.min(index - visible + 1, shown.length - visible));
  const start = Math.max(0, above);
  const window = shown.slice(start, start + visible);
  const below = shown.length - start - window.length;
  const tail = stream.state.text
    .split('\n')
    .filter((l) => l.trim())
    .slice(-3);
  const soFar = mode === 'generating' ? parseQuestionList(stream.state.text).length : 0;

  const one = (text: string): string => safeText(text, { oneLine: true });
  const discardOf = state.discarding;
  if (bank.status === 'damaged') {
    return (
      <Box flexDirection="column" paddingX={1}>
        <Text bold>{t('questions.title')}</Text>
        <Text color="red" wrap="wrap">
          {t('questions.damaged.line', { why: one(damagedLine(bank)) })}
        </Text>
        <Text dimColor>{t('questions.damaged.note')}</Text>
      </Box>
    );
  }
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold wrap="truncate-end">
        {t('questions.title')} <Text dimColor>{t('questions.count', { count: all.length, chosen: chosen.length })}</Text>
      </Text>
      {mode === 'filter' ? (
        <PlainField label={t('questions.filter.label')} value={filter} onChange={(text) => dispatch({ type: 'filter', text })} focused placeholder={t('questions.filter.placeholder')} labelWidth={7} />
      ) : filter ? (
        <Text wrap="truncate-end">
          <Text dimColor>{t('questions.filter.shown')}</Text>
          {one(filter)} <Text dimColor>{t('questions.filter.counts', { shown: shown.length, total: all.length })}</Text>
        </Text>
      ) : null}
      <Text dimColor>
        {'    '}
        {cell(t('questions.columns.type'), 14)}
        {cell(t('questions.columns.role'), 18)}
        {t('questions.columns.question')}
      </Text>
      {(mode === 'edit' || discardOf === 'edit') && state.editing && !window.some((q) => q.id === state.editing?.id) ? (
        <PlainField label="  ✎" value={draftText} onChange={(text) => dispatch({ type: 'draft', text, draftId })} focused={mode === 'edit'} error={editError ?? t('questions.editGone')} labelWidth={5} />
      ) : null}
      {mode === 'add' || discardOf === 'add' ? (
        <PlainField
          label={`+ ${cell(shortType(adding.type), 14)}${cell(one(adding.role) || '—', 18)}`}
          value={draftText}
          onChange={(text) => dispatch({ type: 'draft', text, draftId })}
          focused={mode === 'add'}
          placeholder={t('questions.addPlaceholder')}
          error={editError}
          labelWidth={34}
        />
      ) : null}
      {all.length === 0 && mode !== 'add' ? <Text wrap="truncate-end">{t('questions.empty', { model: one(defaultModel) })}</Text> : null}
      {all.length > 0 && shown.length === 0 ? <Text dimColor>{t('questions.filter.nothing')}</Text> : null}
      {start > 0 ? <Text dimColor>{t('questions.above', { n: start })}</Text> : null}
      {window.map((q) => {
        const atCursor = q.id === current?.id;
        const mark = `${atCursor && mode !== 'add' ? '›' : ' '} ${chosenSet.has(q.id) ? '✓' : ' '} `;
        if (q.id === (state.editing?.id ?? current?.id) && (mode === 'edit' || discardOf === 'edit')) {
          return <PlainField key={q.id} label={`${mark}✎`} value={draftText} onChange={(text) => dispatch({ type: 'draft', text, draftId })} focused={mode === 'edit'} error={editError} labelWidth={5} />;
        }
        return (
          <Text key={q.id} wrap="truncate-end" inverse={atCursor && mode === 'list'}>
            {truncateToWidth(`${mark}${cell(shortType(q.type), 14)}${cell(one(q.role) || '—', 18)}${one(q.text)}`, Math.max(10, columns - 2))}
          </Text>
        );
      })}
      {below > 0 ? <Text dimColor>{t('questions.below', { n: below })}</Text> : null}
      {flash ? <Text color={flash.startsWith('✗') ? 'red' : 'yellow'} wrap="truncate-end">{one(flash)}</Text> : null}
      <ActivityLine />
      {error ? <ErrorBox title={one(error.title)} fix={error.fix && one(error.fix)} errorClass={error.errorClass} logHint={error.logHint} /> : null}
      {mode === 'delete' && current ? (
        <ConfirmDialog
          question={t('questions.deleteQuestion', { text: truncateToWidth(one(current.text), 60) })}
          onAnswer={(yes) => {
            if (!yes) return dispatch({ type: 'done' });
            const next = shown[index + 1]?.id ?? shown[index - 1]?.id;
            dispatch({ type: 'done', flash: translate('questions.flash.deleting') });
            void repositories.questions.remove(current.id).then((result) =>
              dispatch(result.ok ? { type: 'done', flash: translate('questions.flash.deleted'), unchoose: current.id, cursorId: next } : { type: 'done', flash: failureLine(translate('questions.errors.notDeleted'), result) }),
            );
          }}
        />
      ) : null}
      {mode === 'discard' ? <ConfirmDialog question={t('questions.discard')} onAnswer={(yes) => dispatch({ type: 'discard', yes })} /> : null}
      {mode === 'form' || discardOf === 'form' ? (
        <QuestionGenerateForm
          draft={form}
          onChange={(draft) => dispatch({ type: 'form', draft })}
          focus={formFocus}
          onFocus={(field) => dispatch({ type: 'form-focus', field })}
          errors={formErrors}
          modelName={one(defaultModel)}
          active={mode === 'form'}
          onSubmit={() => void generate()}
          onCancel={() => dispatch({ type: 'escape' })}
        />
      ) : null}
      {mode === 'generating' ? (
        <Box flexDirection="column">
          <StatusLine
            label={stream.state.text ? t('questions.generating.generating', { model: one(generatingWith) }) : t('questions.generating.asking', { model: one(generatingWith) })}
            busy
            extra={[t('questions.generating.soFar', { count: soFar }), t('questions.generating.escCancels')]}
          />
          {tail.map((line, i) => (
            <Text key={i} dimColor wrap="truncate-end">
              {'  '}
              {one(line)}
            </Text>
          ))}
        </Box>
      ) : null}
    </Box>
  );
}
