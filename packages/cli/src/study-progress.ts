import { performance } from 'node:perf_hooks';
import type { Context } from './context.ts';

/** A study's progress on a terminal: the phase, a bar of its input sets and the time left; nothing otherwise. */
export function studyProgress(ctx: Context): { update: (p: { readonly phase: string; readonly done: number; readonly total: number }) => void; done: () => void } {
  if (!ctx.io.progressTerminal) return { update: () => {}, done: () => {} };
  let phase = '';
  let started = 0;
  let shown = false;
  return {
    update: (p) => {
      // Each phase has its own pace (a screening set is cheaper than none other): time it from its start.
      if (p.phase !== phase) [phase, started] = [p.phase, performance.now()];
      const seconds = (performance.now() - started) / 1000;
      const rate = p.done / Math.max(seconds, 1e-3);
      const width = 24;
      const filled = Math.round((p.done / Math.max(1, p.total)) * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      ctx.io.progress(ctx.t.study.progress(ctx.t.study.phases[p.phase] ?? p.phase, bar, p.done, p.total, rate > 0 ? (p.total - p.done) / rate : 0));
      shown = true;
    },
    done: () => shown && ctx.io.progress(undefined),
  };
}
