// Entry point. Node's compile cache goes on before any of the app's code is loaded: start-up then
// reads the bundle's compiled code from the cache (os.tmpdir()/node-compile-cache, kept by Node,
// checked against the source) instead of compiling ~2 MB of JavaScript on every start (bench/:
// start-up). NODE_DISABLE_COMPILE_CACHE=1 turns it off; Node versions without it just compile.
import module from 'node:module';

try {
  module.enableCompileCache?.();
} catch {
  // A cache directory that cannot be written costs speed, never the start.
}
await import('./cli-main.js');
