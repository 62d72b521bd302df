// esbuild options for a script that runs as its own Node process with node_modules beside it (the
// fake Bedrock for tests and benches, the bench's naive chat): dependencies stay external.
export const NODE_BUNDLE = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  packages: 'external',
  logLevel: 'error',
};
