import type { Io } from './io.ts';
import type { Messages } from './messages.ts';

/** The part of `process` that Ctrl-C handling needs (a test passes its own). */
export interface SignalTarget {
  once(signal: 'SIGINT', listener: () => void): unknown;
  removeListener(signal: 'SIGINT', listener: () => void): unknown;
  exit(code: number): never;
}

/** Exit code of a run stopped by Ctrl-C: 128 + SIGINT's number (2), as shells report it. */
export const EXIT_INTERRUPTED = 130;

/**
 * Makes Ctrl-C (SIGINT) end the command with exit code 130 after one line on stderr saying which
 * command was interrupted and whether anything was written. Outputs are written all or nothing and
 * synchronously (`Io.writeFiles`), so when the signal is handled either none of the command's files
 * or all of them are in place; the returned `io` records which. Worker threads end with the process.
 * Work that holds the main thread (reading, validating, a single `simulate`) is bounded, and the
 * signal is handled as soon as it ends. `dispose()` removes the handler once the command has finished.
 *
 * @example
 * const { io, dispose } = exitOnInterrupt(nodeIo(), 'machi run small-town --out out', messagesFor('en'));
 */
export function exitOnInterrupt(
  inner: Io,
  command: string,
  t: Messages,
  target: SignalTarget = process as unknown as SignalTarget,
): { io: Io; dispose: () => void } {
  let written: string[] | undefined;
  const io: Io = {
    ...inner,
    writeFiles: (files) => {
      inner.writeFiles(files);
      written = files.map((f) => f.path);
    },
  };
  const onInterrupt = (): void => {
    if (inner.progressTerminal) inner.progress(undefined);
    inner.stderr(`\nmachi: ${t.interrupted(command, written)}\n`);
    target.exit(EXIT_INTERRUPTED);
  };
  target.once('SIGINT', onInterrupt);
  return { io, dispose: () => void target.removeListener('SIGINT', onInterrupt) };
}
