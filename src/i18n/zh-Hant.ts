// The zh-Hant catalog: one JSON file per area of the app (catalogs/zh-Hant/*.json), put together here.
// Generated shape, kept by hand: one import per area, in the same order in every language.
import common from './catalogs/zh-Hant/common.json' with { type: 'json' };
import shell from './catalogs/zh-Hant/shell.json' with { type: 'json' };
import home from './catalogs/zh-Hant/home.json' with { type: 'json' };
import settings from './catalogs/zh-Hant/settings.json' with { type: 'json' };
import logs from './catalogs/zh-Hant/logs.json' with { type: 'json' };
import history from './catalogs/zh-Hant/history.json' with { type: 'json' };
import models from './catalogs/zh-Hant/models.json' with { type: 'json' };
import errors from './catalogs/zh-Hant/errors.json' with { type: 'json' };
import interview from './catalogs/zh-Hant/interview.json' with { type: 'json' };
import feedback from './catalogs/zh-Hant/feedback.json' with { type: 'json' };
import questions from './catalogs/zh-Hant/questions.json' with { type: 'json' };
import cli from './catalogs/zh-Hant/cli.json' with { type: 'json' };
import store from './catalogs/zh-Hant/store.json' with { type: 'json' };
import type { Catalog } from './en.js';

// Typed as the English catalog: an area or key missing here is a compile error.
const catalog: Catalog = { common, shell, home, settings, logs, history, models, errors, interview, feedback, questions, cli, store };
export default catalog;
