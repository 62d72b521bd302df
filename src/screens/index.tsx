// Route → screen. Heavy screens are lazy chunks so start-up stays close to a bare Ink render.
import { Text } from 'ink';
import { lazy, Suspense, type ReactNode } from 'react';
import type { Route } from '../navigation.js';
import { HomeScreen } from './HomeScreen.js';

const Placeholder = ({ name }: { name: string }): ReactNode => <Text dimColor>{name} is not built yet.</Text>;

export function ScreenFor({ route }: { route: Route }): ReactNode {
  let screen: ReactNode;
  switch (route.screen) {
    case 'home':
      screen = <HomeScreen />;
      break;
    default:
      screen = <Placeholder name={route.screen} />;
  }
  return <Suspense fallback={<Text dimColor>Loading…</Text>}>{screen}</Suspense>;
}

// Keeps `lazy` referenced until the first lazy screen lands.
export const lazyScreen = lazy;
