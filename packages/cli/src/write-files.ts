import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { partialPath } from './partial-files.ts';

/** A file to write: its path and its content in pieces (text as UTF-8, or bytes). */
export interface FileToWrite {
  readonly path: string;
  readonly pieces: Iterable<string | Uint8Array>;
}

/**
 * Writes every file all or nothing: each is first written beside its target under a partial name (see
 * `partialPath`), and only when all are complete are they renamed into place; on an error the partial
 * files are removed and the targets are untouched. A process killed half-way leaves partial files,
 * which the next run in that folder removes (`removeStalePartials`).
 */
export function writeFilesAtomically(files: readonly FileToWrite[]): void {
  const temporary = files.map((f) => partialPath(f.path));
  try {
    files.forEach((file, i) => {
      mkdirSync(dirname(file.path), { recursive: true });
      const fd = openSync(temporary[i]!, 'w');
      try {
        for (const piece of file.pieces) writeAll(fd, typeof piece === 'string' ? Buffer.from(piece) : piece);
      } finally {
        closeSync(fd);
      }
    });
    files.forEach((file, i) => renameSync(temporary[i]!, file.path));
  } catch (error) {
    for (const path of temporary) rmSync(path, { force: true });
    throw error;
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.byteLength; ) at += writeSync(fd, bytes, at);
}
