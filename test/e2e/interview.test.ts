// An interview in a real terminal on the offline demo: CJK and emoji answers wrap by display width, the
// screen follows a resize mid-stream, NO_COLOR, TERM and CI variants render, and the session is saved.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { hasTmux, startTmux, type TmuxSession } from '../helpers/tmux.js';
import stringWidth from 'string-width';

let term: TmuxSession | undefined;
afterEach(() => term?.kill());

async function startDemoInterview(env: Record<string, string>, columns = 80, rows = 24): Promise<{ term: TmuxSession; home: string }> {
  if (!hasTmux()) throw new Error('tmux is required for the end-to-end tests (.ci/run installs it)');
  const home = tempDir();
  const t = startTmux({ env: { MOCKVIEW_HOME: home, ...env }, args: ['interview', '--model', 'demo', '--role', 'Backend', '--questions', '2'], columns, rows });
  await t.waitFor(/Interview › Setup/);
  await t.send('Enter'); // focus starts on [ Start interview ] when prefilled
  return { term: t, home };
}

describe('interview in a real terminal', () => {
  it('streams the demo interview, wraps a Chinese answer with emoji by display width, and saves it', async () => {
    const started = await startDemoInterview({ TERM: 'xterm-256color' });
    term = started.term;
    await term.waitFor(/introduce yourself/, 15_000);
    await term.waitFor(/Type your answer/);
    const answer = '我在支付团队工作了八年，负责把账本迁移到事件溯源架构，并把对账时间从三天缩短到四个小时。我们用指标验证了结果 👍🚀✅ 团队很满意。';
    await term.type(answer);
    await term.send('Enter');
    const screen = await term.waitFor(/You\s+我在支付团队/, 10_000);
    for (const line of screen.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    const youLines = screen.split('\n').filter((l) => /[\u4e00-\u9fff]/.test(l));
    // Wrapped rows continue under the speaker gutter, split between whole characters.
    expect(youLines.length).toBeGreaterThan(1);
    expect(youLines.map((l) => l.replace(/^(You)?\s+/, '')).join('')).toContain('并把对账时间从三天缩短到四个小时');
    // Emoji take two columns each, in tmux as in string-width: the row holding them still fits.
    expect(screen).toContain('👍🚀✅');
    await term.send('C-c');
    await term.waitFor(/EXITED 0/);
    const files = fs.readdirSync(path.join(started.home, 'sessions'));
    const session = JSON.parse(fs.readFileSync(path.join(started.home, 'sessions', files[0]!), 'utf8'));
    expect(session.turns.find((t: { role: string }) => t.role === 'candidate').text).toBe(answer);
  });

  it('opens the setup to ask for the role when --role is left out', async () => {
    term = startTmux({ env: { MOCKVIEW_HOME: tempDir() }, args: ['interview', '--model', 'demo', '--type', 'technical'] });
    const screen = await term.waitFor(/Interview › Setup/);
    expect(screen).toMatch(/Type\s+◂ Technical ▸/);
    expect(screen).toMatch(/Role\s+e\.g\. Backend engineer/);
    expect(screen).not.toMatch(/EXITED|required/);
  });

  it('follows a resize while the question streams', async () => {
    const started = await startDemoInterview({});
    term = started.term;
    await term.waitFor(/streaming|waiting for the first token/, 10_000);
    term.resize(100, 30);
    await term.waitFor(/introduce yourself/, 15_000);
    term.resize(80, 24);
    // Right after the resize tmux shows the 100-column frame reflowed (its hint bar cut mid-word,
    // the rows above the answer box gone) until the app's redraw lands: wait for the redrawn frame,
    // header and answer box together, each row within 80 columns and the hint bar ended with "…".
    const screen = await term.waitFor((s) => /Q1\/2/.test(s) && /Type your answer/.test(s), 10_000);
    const rows = screen.replace(/\n$/, '').split('\n');
    expect(rows).toHaveLength(24);
    expect(rows.at(-1)).toMatch(/…$/);
  });

  it.each([
    [{ NO_COLOR: '1' }],
    [{ TERM: 'dumb' }],
    [{ TERM: 'screen-256color' }],
    // A shell that exports CI must still get a live screen (Ink paints only on exit when it sees CI).
    [{ CI: 'true' }],
  ])('renders with %o', async (env) => {
    const started = await startDemoInterview(env);
    term = started.term;
    const screen = await term.waitFor(/Type your answer/, 15_000);
    expect(screen).toContain('Interviewer');
    expect(screen).not.toMatch(/\u001b\[/);
  });
});
