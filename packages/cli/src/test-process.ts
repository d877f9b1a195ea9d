// `machi` as a separate process, for the tests that kill one (`kill -9`) or need its own environment.
import { spawn, type ChildProcess } from 'node:child_process';

/** A running `machi` process: what it printed so far, and its end. */
export interface MachiProcess {
  readonly child: ChildProcess;
  /** stderr so far. */
  stderr(): string;
  /** Resolves once stderr matches `pattern` (rejects if the process ends first, or after `timeoutMs`). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Resolves with the exit code (null when killed by a signal), stdout and stderr. */
  exited(): Promise<{ code: number | null; stdout: string; stderr: string }>;
}

const BIN = new URL('./bin.ts', import.meta.url).pathname;

/** Starts `machi argv` from the sources (through tsx), with `env` added to this process's environment. */
export function spawnMachi(argv: readonly string[], env: Record<string, string> = {}): MachiProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', BIN, ...argv], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let closed = false;
  const listeners = new Set<() => void>();
  child.stdout!.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const listener of listeners) listener();
  });
  const exit = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => {
      closed = true;
      resolve({ code, stdout, stderr });
      for (const listener of listeners) listener();
    }),
  );
  return {
    child,
    stderr: () => stderr,
    waitFor: (pattern, timeoutMs = 120_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => done(new Error(`no ${pattern} on stderr after ${timeoutMs} ms:\n${stderr}`)), timeoutMs);
        const check = () => {
          const match = pattern.exec(stderr);
          if (match) done(undefined, match);
          else if (closed) done(new Error(`machi ended (${child.exitCode ?? child.signalCode}) before ${pattern}:\n${stderr}`));
        };
        const done = (error?: Error, match?: RegExpMatchArray) => {
          clearTimeout(timer);
          listeners.delete(check);
          if (error) reject(error);
          else resolve(match!);
        };
        listeners.add(check);
        check();
      }),
    exited: () => exit,
  };
}
