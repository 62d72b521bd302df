import chalk from 'chalk';
import { afterEach, describe, expect, it } from 'vitest';
import { setColour } from '../../src/terminal/colour.js';

const level = chalk.level;
afterEach(() => {
  delete process.env.NO_COLOR;
  chalk.level = level;
});

describe('the colour switch', () => {
  it('turns colour off and back on while the app runs', () => {
    expect(setColour(false)).toBe(true);
    expect(chalk.level).toBe(0);
    expect(setColour(true)).toBe(true);
    expect(chalk.level).toBeGreaterThan(0);
  });

  it('keeps colour off while NO_COLOR is set, whatever the setting says', () => {
    chalk.level = 0;
    process.env.NO_COLOR = '1';
    expect(setColour(true)).toBe(false);
    expect(chalk.level).toBe(0);
  });
});
