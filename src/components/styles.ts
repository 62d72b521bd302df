// Whether the terminal will show text styles (inverse, bold, colour). Ink styles text with chalk,
// which drops every style, not only colour, when colour is off; a cursor drawn in inverse video
// would then vanish. Components that need a visible mark ask here and fall back to a glyph.
// Mirrors chalk's own rules (FORCE_COLOR, --no-color, TERM=dumb, not a TTY) plus NO_COLOR.

export function stylesShown(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv, isTTY = Boolean(process.stdout.isTTY)): boolean {
  if (env.NO_COLOR) return false;
  if (argv.includes('--no-color') || argv.includes('--color=false') || argv.includes('--color=never')) return false;
  if ('FORCE_COLOR' in env) return !(env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false');
  if (env.TERM === 'dumb') return false;
  return isTTY;
}
