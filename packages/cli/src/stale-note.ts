import type { Context } from './context.ts';

/** Says on stderr which unfinished files of an earlier, killed run `Io.writeFiles` removed (if any). */
export function noteStale(ctx: Context, removed: readonly string[]): void {
  if (removed.length > 0) ctx.io.stderr(`machi: ${ctx.t.stalePartialsRemoved(removed)}\n`);
}
