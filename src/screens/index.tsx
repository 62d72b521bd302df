// Route → screen. Home is in the start-up bundle; every other screen is its own chunk (esbuild splits
// at each import() below), loaded after the first frame (preloadScreens) or, at the latest, when
// opened. A screen still loading renders nothing for that moment, and keys typed ahead wait for it
// (src/terminal/key-by-key.ts), so a key typed right after the one that opened it is not lost.
import { createElement, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import type { Route } from '../navigation.js';
import { holdKeysWhile } from '../terminal/key-by-key.js';
import { HomeScreen } from './HomeScreen.js';
import { NeedsConfig } from './NeedsConfig.js';

interface LazyScreen<P> {
  (props: P): ReactNode;
  preload(): Promise<void>;
}

function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<void> | undefined;
  const preload = (): Promise<void> =>
    (loading ??= load().then((c) => {
      loaded = c;
    }));
  function Screen(props: P): ReactNode {
    const [, setReady] = useState(false);
    // Keys typed ahead wait from the render that found the code missing until the screen is shown.
    const [shown] = useState(() => {
      if (loaded) return undefined;
      let resolve = (): void => undefined;
      holdKeysWhile(new Promise<void>((r) => (resolve = r)));
      return resolve;
    });
    useEffect(() => {
      if (loaded) return;
      let live = true;
      void preload().then(() => live && setReady(true));
      return () => {
        live = false;
        shown?.();
      };
    }, [shown]);
    // After every commit: once the screen is in it (its own effects, where it starts listening, ran first).
    useEffect(() => {
      if (loaded) shown?.();
    });
    return loaded ? createElement(loaded, props) : null;
  }
  return Object.assign(Screen, { preload });
}

const FeedbackScreen = lazyScreen(() => import('./FeedbackScreen.js').then((m) => m.FeedbackScreen));
const HistoryScreen = lazyScreen(() => import('./HistoryScreen.js').then((m) => m.HistoryScreen));
const InterviewChat = lazyScreen(() => import('./InterviewChat.js').then((m) => m.InterviewChat));
const InterviewSetup = lazyScreen(() => import('./InterviewSetup.js').then((m) => m.InterviewSetup));
const LogsScreen = lazyScreen(() => import('./LogsScreen.js').then((m) => m.LogsScreen));
const ModelForm = lazyScreen(() => import('./ModelForm.js').then((m) => m.ModelForm));
const ModelsScreen = lazyScreen(() => import('./ModelsScreen.js').then((m) => m.ModelsScreen));
const ProviderScreen = lazyScreen(() => import('./ProviderScreen.js').then((m) => m.ProviderScreen));
const QuestionBankScreen = lazyScreen(() => import('./QuestionBankScreen.js').then((m) => m.QuestionBankScreen));
const SettingsScreen = lazyScreen(() => import('./SettingsScreen.js').then((m) => m.SettingsScreen));

const LAZY = [FeedbackScreen, HistoryScreen, InterviewChat, InterviewSetup, LogsScreen, ModelForm, ModelsScreen, ProviderScreen, QuestionBankScreen, SettingsScreen];

/** Every screen but Home, loaded in the background once the first frame is up. */
export function preloadScreens(): Promise<void> {
  return Promise.all(LAZY.map((s) => s.preload())).then(() => undefined);
}

export function ScreenFor({ route }: { route: Route }): ReactNode {
  switch (route.screen) {
    case 'home':
      return <HomeScreen />;
    case 'models':
      return <NeedsConfig><ModelsScreen /></NeedsConfig>;
    case 'provider':
      return <NeedsConfig><ProviderScreen /></NeedsConfig>;
    case 'model-form':
      return <NeedsConfig onlyWhenOpened><ModelForm key={`${route.mode}:${route.name ?? ''}`} mode={route.mode} name={route.name} /></NeedsConfig>;
    case 'settings':
      return <SettingsScreen />;
    case 'logs':
      return <LogsScreen />;
    case 'interview-setup':
      return <InterviewSetup prefill={route.prefill} />;
    case 'interview':
      return <InterviewChat key={route.sessionId} sessionId={route.sessionId} />;
    case 'feedback':
      return <FeedbackScreen key={route.sessionId} sessionId={route.sessionId} />;
    case 'history':
      return <HistoryScreen />;
    case 'questions':
      return <QuestionBankScreen />;
  }
}
