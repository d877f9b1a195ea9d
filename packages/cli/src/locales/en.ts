import type { Messages } from '../messages.ts';

const list = (items: readonly string[]) => items.join(', ');
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const didYouMean = (s: string | undefined) => (s === undefined ? '' : ` (did you mean ${s}?)`);
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
    years: 'simulated years',
    trace: 'include the causal trace',
  },
  scenarioOk: (file, name, sites, systems, variants) =>
    `OK: ${file} — ${name}, ${plural(sites, 'site')}, ${plural(systems, 'system')}, ${plural(variants.length, 'variant')} (${list(variants)})`,
  policyOk: (file, id, rules, parent) =>
    `OK: ${file} — policy ${id}, ${plural(rules, 'rule')}${parent === undefined ? '' : ` (extends ${parent})`}`,
  presetColumns: ['name', 'town', 'population', 'variants'],
  sourceColumns: ['path', 'value', 'source'],
  provenanceCount: (sourced, assumed, total) => `sourced ${sourced} / assumed ${assumed} / total ${total}`,

  badLang: (value) => `--lang must be ja or en, got "${value}"`,
  notFileOrPreset: (arg, presets) => `"${arg}" is neither a file nor a preset (presets: ${list(presets)})`,
  unknownPreset: (name, presets) => `unknown preset "${name}" (presets: ${list(presets)})`,
  notFileOrPolicy: (arg, policies) => `"${arg}" is neither a file nor a built-in policy (policies: ${list(policies)})`,
  cannotRead: (file, reason) => `cannot read ${file}: ${reason}`,
  unknownVariant: (variant, known) => `unknown variant "${variant}" (variants: ${list(known)})`,
  badInteger: (option, value, rule) => `${option} must be ${RULES[rule]}, got "${value}"`,
  unknownOption: (flag, suggestion) => `unknown option ${flag}${didYouMean(suggestion)}`,
  unknownCommand: (name, suggestion) => `unknown command "${name}"${didYouMean(suggestion)} (see machi --help)`,
  missingArgument: (name) => `missing argument <${name}>`,
  optionMissingArgument: (flags) => `option ${flags} needs a value`,
  missingOption: (flags) => `required option ${flags} is missing`,
  excessArguments: (command, expected, received) =>
    `too many arguments for ${command}: expected ${expected}, got ${received}`,
  noCommand: 'no command given (see machi --help)',
  internalError: (message) => `internal error (please report it): ${message}`,
};
