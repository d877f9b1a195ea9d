import { Command, CommanderError } from 'commander';
import { MACHI_VERSION } from '@machi/scenarios';
import { calibrateCommand, type CalibrateArgs } from './calibrate-command.ts';
import { caseCommand, type CaseArgs } from './case-command.ts';
import { classifyCommand } from './classify.ts';
import { CliError, EXIT } from './cli-error.ts';
import { commanderMessage } from './commander-message.ts';
import { eventLimitError } from './event-limit.ts';
import type { Context } from './context.ts';
import { nodeIo, type Io } from './io.ts';
import { exitOnInterrupt } from './interrupt.ts';
import { langOption, type LocaleEnv } from './lang-option.ts';
import { messagesFor, type Lang, type Messages } from './messages.ts';
import { presetsCommand } from './presets.ts';
import { presetsShowCommand } from './presets-show.ts';
import { measuresCommand, type MeasuresArgs } from './measures-command.ts';
import { mergeCommand } from './merge-command.ts';
import { runCommand, type RunArgs } from './run-command.ts';
import { shardCommand, type ShardArgs } from './shard-command.ts';
import { workerCommand, type WorkerArgs } from './worker-command.ts';
import { schemaCommand } from './schema.ts';
import { simulateCommand, type SimulateArgs } from './simulate.ts';
import { validateCommand } from './validate.ts';
import { uncertaintyCommand, type UncertaintyArgs } from './uncertainty-command.ts';
import { sensitivityCommand, type SensitivityArgs } from './sensitivity-command.ts';

/**
 * Runs the `machi` command line `argv` (the arguments after `machi`) against `io` and returns the exit
 * code: 0 success, 1 invalid input (a scenario, outcome or policy file), 2 a usage error. Output
 * reaches `io.stdout` only once a command has succeeded, in one piece; errors go to `io.stderr` as
 * `machi: <message>` (or as located `file:line:col  path  message` lines) in the `--lang` language
 * (default: `env`'s locale, `defaultLang`; `ja` with none). Never throws and never prints a stack trace.
 *
 * @example
 * const code = await run(['validate', 'town.yaml', '--lang', 'en'], nodeIo());
 */
export async function run(argv: readonly string[], io: Io, env: LocaleEnv = {}): Promise<number> {
  let t = messagesFor('ja');
  const out: string[] = [];
  const err: string[] = [];
  try {
    const lang = langOption(argv, env);
    t = messagesFor(lang);
    await program({ io, lang, t }, out, err).parseAsync([...argv], { from: 'user' });
    io.stdout(out.join(''));
    return EXIT.ok;
  } catch (error) {
    return report(error, io, t, out.join(''), err.join(''));
  }
}

/**
 * `run` on the process's arguments (`process.argv`: node, script, then the arguments), streams and
 * file system; Ctrl-C exits 130 saying what was interrupted and that nothing was written (`exitOnInterrupt`).
 */
export async function main(argv: readonly string[]): Promise<number> {
  process.stdout.on('error', stopQuietly);
  process.stderr.on('error', stopQuietly);
  const args = argv.slice(2);
  const { io, dispose } = exitOnInterrupt(nodeIo(), ['machi', ...args].join(' '), messagesFor(langOrJapanese(args, process.env)));
  try {
    return await run(args, io, process.env);
  } finally {
    dispose();
  }
}

/** The `--lang` of the command line for the interruption message; a bad one is `run`'s to report. */
function langOrJapanese(args: readonly string[], env: LocaleEnv): Lang {
  try {
    return langOption(args, env);
  } catch {
    return 'ja';
  }
}

// A reader that stops early (`machi simulate … | head`) closes the pipe: not worth a stack trace.
function stopQuietly(error: NodeJS.ErrnoException): void {
  process.exit(error.code === 'EPIPE' ? EXIT.ok : EXIT.invalidInput);
}

