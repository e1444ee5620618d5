/**
 * How far long runs have got, on stderr only: on a terminal, a bar per policy with an estimate of the
 * time left (cli-progress); otherwise (a log file, a pipe) a line every fourth simulated week; nothing
 * with --quiet. Result files and stdout never see it.
 */
import { MultiBar, Presets, type SingleBar } from 'cli-progress';

export type ProgressCallback = (policy: string, weeksDone: number, weeksTotal: number) => void;

export interface ProgressDisplay {
  onProgress: ProgressCallback | undefined;
  /** Clears the bars off the terminal's last line before the results are printed. */
  stop(): void;
}

export function progressDisplay({
  quiet,
  terminal,
  line,
}: {
  quiet: boolean;
  /** stderr when it is a terminal. */
  terminal: NodeJS.WriteStream | undefined;
  /** Where a plain progress line goes. */
  line: (text: string) => void;
}): ProgressDisplay {
  if (quiet) return { onProgress: undefined, stop: () => {} };
  if (!terminal?.isTTY) {
    return {
      onProgress: (policy, done, total) => {
        if (done % 4 === 0 || done === total) line(`  ${policy}: week ${done} of ${total}`);
      },
      stop: () => {},
    };
  }
  const bars = new MultiBar(
    {
      stream: terminal,
      format:
        '  {policy} [{bar}] week {value} of {total} · {duration_formatted} so far, about {eta_formatted} left',
      hideCursor: true,
      // The estimate follows the last dozen weeks: runs slow down as the history they read grows.
      etaBuffer: 12,
    },
    Presets.shades_classic,
  );
  const byPolicy = new Map<string, SingleBar>();
  return {
    onProgress: (policy, done, total) => {
      const bar = byPolicy.get(policy) ?? bars.create(total, 0, { policy });
      byPolicy.set(policy, bar);
      bar.update(done, { policy });
    },
    stop: () => bars.stop(),
  };
}
