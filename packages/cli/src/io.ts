import { readFileSync, statSync } from 'node:fs';

/**
 * Everything the CLI does to the outside world, so that `run` can be called in-process by tests with
 * strings in and strings out. `stdout`/`stderr` receive whole texts (a trailing newline included);
 * `readFile` reads UTF-8 text and may throw (the error's message is shown to the user); `fileExists`
 * is true only for a regular file.
 *
 * @example
 * const out: string[] = [];
 * const io: Io = { ...nodeIo(), stdout: (text) => out.push(text) };
 */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string;
  fileExists(path: string): boolean;
}

/** The process's streams and the real file system. */
export function nodeIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFileSync(path, 'utf8'),
    fileExists: (path) => statSync(path, { throwIfNoEntry: false })?.isFile() === true,
  };
}
