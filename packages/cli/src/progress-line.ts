import { performance } from 'node:perf_hooks';
import type { Context } from './context.ts';

/** The progress bar on a terminal: replications, rate and time left; nothing otherwise. */
export function progressLine(ctx: Context): { update: (p: { replications: number; runs: number }) => void; done: () => void } {
  if (!ctx.io.progressTerminal) return { update: () => {}, done: () => {} };
  const started = performance.now();
  let shown = false;
  return {
    update: ({ replications, runs }) => {
      const seconds = (performance.now() - started) / 1000;
      const rate = replications / Math.max(seconds, 1e-3);
      const width = 24;
      const filled = Math.round((replications / runs) * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      ctx.io.progress(ctx.t.progress(bar, replications, runs, rate, (runs - replications) / rate));
      shown = true;
    },
    done: () => shown && ctx.io.progress(undefined),
  };
}
