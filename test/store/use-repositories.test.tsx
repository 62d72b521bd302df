// The React hooks over the repositories: a component re-renders when another process changes a file,
// and a damaged file shows as a message where it is used, never a crash.
import fs from 'node:fs';
import { Text } from 'ink';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRepositories, type Repositories } from '../../src/app/repositories.js';
import { RepositoriesProvider, useModels, useQuestions } from '../../src/app/use-repositories.js';
import { openStore } from '../../src/store/index.js';
import { model, tempDir } from './support.js';

function ModelNames() {
  const models = useModels();
  const bank = useQuestions();
  const names = models.status === 'ok' ? models.data.models.map((m) => m.name).join(', ') : `models unavailable: ${models.status}`;
  const questions = bank.status === 'ok' ? `${bank.data.length} questions` : 'question bank unavailable';
  return (
    <Text>
      {names} | {questions}
    </Text>
  );
}

const opened: Repositories[] = [];
afterEach(() => opened.splice(0).forEach((r) => r.close()));

describe('useModels / useQuestions', () => {
  it('re-render when another process writes, and report a damaged file in place', async () => {
    const dir = tempDir();
    const repositories = createRepositories(openStore({ dataDir: dir }));
    opened.push(repositories);
    const other = openStore({ dataDir: dir });
    const app = render(
      <RepositoriesProvider repositories={repositories}>
        <ModelNames />
      </RepositoriesProvider>,
    );
    expect(app.lastFrame()).toBe('demo | 0 questions');
    other.addModel(model('Sonnet'));
    await vi.waitFor(() => expect(app.lastFrame()).toBe('Sonnet, demo | 0 questions'), { timeout: 4_000 });
    fs.writeFileSync(other.paths.questions, 'not json');
    await vi.waitFor(() => expect(app.lastFrame()).toBe('Sonnet, demo | question bank unavailable'), { timeout: 4_000 });
    app.unmount();
  });
});
