/** Injected at build time by scripts/build.mjs (and vitest.config.ts). */
declare const MOCKVIEW_VERSION: string;
