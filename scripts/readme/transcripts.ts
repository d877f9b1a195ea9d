/**
 * The terminal transcripts of README.md and README.ja.md, and how to make them again. A transcript is a
 * fenced block whose first line is a command, `$ pnpm machi …` (or `$ npx -y pnpm@12 machi …`), each
 * command followed by what it prints (stdout, then stderr; pnpm's own `> machi@ machi …` header, which
 * `pnpm -s` leaves out, is not shown). An output whose first line is `…` shows only its last lines.
 * `regenerateTranscripts` runs every command of a README, in order, as a separate `machi` process in
 * one scratch folder prepared by `TRANSCRIPT_FILES`, with no locale set (so Japanese unless `--lang`
 * says otherwise), and returns the blocks as they should read.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const READMES = ['README.md', 'README.ja.md'] as const;
export type Readme = (typeof READMES)[number];

/** One command of a transcript and what the README shows it printing. */
export interface Transcript {
  /** The command line as shown, without the `$ `. */
  readonly command: string;
  /** The output as shown (lines joined by "\n", no final newline). */
  readonly shown: string;
  /** Where the output starts and ends in the README's text (character offsets). */
  readonly start: number;
  readonly end: number;
}

const PREFIX = /^(?:pnpm|npx -y pnpm@12) machi /;

/** The transcripts of `text` in order. */
export function transcripts(text: string): Transcript[] {
  const found: Transcript[] = [];
  for (const block of text.matchAll(/^```\n(\$ [\s\S]*?)^```$/gm)) {
    let at = block.index! + 4;
    const lines = block[1]!.split('\n').slice(0, -1);
    let i = 0;
    while (i < lines.length) {
      const command = lines[i]!.slice(2);
      at += lines[i]!.length + 1;
      const start = at;
      const output: string[] = [];
      for (i++; i < lines.length && !lines[i]!.startsWith('$ '); i++) {
        output.push(lines[i]!);
        at += lines[i]!.length + 1;
      }
      found.push({ command, shown: output.join('\n'), start, end: output.length === 0 ? start : at - 1 });
    }
  }
  return found;
}

const myTown = (): string => readFileSync(join(ROOT, 'examples/my-town.yaml'), 'utf8');

/** `examples/my-town.yaml` with three mistakes, as the READMEs' `validate` examples describe them. */
function badTown(coast: string): string {
  const edits: [RegExp, string][] = [
    [/^( {2}coast: )true$/m, `$1${coast}`],
    [/^( {4}rtoHours: )24$/m, '$1-24'],
    [/^( {4})persons: 9000$/m, '$1personz: 9000'],
  ];
  return edits.reduce((text, [pattern, replacement]) => {
    if (!pattern.test(text)) throw new Error(`examples/my-town.yaml no longer has a line matching ${pattern}`);
    return text.replace(pattern, replacement);
  }, myTown());
}

/** The files each README's commands expect in the folder they run in, as the README tells how to make them. */
export const TRANSCRIPT_FILES: Readonly<Record<Readme, () => Record<string, string>>> = {
  'README.md': () => ({ 'bad-town.yaml': badTown('"yes please"') }),
  // README.ja: `pnpm machi presets show small-town > my-town.yaml`, then a copy broken in three places.
  'README.ja.md': () => ({
    'my-town.yaml': machi(['presets', 'show', 'small-town'], ROOT).stdout,
    'bad-town.yaml': badTown('はい'),
    'examples/leak-outcome.yaml': readFileSync(join(ROOT, 'examples/leak-outcome.yaml'), 'utf8'),
  }),
};

/** `machi argv` as its own process from the sources, in `cwd`, with no locale in the environment. */
export function machi(argv: readonly string[], cwd: string): { stdout: string; stderr: string } {
  const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '', NODE_OPTIONS: '' };
  const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['--conditions=source', join(ROOT, 'packages/cli/src/bin.ts'), ...argv], { cwd, env, encoding: 'utf8' });
  if (run.error) throw run.error;
  return { stdout: run.stdout, stderr: run.stderr };
}

/**
 * What each transcript of `readme` prints today, in the README's order; `text` is the README's text the
 * transcripts are taken from (give `withOutputs` the same text: the offsets are into it).
 */
export function regenerateTranscripts(readme: Readme, text = readFileSync(join(ROOT, readme), 'utf8')): { transcript: Transcript; actual: string }[] {
  const dir = mkdtempSync(join(tmpdir(), 'machi-readme-'));
  try {
    for (const [name, content] of Object.entries(TRANSCRIPT_FILES[readme]())) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    return transcripts(text).map((transcript) => {
      if (!PREFIX.test(transcript.command)) throw new Error(`${readme}: "${transcript.command}" is not a machi command`);
      const { stdout, stderr } = machi(transcript.command.replace(PREFIX, '').split(/ +/), dir);
      const lines = `${stdout}${stderr}`.replace(/\n$/, '').split('\n');
      const shown = transcript.shown.split('\n');
      const actual = shown[0] === '…' ? ['…', ...lines.slice(-(shown.length - 1))].join('\n') : lines.join('\n');
      return { transcript, actual };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `text` with each transcript's output replaced by `actual` (from `regenerateTranscripts`). */
export function withOutputs(text: string, outputs: readonly { transcript: Transcript; actual: string }[]): string {
  let result = text;
  for (const { transcript, actual } of [...outputs].reverse()) {
    // A command shown without output has none of its lines to replace: its output gets a line end of its own.
    const lines = transcript.start === transcript.end && actual !== '' ? `${actual}\n` : actual;
    result = result.slice(0, transcript.start) + lines + result.slice(transcript.end);
  }
  return result;
}
