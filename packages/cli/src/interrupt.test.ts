import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { exitOnInterrupt, type SignalTarget } from './interrupt.ts';
import type { Io } from './io.ts';
import { en } from './locales/en.ts';

/** A process stand-in: `interrupt()` delivers SIGINT; `exit` records its code instead of exiting. */
function fakeProcess() {
  const listeners: (() => void)[] = [];
  const exits: number[] = [];
  const target: SignalTarget = {
    once: (_signal, listener) => listeners.push(listener),
    removeListener: (_signal, listener) => listeners.splice(listeners.indexOf(listener), 1),
    exit: ((code: number) => void exits.push(code)) as SignalTarget['exit'],
  };
  return { target, exits, listeners, interrupt: () => listeners.splice(0).forEach((l) => l()) };
}

function memoryIo() {
  const stderr: string[] = [];
  const io: Io = {
    stdout: () => {},
    stderr: (text) => void stderr.push(text),
    readFile: () => '',
    fileExists: () => false,
    readBytes: () => new Uint8Array(),
    listFiles: () => [],
    prepareFolder: () => ({ created: false, removedPartials: [] }),
    removeFolder: () => {},
    writeFiles: (files) => {
      files.forEach((f) => [...f.pieces]);
    },
    progressTerminal: false,
    progress: () => {},
  };
  return { io, stderr };
}

describe('exitOnInterrupt(io, command, t)', () => {
  it('Ctrl-C before anything is written exits 130 saying what stopped and that nothing was written', () => {
    const p = fakeProcess();
    const { io, stderr } = memoryIo();
    exitOnInterrupt(io, 'machi run small-town --out out', en, p.target);
    p.interrupt();
    expect(p.exits).toEqual([130]);
    expect(stderr.join('')).toBe('\nmachi: interrupted (Ctrl-C): machi run small-town --out out stopped; nothing was written\n');
  });

  it('Ctrl-C after the files were written says which are in place', () => {
    const p = fakeProcess();
    const { io, stderr } = memoryIo();
    const guarded = exitOnInterrupt(io, 'machi case x', en, p.target).io;
    guarded.writeFiles([{ path: 'o/case.md', pieces: ['#'] }, { path: 'o/case.html', pieces: ['<p>'] }]);
    p.interrupt();
    expect(stderr.join('')).toBe('\nmachi: interrupted (Ctrl-C) after machi case x had written o/case.md, o/case.html\n');
  });

  it('once the command has finished, dispose() leaves Ctrl-C to the default again', () => {
    const p = fakeProcess();
    exitOnInterrupt(memoryIo().io, 'machi validate x', en, p.target).dispose();
    expect(p.listeners).toEqual([]);
  });
});

describe('machi run, interrupted by SIGINT', () => {
  // A real process: the run is long (100,000 replications), so it is still running when the signal comes;
  // a hang after the signal fails by the test's own timeout.
  it('exits 130 with a message and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'machi-sigint-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const out = join(dir, 'out');
    const root = join(import.meta.dirname, '../../..');
    // --workers far above any machine's processors: its note on stderr says the command has started.
    const args = ['run', 'small-town', '--runs', '100000', '--years', '1', '--workers', '100000', '--lang', 'en', '--out', out];
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'packages/cli/src/bin.ts', ...args], { cwd: root, env: { ...process.env, NODE_OPTIONS: '' } });
    onTestFinished(() => void child.kill('SIGKILL'));
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve) =>
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8');
        if (stderr.includes('--workers 100000 is more than')) resolve();
      }),
    );
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain(`machi: interrupted (Ctrl-C): machi ${args.join(' ')} stopped; nothing was written\n`);
    // The folder is made before the work starts, and may hold the run's checkpoint (for --resume); no output is in it.
    const outputs = existsSync(out) ? readdirSync(out).filter((name) => name !== '.machi-checkpoint') : [];
    expect(outputs).toEqual([]);
  });
});
