// Screens other than Home are loaded lazily (src/screens/index.tsx); the app loads them right after
// its first frame. Tests render a screen and read its frame at once, so they start with every
// screen loaded, as a user does a moment after start-up. (test/screens/lazy-screens.test.tsx covers
// a screen opened before its code has loaded.)
import { preloadScreens } from '../../src/screens/index.js';

await preloadScreens();