function report(thrown: unknown, io: Io, t: Messages, out: string, err: string): number {
  const error = eventLimitError(thrown, t) ?? thrown;
  if (error instanceof CliError) {
    io.stderr(error.located ? `${error.message}\n` : `machi: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof CommanderError) {
    // --help, `help COMMAND` and --version succeed with the text commander has handed over.
    if (error.exitCode === 0) {
      io.stdout(out);
      return EXIT.ok;
    }
    // Help shown for a missing command: it went to stderr, and the run is a usage error.
    if (error.code === 'commander.help') {
      io.stderr(`${err}machi: ${t.noCommand}\n`);
      return EXIT.usage;
    }
    io.stderr(`machi: ${commanderMessage(error, t)}\n`);
    return EXIT.usage;
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  io.stderr(`machi: ${t.internalError(message)}\n`);
  return EXIT.invalidInput;
}

function program(ctx: Context, out: string[], err: string[]): Command {
  const { help } = ctx.t;
  const write = (text: string) => void out.push(text);
  const root = new Command('machi')
    .description(help.program)
    .exitOverride()
    .configureOutput({ writeOut: write, writeErr: (text) => void err.push(text), outputError: () => {} })
    .helpOption('-h, --help', help.help)
    .helpCommand('help [command]', help.helpCommand)
    .version(MACHI_VERSION, '-V, --version', help.version)
    // Read by `langOption` before parsing; declared so that commander accepts and documents it, and
    // shown in every command's help (commander's "global options"), where people look for it.
    .option('--lang <lang>', help.lang)
    .configureHelp({ showGlobalOptions: true });

  root
    .command('validate')
    .description(help.validate)
    .argument('<file>', help.fileOrPreset)
    .action((file: string) => write(validateCommand(file, ctx)));
  root
    .command('schema')
    .description(help.schema)
    .action(() => write(schemaCommand(ctx.lang)));
  const presets = root
    .command('presets')
    .description(help.presets)
    .action(() => write(presetsCommand(ctx)));
  presets
    .command('show')
    .description(help.presetsShow)
    .argument('<name>', help.presetName)
    .option('--sources', help.sources)
    .action((name: string, options: { sources?: boolean }) => write(presetsShowCommand(name, options, ctx)));
  root
    .command('classify')
    .description(help.classify)
    .argument('<file>', help.outcomeFile)
    .option('--policy <policy>', help.policy, 'jp-municipal')
    .option('--json', help.classifyJson)
    .addHelpText('after', `\n${help.classifyInput}`)
    .action((file: string, options: { policy: string; json?: boolean }) => write(classifyCommand(file, options, ctx)));
  root
    .command('simulate')
    .description(help.simulate)
    .argument('<file>', help.fileOrPreset)
    .option('--variant <variant>', help.variant)
    .option('--seed <seed>', help.seed)
    .option('--replication <replication>', help.replication)
    .option('--years <years>', help.years, '10')
    .option('--trace', help.trace)
    .action((file: string, options: SimulateArgs) => write(simulateCommand(file, options, ctx)));
  // The options that define a study, the same for run, compare and shard.
  const study = (command: Command) =>
    command
      .argument('<file>', help.fileOrPreset)
      .option('--variants <list>', help.variants)
      .option('--runs <n>', help.runs, '1000')
      .option('--seed <seed>', help.runSeed, '1')
      .option('--years <years>', help.years, '10')
      .option('--workers <n>', help.workers)
      .option('--precision <p>', help.precision);
  for (const mode of ['run', 'compare'] as const) {
    study(root.command(mode).description(help[mode]).addHelpText('after', `\n${help.runWrites}`))
      .option('--out <dir>', help.out)
      .option('--resume', help.resume)
      .option('--queue <url>', help.queue)
      .option('--shards <n>', help.shards)
      .option('--incidents', help.incidents)
      .option('--png', help.png)
      .option('--study <file>', ctx.t.study.help.include, (file: string, files: string[] = []) => [...files, file])
      .action(async (file: string, options: RunArgs) => write(await runCommand(file, options, ctx, mode)));
  }
  study(root.command('shard').description(help.shard))
    .option('--index <i>', help.index)
    .option('--count <n>', help.count)
    .option('--out <dir>', help.shardsOut)
    .action(async (file: string, options: ShardArgs) => write(await shardCommand(file, options, ctx)));
  root
    .command('merge')
    .description(help.merge)
    .argument('<shards>', help.shardsFolder)
    .option('--out <dir>', help.out)
    .option('--incidents', help.incidents)
    .option('--png', help.png)
    .action(async (folder: string, options: { out?: string; incidents?: boolean; png?: boolean }) => write(await mergeCommand(folder, options, ctx)));
  root
    .command('worker')
    .description(help.worker)
    .option('--queue <url>', help.workerQueue)
    .option('--workers <n>', help.workerThreads)
    .option('--stalled-seconds <s>', help.stalledSeconds)
    .action(async (options: WorkerArgs) => write(await workerCommand(options, ctx)));
  root
    .command('case')
    .description(ctx.t.caseHelp.command)
    .argument('<file>', help.fileOrPreset)
    .option('--variant <variant>', help.variant)
    .option('--seed <seed>', help.runSeed, '1')
    .option('--replication <replication>', ctx.t.caseHelp.replication)
    .option('--year <year>', ctx.t.caseHelp.year)
    .option('--pick <rule>', ctx.t.caseHelp.pick)
    .option('--by <metric>', ctx.t.caseHelp.by)
    .option('--runs <n>', ctx.t.caseHelp.runs)
    .option('--years <years>', help.years, '10')
    .option('--workers <n>', help.workers)
    .option('--out <dir>', ctx.t.caseHelp.out)
    .action(async (file: string, options: CaseArgs) => write(await caseCommand(file, options, ctx)));
  root
    .command('measures')
    .description(help.measures)
    .argument('<file>', help.fileOrPreset)
    .option('--variants <list>', help.variants)
    .option('--runs <n>', help.runs, '1000')
    .option('--seed <seed>', help.runSeed, '1')
    .option('--years <years>', help.years, '10')
    .option('--workers <n>', help.workers)
    .option('--out <dir>', help.measuresOut)
    .action(async (file: string, options: MeasuresArgs) => write(await measuresCommand(file, options, ctx)));
  root
    .command('calibrate')
    .description(help.calibrate)
    .option('--runs <n>', help.calibrateRuns, '200')
    .option('--seed <seed>', help.runSeed, '1')
    .option('--workers <n>', help.workers)
    .option('--out <dir>', help.calibrateOut)
    .action(async (options: CalibrateArgs) => write(await calibrateCommand(options, ctx)));
  // The options both studies of input uncertainty share.
  const inputStudy = (command: Command) =>
    command
      .argument('<file>', help.fileOrPreset)
      .option('--variants <list>', help.variants)
      .option('--replications <n>', ctx.t.study.help.replications)
      .option('--seed <seed>', help.runSeed, '1')
      .option('--years <years>', help.years, '10')
      .option('--resamples <n>', ctx.t.study.help.resamples)
      .option('--workers <n>', help.workers)
      .option('--out <dir>', ctx.t.study.help.out)
      .option('--queue <url>', ctx.t.studyQueue.help.queue)
      .option('--shards <n>', ctx.t.studyQueue.help.shards);
  inputStudy(root.command('uncertainty').description(ctx.t.study.help.uncertainty))
    .option('--input-sets <n>', ctx.t.study.help.inputSets)
    .option('--input-set-range <a..b>', ctx.t.studyQueue.help.inputSetRange)
    .option('--merge <shards>', ctx.t.studyQueue.help.merge)
    .action(async (file: string, options: UncertaintyArgs) => write(await uncertaintyCommand(file, options, ctx)));
  inputStudy(root.command('sensitivity').description(ctx.t.study.help.sensitivity))
    .option('--trajectories <n>', ctx.t.study.help.trajectories)
    .option('--leading <n>', ctx.t.study.help.leading)
    .option('--base-count <n>', ctx.t.study.help.baseCount)
    .option('--switching <n>', ctx.t.study.help.switching)
    .action(async (file: string, options: SensitivityArgs) => write(await sensitivityCommand(file, options, ctx)));
  return root;
}
