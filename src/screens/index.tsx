// Route → screen.
import type { ReactNode } from 'react';
import type { Route } from '../navigation.js';
import { FeedbackScreen } from './FeedbackScreen.js';
import { HistoryScreen } from './HistoryScreen.js';
import { HomeScreen } from './HomeScreen.js';
import { InterviewChat } from './InterviewChat.js';
import { InterviewSetup } from './InterviewSetup.js';
import { LogsScreen } from './LogsScreen.js';
import { ModelForm } from './ModelForm.js';
import { ModelsScreen } from './ModelsScreen.js';
import { NeedsConfig } from './NeedsConfig.js';
import { ProviderScreen } from './ProviderScreen.js';
import { QuestionBankScreen } from './QuestionBankScreen.js';
import { SettingsScreen } from './SettingsScreen.js';

export function ScreenFor({ route }: { route: Route }): ReactNode {
  switch (route.screen) {
    case 'home':
      return <HomeScreen />;
    case 'models':
      return <NeedsConfig><ModelsScreen /></NeedsConfig>;
    case 'provider':
      return <NeedsConfig><ProviderScreen /></NeedsConfig>;
    case 'model-form':
      return <NeedsConfig><ModelForm key={`${route.mode}:${route.name ?? ''}`} mode={route.mode} name={route.name} /></NeedsConfig>;
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
