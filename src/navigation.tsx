// The shell's two contexts: where the user is (routes, back/forward) and what screens may use
// (services). Screens get data and actions from here and never import lowdb or the AWS SDK.
import { createContext, useContext } from 'react';
import type { Repositories } from './app/repositories.js';
import type { CallableModels, ListCallableOptions } from './bedrock/catalog-live.js';
import type { KeyHint } from './components/KeyHints.js';
import type { Provider } from './providers/types.js';
import type { InterviewSetup, ModelConfig } from './store/schema.js';
import type { Store } from './store/types.js';

export type Route =
  | { screen: 'home' }
  | { screen: 'models' }
  | { screen: 'provider' }
  | { screen: 'model-form'; mode: 'add' | 'edit' | 'duplicate'; name?: string }
  | { screen: 'settings' }
  | { screen: 'logs' }
  | { screen: 'interview-setup'; prefill?: Partial<InterviewSetup> }
  | { screen: 'interview'; sessionId: string }
  | { screen: 'feedback'; sessionId: string }
  | { screen: 'history' }
  | { screen: 'questions' };

export interface Navigation {
  route: Route;
  /** Opens a screen on top of this one; Esc (back) returns here. */
  go(route: Route): void;
  /** Swaps this screen for another (e.g. setup → interview) so back skips it. */
  replace(route: Route): void;
  back(): void;
  quit(): void;
  /** Screens register their key hints so the bar and the `?` help show them. */
  setHints(hints: KeyHint[]): void;
  /**
   * A screen holding unsaved input sets this so global keys (q to quit, ? help) pass through as text
   * and the shell asks before leaving.
   */
  setTyping(typing: boolean): void;
}

export interface Services {
  store: Store;
  /** The app layer over the store: what screens read and write (src/app/). */
  repositories: Repositories;
  /** A provider for this configuration; failures are written to the log (never a secret). */
  openProvider(config: ModelConfig, purpose: 'test' | 'chat' | 'interview' | 'feedback' | 'questions'): Provider;
  env: NodeJS.ProcessEnv;
  /** What these credentials can call in a region (Bedrock's list APIs; absent: the built-in list). */
  listModels?(config: ModelConfig, opts: ListCallableOptions): Promise<CallableModels>;
  /** Wall clock, replaceable in tests. */
  now(): number;
}

export const NavigationContext = createContext<Navigation | null>(null);
export const ServicesContext = createContext<Services | null>(null);

export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext);
  if (!nav) throw new Error('useNavigation outside <App>');
  return nav;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside <App>');
  return services;
}
