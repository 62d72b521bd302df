export declare const NODE_BUNDLE: {
  readonly bundle: true;
  readonly format: 'esm';
  readonly platform: 'node';
  readonly target: 'node22';
  readonly packages: 'external';
  readonly logLevel: 'error';
};
