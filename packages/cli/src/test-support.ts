import { readFileSync } from 'node:fs';
import { dirname, normalize } from 'node:path';
import { nodeIo, type Io } from './io.ts';
import { FolderError } from './out-folder.ts';
import { run } from './main.ts';

/** What one in-process run of `machi` printed and returned. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Files written: path → text (bytes as latin1 text), less those removed again. */
  written: Record<string, string>;
  /** Progress lines shown (only with `terminal: true`). */
  progress: (string | undefined)[];
}

/**
 * Runs `machi argv` in-process over an in-memory file system (`files`: path → text, or the Error that
 * reading it throws); reading any other path fails as Node's would.
 */
export async function machi(
  argv: readonly string[],
  files: Readonly<Record<string, string | Error>> = {},
  options: { terminal?: boolean; failWrites?: string } = {},
): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const written: Record<string, string> = {};
  const progress: (string | undefined)[] = [];
  const binary = new Set<string>();
  const read = (path: string): string => {
    if (Object.hasOwn(written, path)) return written[path]!;
    if (!Object.hasOwn(files, path)) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
    const content = files[path]!;
    if (content instanceof Error) throw content;
    return content;
  };
  const io: Io = {
    stdout: (text) => void stdout.push(text),
    stderr: (text) => void stderr.push(text),
    readFile: read,
    readBytes: (path) => Buffer.from(read(path), binary.has(path) ? 'latin1' : 'utf8'),
    fileExists: (path) => Object.hasOwn(files, path) || Object.hasOwn(written, path),
    listFiles: (folder) =>
      [...Object.keys(files), ...Object.keys(written)]
        .filter((path) => dirname(path) === normalize(folder))
        .map((path) => path.slice(dirname(path).length + 1))
        .sort(),
    prepareFolder: (folder) => {
      if (Object.hasOwn(files, folder)) throw new FolderError('not-a-folder', folder, 'not a folder');
      return { created: false, removedPartials: [] };
    },
    writeFiles: (out) => {
      if (options.failWrites !== undefined) throw new Error(options.failWrites);
      const texts = out.map((f) => {
        const pieces = [...f.pieces];
        if (pieces.some((p) => typeof p !== 'string')) binary.add(f.path);
        return [f.path, pieces.map((p) => (typeof p === 'string' ? p : Buffer.from(p).toString('latin1'))).join('')] as const;
      });
      for (const [path, text] of texts) written[path] = text;
      return [];
    },
    removeFolder: (folder) => {
      for (const path of Object.keys(written)) if (path.startsWith(`${normalize(folder)}/`)) delete written[path];
    },
    progressTerminal: options.terminal === true,
    progress: (text) => void progress.push(text),
  };
  const code = await run(argv, io);
  return { code, stdout: stdout.join(''), stderr: stderr.join(''), written, progress };
}

/** A file of this package's `fixtures` folder, or of the repository (`../../../examples/…`). */
export const fixture = (path: string): string => readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8');
export const repoFile = (path: string): string => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

/** The compact valid scenario of fixtures/town.yaml. */
export const townYaml = fixture('town.yaml');

/** `townYaml` with `from` replaced by `to` exactly once (the test fails loudly if `from` is not there). */
export function editTown(from: string, to: string): string {
  const at = townYaml.indexOf(from);
  if (at < 0 || townYaml.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" must occur once in town.yaml`);
  return townYaml.slice(0, at) + to + townYaml.slice(at + from.length);
}

/** Runs `machi argv` in-process on the real file system (paths as given), capturing stdout and stderr. */
export async function machiOnDisk(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: Io = { ...nodeIo(), stdout: (text) => void stdout.push(text), stderr: (text) => void stderr.push(text), progressTerminal: false };
  const code = await run(argv, io);
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}
