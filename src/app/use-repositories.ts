// The React side of the app layer, and the only file in src/app/ that imports React: screens read
// repositories through useSyncExternalStore (cached snapshots, re-rendered when a file changes, ours or
// another process's) and write through their result-returning methods.
import { createContext, createElement, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Repositories, Subscribable } from './repositories.js';

const RepositoriesContext = createContext<Repositories | null>(null);

export function RepositoriesProvider({ repositories, children }: { repositories: Repositories; children?: ReactNode }) {
  return createElement(RepositoriesContext.Provider, { value: repositories }, children);
}

export function useRepositories(): Repositories {
  const repositories = useContext(RepositoriesContext);
  if (!repositories) throw new Error('useRepositories: no RepositoriesProvider above this screen');
  return repositories;
}

function useSnapshot<T>(source: Subscribable<T>): T {
  return useSyncExternalStore(source.subscribe, source.getSnapshot, source.getSnapshot);
}

/** Models (stored + demo) and the default, or `damaged` with config.json's message. */
export const useModels = () => useSnapshot(useRepositories().models);
export const useSettings = () => useSnapshot(useRepositories().settings);
/** Past sessions, with the damaged files listed apart. */
export const useSessions = () => useSnapshot(useRepositories().sessions);
/** The question bank, or `damaged` (the bank is then unavailable, with its message; the rest of the app works). */
export const useQuestions = () => useSnapshot(useRepositories().questions);
/** The log, or `damaged` (logging is then skipped; errors are still shown where they happen). */
export const useLogs = () => useSnapshot(useRepositories().logs);
/** What the app is waiting for (another mockview holding a lock), for a status line. */
export const useActivity = () => useSnapshot(useRepositories().activity);
