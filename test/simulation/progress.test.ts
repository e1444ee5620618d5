import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressDisplay } from '../../src/simulation/progress';

describe('simulation progress on stderr', () => {
  it('says nothing with --quiet', () => {
    const lines: string[] = [];
    const display = progressDisplay({ quiet: true, terminal: undefined, line: (l) => lines.push(l) });
    expect(display.onProgress).toBeUndefined();
    display.stop();
    expect(lines).toEqual([]);
  });

  it('writes a line every fourth week when stderr is not a terminal', () => {
    const lines: string[] = [];
    const display = progressDisplay({ quiet: false, terminal: undefined, line: (l) => lines.push(l) });
    for (let week = 1; week <= 10; week += 1) display.onProgress!('today', week, 10);
    expect(lines).toEqual(['  today: week 4 of 10', '  today: week 8 of 10', '  today: week 10 of 10']);
  });

  it('draws a bar per policy with the time left on a terminal', () => {
    const terminal = Object.assign(new PassThrough(), { isTTY: true, columns: 120 });
    let drawn = '';
    terminal.on('data', (chunk: Buffer) => (drawn += chunk.toString()));
    const display = progressDisplay({
      quiet: false,
      terminal: terminal as unknown as NodeJS.WriteStream,
      line: () => {
        throw new Error('no plain lines on a terminal');
      },
    });
    display.onProgress!('today', 1, 52);
    display.onProgress!('longer windows', 2, 52);
    display.stop();
    expect(drawn).toContain('today');
    expect(drawn).toContain('longer windows');
    expect(drawn).toMatch(/week 2 of 52 · .* so far, about .* left/);
  });
});
