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
import { ProviderScreen } from './ProviderScreen.js';
import { QuestionBankScreen } from './QuestionBankScreen.js';
import { SettingsScreen } from './SettingsScreen.js';

export function ScreenFor({ route }: { route: Route }): ReactNode {
  switch (route.screen) {
    case 'home':
      return <HomeScreen />;
    case 'models':
      return <ModelsScreen />;
    case 'provider':
      return <ProviderScreen />;
    case 'model-form':
      return <ModelForm key={`${route.mode}:${route.name ?? ''}`} mode={route.mode} name={route.name} />;
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
