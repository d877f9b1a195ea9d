import { formatBytes, type Messages } from '../messages.ts';
import { numberRanges } from '../number-ranges.ts';
import { studyEn } from './study-en.ts';

const list = (items: readonly string[]) => items.join(', ');
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const didYouMean = (s: string | undefined) => (s === undefined ? '' : ` (did you mean ${s}?)`);
const ranges = (xs: readonly number[]) => numberRanges(xs, ', ');
const RULES = {
  integer: 'an integer',
  nonNegative: 'an integer >= 0',
  positive: 'an integer >= 1',
} as const;

export const en: Messages = {
  help: {
    program: 'Simulate a Japanese municipality\'s IT incidents (scenarios, presets, response thresholds).',
    lang: 'language of messages: ja or en',
    help: 'show help',
    helpCommand: 'show help for a command',
    version: 'print the version of machi',
    validate: 'check a scenario file (or a preset, or a policy file) and report every problem with its line',
    fileOrPreset: 'a scenario file (YAML or .json) or a preset name',
    schema: 'print the JSON Schema of scenario files',
    presets: 'list the built-in presets',
    presetsShow: 'print a preset as a YAML scenario',
    presetName: 'a preset name',
    sources: 'list every number of the preset with its source instead',
    classify: 'list the response actions a policy requires for one incident outcome',
    outcomeFile: 'an incident outcome (JSON or YAML)',
    policy: 'a built-in policy name or a policy file',
    simulate: 'simulate one replication of one variant and print the result as JSON',
    variant: 'the variant to simulate (required)',
    seed: 'the master seed, an integer (required)',
    replication: 'the replication index, an integer >= 0 (required)',
    years: 'simulated years (at most 1,000)',
    trace: 'include the causal trace',
    run: 'run the Monte Carlo of every variant and write result.json, replications.csv and scenario.resolved.json',
    compare: 'like run, and print the paired comparisons of the variants first',
    variants: 'comma-separated variants to run (default: all)',
    runs: 'replications (the most, with --precision)',
    runSeed: 'the master seed, an integer',
    workers: 'worker threads (default: one per core, at most 8; never more than the processors)',
    precision: 'stop once every headline 95% interval has this relative half-width, e.g. 0.05',
    out: 'folder to write the results to (required)',
    resume: 'continue the run a kill interrupted, from the checkpoint in the --out folder (same bytes as an uninterrupted run)',
    queue: 'compute the shards on machi worker processes through this Redis job queue (redis://[:password@]host:port or rediss:// for TLS)',
    shards: 'shards to cut the run into with --queue (default: one per 250 replications)',
    incidents: 'also write incidents.csv, one row per incident (simulates every replication again on one thread: about as long as a run with --workers 1)',
    png: 'also write each figure as PNG beside its SVG (figures/*.png, twice the SVG size, with a bundled Japanese font)',
    shard: 'compute one shard of a run (for a batch scheduler\'s array job) and write it to a folder of shards',
    index: 'the shard to compute, from 0 (e.g. $JOB_COMPLETION_INDEX, $SLURM_ARRAY_TASK_ID)',
    count: 'how many shards the run is cut into',
    shardsOut: 'folder of shard files to write the shard to (required)',
    merge: 'merge a folder of shard files into the results and report of the run (the same bytes as machi run)',
    shardsFolder: 'a folder of shard files written by machi shard',
    worker: 'compute the shards that machi run --queue enqueues, until stopped (SIGTERM or Ctrl-C)',
    workerQueue: 'the Redis job queue: redis://[user:password@]host:port[/db], or rediss:// for TLS (required)',
    workerThreads: 'worker threads per shard (default: one per core, at most 8)',
    stalledSeconds: 'seconds before a shard of a killed worker is given to another worker (default 30)',
    measures: 'what each measure of each option buys: downtime, data loss and cost with and without it, and its cost per hour of downtime avoided',
    measuresOut: 'folder to write measures.md, measures.html and measures.csv to; without it the Markdown goes to stdout',
    calibrate: 'compare the presets, scaled to Japan\'s 1,741 municipalities, with observed national yearly counts (prints the table)',
    calibrateRuns: 'replications of every preset and hosting variant the study runs',
    calibrateOut: 'folder to also write calibration.json, calibration.md and calibration.html to',
  },
  scenarioOk: (file, name, sites, systems, variants) =>
    `OK: ${file} — ${name}, ${plural(sites, 'site')}, ${plural(systems, 'system')}, ${plural(variants.length, 'variant')} (${list(variants)})`,
  policyOk: (file, id, rules, parent) =>
    `OK: ${file} — policy ${id}, ${plural(rules, 'rule')}${parent === undefined ? '' : ` (extends ${parent})`}`,
  presetColumns: ['name', 'town', 'population', 'variants'],
  sourceColumns: ['path', 'value', 'source'],
  provenanceCount: (sourced, assumed, total) => `sourced ${sourced} / assumed ${assumed} / total ${total}`,
  distinctFactCount: (sourced, assumed, total, percent) =>
    `distinct facts (value and cited references; an assumption by its text): sourced ${sourced} / assumed ${assumed} / total ${total}, ${percent} sourced`,
  citedReferences: 'References cited above:',

  badLang: (value) => `--lang must be ja or en, got "${value}"`,
  notFileOrPreset: (arg, presets) => `"${arg}" is neither a file nor a preset (presets: ${list(presets)})`,
  unknownPreset: (name, presets) => `unknown preset "${name}" (presets: ${list(presets)})`,
  notFileOrPolicy: (arg, policies) => `"${arg}" is neither a file nor a built-in policy (policies: ${list(policies)})`,
  cannotRead: (file, reason) => `cannot read ${file}: ${reason}`,
  cannotWrite: (folder, reason) => `cannot write the results to ${folder}: ${reason}`,
  pngUnavailable: (reason) => `--png needs the PNG renderer of @machi/report/node (installed with the package, not inside machi.mjs): ${reason}. Nothing was written.`,
  unknownVariant: (variant, known) => `unknown variant "${variant}" (variants: ${list(known)})`,
  badInteger: (option, value, rule) => `${option} must be ${RULES[rule]}, got "${value}"`,
  unknownOption: (flag, suggestion) => `unknown option ${flag}${didYouMean(suggestion)}`,
  unknownCommand: (name, suggestion) => `unknown command "${name}"${didYouMean(suggestion)} (see machi --help)`,
  missingArgument: (name) => `missing argument <${name}>`,
  optionMissingArgument: (flags) => `option ${flags} needs a value`,
  missingOption: (flags) => `required option ${flags} is missing`,
  excessArguments: (command, expected, received) =>
    `too many arguments for ${command}: expected ${expected}, got ${received}`,
  badVariantList: (value) => `--variants must name each variant once, separated by commas, got "${value}"`,
  badPrecision: (value) => `--precision must be a relative half-width between 0 and 1 such as 0.05, got "${value}"`,
  progress: (bar, done, runs, rate, left) =>
    `${bar} ${done.toLocaleString('en-US')}/${runs.toLocaleString('en-US')} replications  ${Math.round(rate).toLocaleString('en-US')}/s  ETA ${Math.ceil(left)} s`,
  runHeader: (name, runs, years, seed, stoppedBy) =>
    `${name}: ${runs.toLocaleString('en-US')} replications × ${years} years, seed ${seed} (${stoppedBy}); annual means ± 95% half-width`,
  stoppedBy: { runs: 'all runs done', precision: 'stopped: precision reached', cancelled: 'cancelled: incomplete' },
  runColumns: ['variant', 'cost (yen/yr)', 'critical downtime (h/yr)', 'persons affected (/yr)', 'press conference (P/yr)'],
  precisionMet: (r) => `Every headline estimate is within ±${r * 100}% (or its floor).`,
  precisionMissed: (missed, total, r) => `${missed} of ${total} headline estimates are not yet within ±${r * 100}% (or their floor); see "headline" in result.json.`,
  written: (files) => `Written: ${files.join(', ')}`,
  comparisonsTitle: 'Paired comparisons (A − B, same replications):',
  comparisonColumns: ['A − B', 'metric', 'mean difference [95%]', 'P(A<B)', 'P(A=B)', 'P(A>B)'],
  noCommand: 'no command given (see machi --help)',
  internalError: (message) => `internal error (please report it): ${message}`,
  tooManyYears: (value, maximum) =>
    `--years must be at most ${maximum.toLocaleString('en-US')}, got "${value}": return periods are reported up to ${maximum.toLocaleString('en-US')} years, and a longer study needs more --runs, not longer ones`,
  workersReduced: (requested, processors) =>
    `--workers ${requested} is more than the ${plural(processors, 'processor')} this machine can use; using ${processors} (the results are the same for any number of workers)`,
  tableTooLarge: (s) =>
    `--runs ${s.runs.toLocaleString('en-US')} × --years ${s.years} × ${plural(s.variants, 'variant')} need about ${formatBytes(s.needed)} of memory for the per-replication table (${s.perRow} bytes per replication-year and variant); at most ${formatBytes(s.limit)} here (4 GiB, and no more than a quarter of this machine's memory). Use fewer --runs or --years; with --precision, --runs is the most that may run`,
  eventLimit: (limit, year, subject) =>
    `the simulation stopped: more than ${limit.toLocaleString('en-US')} events in simulated year ${year} (next due: ${subject}). The presets take a few hundred a year at most: a rate or count in the scenario is far too high`,
  interrupted: (command, written) =>
    written === undefined
      ? `interrupted (Ctrl-C): ${command} stopped; nothing was written`
      : `interrupted (Ctrl-C) after ${command} had written ${written.join(', ')}`,

  outNotFolder: (out, file) => `--out ${out} must be a folder, but ${file} is a file`,
  removedPartials: (folder, names) =>
    `removed ${plural(names.length, 'partial file')} that an interrupted earlier run left in ${folder}: ${list(names)}`,
  optionsConflict: (a, b) => `${a} cannot be used with ${b}`,
  optionNeeds: (option, needed) => `${option} needs ${needed}`,
  workersWithQueue: '--workers has no effect with --queue: give it to each machi worker',
  resuming: (n, runs, folder) => `resuming: ${n.toLocaleString('en-US')} of ${runs.toLocaleString('en-US')} replications are in the checkpoint ${folder}`,
  checkpointExists: (folder) => `${folder} holds the checkpoint of an interrupted run: add --resume to continue it, or delete the folder to start again`,
  checkpointStale: (folder, field, expected, got) =>
    `the checkpoint ${folder} is of another study (${field} ${got}, this run ${expected}): run with the options it was made with, or delete it`,
  checkpointCorrupted: (file, reason) => `the checkpoint file ${file} is damaged (${reason}): delete it and run with --resume again to recompute its blocks`,

  badShardIndex: (index, count) => `--index must be below --count (${count}), counting from 0, got ${index}`,
  badShardCount: (count, most) => `the shard count must be from 1 to ${most} (the blocks of 25 replications of this run), got ${count}`,
  shardWritten: (file, index, count, first, n) =>
    `Written: ${file} (shard ${index} of ${count}: replications ${first.toLocaleString('en-US')} to ${(first + n - 1).toLocaleString('en-US')})`,
  noShards: (folder) => `${folder} holds no shard files (*.machi.gz, written by machi shard)`,
  shardCorrupted: (file, reason) => `the shard file ${file} is damaged: ${reason}`,
  shardOtherVersion: (file, version, own) => `the shard file ${file} was made by machi ${version}; merge it with that version (this is machi ${own})`,
  shardRefused: (file, why) => `the shard file ${file} does not belong with the others: ${why}`,
  shardOtherStudy: (field, got, expected, reference) =>
    `it is of another study (${field} ${got}${reference === undefined ? `, expected ${expected}` : `, while ${reference} has ${expected}`})`,
  shardOtherCount: (got, expected, reference) =>
    `it is one of ${got} shards${reference === undefined ? `, expected ${expected}` : `, while ${reference} is one of ${expected}`}`,
  shardOtherIndex: (got, expected) => `it is shard ${got}, expected ${expected}`,
  shardDuplicate: (index, first, second) => `shard ${index} is there twice: ${first} and ${second}; keep one`,
  shardsMissing: (folder, missing, count) => `${folder} lacks ${plural(missing.length, 'shard')} of ${count}: ${ranges(missing)}`,
  merged: (count, folder) => `Merged ${plural(count, 'shard')} of ${folder}.`,

  badQueueUrl: (reason) => `--queue: ${reason}`,
  redisUnreachable: (url, reason) => `cannot reach Redis at ${url}: ${reason}. Nothing was written.`,
  redisLost: (url, reason) => `lost the connection to Redis at ${url} (${reason}). Nothing was written; run the same command again to reuse the shards already finished.`,
  shardsReused: (finished, count) => `${finished} of ${count} shards of this run had been computed already and are reused`,
  noQueueWorker: (queue, url) => `no worker serves the queue ${queue} yet; start one with: machi worker --queue ${url}`,
  shardFailed: (index, count, reason) => `shard ${index} of ${count} failed on a worker: ${reason}`,
  shardDamaged: (index, count, reason) => `shard ${index} of ${count} came back from the queue damaged: ${reason}`,
  workerServing: (queue, url, threads) => `serving the queue ${queue} on ${url} with ${plural(threads, 'thread')}`,
  shardStarted: (index, count, study) => `shard ${index} of ${count} of ${study}: started`,
  shardDone: (index, count, study, seconds) => `shard ${index} of ${count} of ${study}: done in ${seconds.toFixed(1)} s`,
  jobRefused: (id, reason) => `refused the job ${id}: ${reason}`,
  workerStopping: 'stopping once the shard in hand is done (send the signal again to stop at once)',
  workerStopped: (shards) => `Stopped after computing ${plural(shards, 'shard')}.`,

  caseHelp: {
    command: 'write one simulated year as a dated virtual case (a tabletop-exercise script) in Markdown and HTML',
    replication: 'the replication of the case, an integer >= 0 (with --year)',
    year: 'the simulated year of the case, counted from 0 (with --replication)',
    pick: 'how to choose the year: typical (the median year), worst (the largest), p99 (the 1-in-100 year), action:<action> (the median of the years needing it)',
    by: 'the metric --pick ranks years by (default costYen)',
    runs: 'Monte Carlo replications --pick chooses among (default 1000)',
    out: 'folder to write the case to (case.md, case.html, figures/*.svg); without it the Markdown goes to stdout',
  },
  caseModeMissing: 'give --replication and --year, or --pick',
  caseModeConflict: '--pick cannot be used with --replication or --year',
  pickOnlyOption: (option) => `${option} needs --pick`,
  badPick: (value, actions) => `--pick must be typical, worst, p99 or action:<action> (actions: ${list(actions)}), got "${value}"`,
  badCaseYear: (year, years) => `--year must be below --years (${years}), counting from 0, got ${year}`,
  unknownMetric: (metric, known) => `unknown metric "${metric}" (metrics: ${list(known)})`,
  noPickedYear: (rule, runs, years) => `no year among ${runs} replications × ${years} years matches ${rule}; try more --runs`,
  casePicked: (rule, by, value, replication, year) => `Picked: --replication ${replication} --year ${year} (--pick ${rule} --by ${by}, value ${value})`,
  caseReproduce: (command) => `Reproduce this case: ${command}`,
  study: studyEn,
};
