// Screens other than Home are loaded lazily (src/screens/index.tsx); the app loads them right after
// its first frame. Tests render a screen and read its frame at once, so they start with every
// screen loaded, as a user does a moment after start-up. (test/screens/lazy-screens.test.tsx covers
// a screen opened before its code has loaded.)
// Loading the screens loads Ink, so the CI flags go first (see live-terminal-env.ts): loaded here
// under CI=true, Ink would paint only on exit in every screen test of the file.
import './live-terminal-env.js';
import { preloadScreens } from '../../src/screens/index.js';

await preloadScreens();
