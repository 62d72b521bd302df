// The en catalog: one JSON file per area of the app (catalogs/en/*.json), put together here.
// Generated shape, kept by hand: one import per area, in the same order in every language.
import common from './catalogs/en/common.json' with { type: 'json' };
import shell from './catalogs/en/shell.json' with { type: 'json' };
import home from './catalogs/en/home.json' with { type: 'json' };
import settings from './catalogs/en/settings.json' with { type: 'json' };
import logs from './catalogs/en/logs.json' with { type: 'json' };
import history from './catalogs/en/history.json' with { type: 'json' };
import models from './catalogs/en/models.json' with { type: 'json' };
import errors from './catalogs/en/errors.json' with { type: 'json' };
import interview from './catalogs/en/interview.json' with { type: 'json' };
import feedback from './catalogs/en/feedback.json' with { type: 'json' };
import questions from './catalogs/en/questions.json' with { type: 'json' };
import cli from './catalogs/en/cli.json' with { type: 'json' };
import store from './catalogs/en/store.json' with { type: 'json' };

const catalog = { common, shell, home, settings, logs, history, models, errors, interview, feedback, questions, cli, store };
export type Catalog = typeof catalog;
export default catalog;
