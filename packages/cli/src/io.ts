import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

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
  fileExists(path: string): boolean;
  /**
   * Writes each file (path → its text in pieces, UTF-8), creating folders as needed. All or nothing:
   * every file is first written beside its target under a temporary name, and only when all are
   * complete are they renamed into place, so a failure never leaves a partial output file. A process
   * killed mid-write (kill -9, a power cut) cannot remove its temporary files: they are removed by the
   * next write into the same folders, and returned so that the command can say so.
   *
   * @returns the temporary files of earlier, killed runs that were removed (usually none)
   */
  writeFiles(files: readonly { path: string; pieces: Iterable<string> }[]): readonly string[];
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
    fileExists: (path) => statSync(path, { throwIfNoEntry: false })?.isFile() === true,
    writeFiles: writeFilesAtomically,
    progressTerminal: process.stderr.isTTY === true,
    progress: (text) => process.stderr.write(text === undefined ? '\r\u001b[2K' : `\r\u001b[2K${text}`),
  };
}

function writeFilesAtomically(files: readonly { path: string; pieces: Iterable<string> }[]): readonly string[] {
  const stale = removeStalePartials(files.map((f) => f.path));
  const temporary = files.map((f) => join(dirname(f.path), partialName(basename(f.path), process.pid)));
  try {
    files.forEach((file, i) => {
      mkdirSync(dirname(file.path), { recursive: true });
      const fd = openSync(temporary[i]!, 'w');
      try {
        for (const piece of file.pieces) writeSync(fd, piece);
      } finally {
        closeSync(fd);
      }
    });
    files.forEach((file, i) => renameSync(temporary[i]!, file.path));
  } catch (error) {
    for (const path of temporary) rmSync(path, { force: true });
    throw error;
  }
  return stale;
}

/** The temporary name a file is written under by process `pid`: hidden, beside its target. */
const partialName = (name: string, pid: number): string => `.${name}.${pid}.partial`;
const PARTIAL = /^\..+\.(\d+)\.partial$/;

/**
 * Removes the temporary files (`.NAME.PID.partial`) in the folders of `targets` whose process no longer
 * runs: litter of a run killed mid-write. Another live run's files are left alone.
 *
 * @returns the paths removed, in folder and name order
 */
export function removeStalePartials(targets: readonly string[], isRunning: (pid: number) => boolean = processRuns): string[] {
  const removed: string[] = [];
  for (const dir of [...new Set(targets.map((t) => dirname(t)))].sort()) {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue; // not there yet: nothing stale in it
    }
    for (const name of names) {
      const pid = PARTIAL.exec(name)?.[1];
      if (pid === undefined || Number(pid) === process.pid || isRunning(Number(pid))) continue;
      const path = join(dir, name);
      if (statSync(path, { throwIfNoEntry: false })?.isFile() !== true) continue;
      rmSync(path, { force: true });
      removed.push(path);
    }
  }
  return removed;
}

/** Whether a process with this id exists (signal 0 only checks; EPERM means it exists but is not ours). */
function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
