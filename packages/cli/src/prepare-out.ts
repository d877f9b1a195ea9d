import { CliError, EXIT } from './cli-error.ts';
import type { Context } from './context.ts';
import { FolderError } from './out-folder.ts';

/**
 * Checks that `out` can take a command's outputs before any long work starts (see `Io.prepareFolder`),
 * and says on stderr which partial files of killed earlier runs it removed from it.
 *
 * @throws CliError (usage) when `out` is a file or under one; (invalid input) when it cannot be created
 *   or written.
 */
export function prepareOut(out: string, ctx: Context): { created: boolean } {
  try {
    const { created, removedPartials } = ctx.io.prepareFolder(out);
    if (removedPartials.length > 0) ctx.io.stderr(`machi: ${ctx.t.removedPartials(out, removedPartials)}\n`);
    return { created };
  } catch (error) {
    if (!(error instanceof FolderError)) throw error;
    if (error.code === 'not-a-folder') throw new CliError(EXIT.usage, ctx.t.outNotFolder(out, error.path));
    throw new CliError(EXIT.invalidInput, ctx.t.cannotWrite(out, error.message));
  }
}
