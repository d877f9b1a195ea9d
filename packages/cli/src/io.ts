import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { prepareFolder } from './out-folder.ts';
import { writeFilesAtomically, type FileToWrite } from './write-files.ts';

/**
 * Everything the CLI does to the outside world, so that `run` can be called in-process by tests with
 * strings in and strings out. `stdout`/`stderr` receive whole texts (a trailing newline included);
 * `readFile` reads UTF-8 text and may throw (the error's message is shown to the user); `fileExists`
 * is true only for a regular file. `writeFiles` writes a set of files all or nothing.
 *
 * @example
 * const out: string[] = [];
 * const io: Io = { ...nodeIo(), stdout: (text) => out.push(text) };
 */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string;
  /** A file's bytes (shards, checkpoints); may throw like `readFile`. */
  readBytes(path: string): Uint8Array;
  fileExists(path: string): boolean;
  /** Names of the regular files directly in `folder`, sorted; none when it does not exist. */
  listFiles(folder: string): string[];
  /**
   * Makes sure `folder` can take outputs before long work starts (see `prepareFolder`): creates it if
   * need be and removes partial files that killed runs left in it.
   *
   * @throws FolderError when it is a file or cannot be created or written.
   */
  prepareFolder(folder: string): { created: boolean; removedPartials: string[] };
  /**
   * Writes each file (path → its content in pieces: UTF-8 text or bytes), creating folders as needed.
   * All or nothing: every file is first written beside its target under a partial name, and only when
   * all are complete are they renamed into place, so a failure never leaves a partial output file.
   */
  writeFiles(files: readonly FileToWrite[]): void;
  /** Removes a folder and everything in it (a finished run's checkpoint); nothing if it is not there. */
  removeFolder(folder: string): void;
  /** Whether stderr is a terminal (a progress bar is shown only then). */
  readonly progressTerminal: boolean;
  /** Rewrites the progress line on stderr (no newline); `undefined` clears it. */
  progress(text: string | undefined): void;
}

/** The process's streams and the real file system. */
export function nodeIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFileSync(path, 'utf8'),
    readBytes: (path) => readFileSync(path),
    fileExists: (path) => statSync(path, { throwIfNoEntry: false })?.isFile() === true,
    listFiles: (folder) => {
      try {
        return readdirSync(folder, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort();
      } catch {
        return [];
      }
    },
    prepareFolder,
    writeFiles: writeFilesAtomically,
    removeFolder: (folder) => rmSync(folder, { recursive: true, force: true }),
    progressTerminal: process.stderr.isTTY === true,
    progress: (text) => process.stderr.write(text === undefined ? '\r\u001b[2K' : `\r\u001b[2K${text}`),
  };
}
