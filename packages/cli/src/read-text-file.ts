import { CliError, EXIT } from './cli-error.ts';
import type { Context } from './context.ts';

/**
 * The text of `file`.
 *
 * @throws CliError (invalid input) naming the file and the system's reason when it cannot be read.
 * @example
 * readTextFile('town.yaml', ctx);
 */
export function readTextFile(file: string, { io, t }: Context): string {
  try {
    return io.readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(EXIT.invalidInput, t.cannotRead(file, reason));
  }
}
