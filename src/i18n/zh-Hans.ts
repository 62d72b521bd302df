// The zh-Hans catalog: one JSON file per area of the app (catalogs/zh-Hans/*.json), put together here.
// Generated shape, kept by hand: one import per area, in the same order in every language.
import common from './catalogs/zh-Hans/common.json' with { type: 'json' };
import shell from './catalogs/zh-Hans/shell.json' with { type: 'json' };
import home from './catalogs/zh-Hans/home.json' with { type: 'json' };
import settings from './catalogs/zh-Hans/settings.json' with { type: 'json' };
import logs from './catalogs/zh-Hans/logs.json' with { type: 'json' };
import history from './catalogs/zh-Hans/history.json' with { type: 'json' };
import models from './catalogs/zh-Hans/models.json' with { type: 'json' };
import errors from './catalogs/zh-Hans/errors.json' with { type: 'json' };
import interview from './catalogs/zh-Hans/interview.json' with { type: 'json' };
import feedback from './catalogs/zh-Hans/feedback.json' with { type: 'json' };
import questions from './catalogs/zh-Hans/questions.json' with { type: 'json' };
import cli from './catalogs/zh-Hans/cli.json' with { type: 'json' };
import store from './catalogs/zh-Hans/store.json' with { type: 'json' };
import type { Catalog } from './en.js';

// Typed as the English catalog: an area or key missing here is a compile error.
const catalog: Catalog = { common, shell, home, settings, logs, history, models, errors, interview, feedback, questions, cli, store };
export default catalog;
