// Imported before anything that loads Ink: like the app on a terminal (src/cli/interactive.ts),
// drop the CI flags that make Ink paint only on exit. A module of its own because imports run
// before the body of the module that imports them.
delete process.env.CI;
delete process.env.CONTINUOUS_INTEGRATION;
