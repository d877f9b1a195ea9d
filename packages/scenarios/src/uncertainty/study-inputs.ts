import { inputSpace, type InputSpace, type SharedFactor, type UncertainInput } from '@machi/sim-core';
import { formatPath } from '../load/format-path.ts';
import { collectProvenance } from '../presets/provenance.ts';
import { rangeCoverage, type RangeInput, type Scenario } from '../schema/index.ts';
import type { StudyFactor, StudyInput, StudyNumbers, StudyWords } from './study-result.ts';

type Path = (string | number)[];

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Visits arrays and objects in document order; an object with a `range` is a leaf. */
function walk(node: unknown, path: Path, visit: (node: Record<string, unknown>, path: Path) => void): void {
  if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i], visit));
  else if (isRecord(node)) {
    if (isRecord(node.range)) return visit(node, path);
    for (const [key, value] of Object.entries(node)) walk(value, [...path, key], visit);
  }
}

/** The uncertain numbers of a scenario, the beliefs relating them, and how many numbers stay fixed. */
export interface StudyInputs {
  readonly inputs: readonly StudyInput[];
  readonly factors: readonly StudyFactor[];
  readonly numbers: StudyNumbers;
  /** Each input's data path, parsed: where `applyInputSet` writes it. */
  readonly paths: readonly Path[];
}

/**
 * Every number of a scenario as written (a preset, or a file's parsed YAML/JSON) that carries a `range`,
 * in document order, with the shared factors of `uncertainty.factors`. A `{ value, source, range }` number
 * is an input of kind `number`; a distribution with a `range` is an input of kind `scale` (a factor, value
 * 1, multiplying the distribution). Read before validation, because parsing drops ranges; validate the
 * scenario first (the ranges are checked there, located).
 *
 * @throws RangeError naming `uncertainty.factors[i].members[j]` when a factor names a number without a
 *   range, or a number twice.
 * @example
 * studyInputs(PRESETS['small-town']).inputs[0]; // { path: 'people.itStaff.hourlyCostYen', kind: 'number', value: 3500, … }
 */
export function studyInputs(input: unknown): StudyInputs {
  const found: { path: Path; node: Record<string, unknown> }[] = [];
  walk(input, [], (node, path) => found.push({ path, node }));
  const declared = (isRecord(input) && isRecord(input.uncertainty) && Array.isArray(input.uncertainty.factors) ? input.uncertainty.factors : []) as Record<
    string,
    unknown
  >[];
  const factorOf = new Map<string, string>();
  declared.forEach((factor, i) => {
    const linked = [...((factor.members as string[]) ?? []).map((m, j) => [m, `members[${j}]`]), ...((factor.opposed as string[]) ?? []).map((m, j) => [m, `opposed[${j}]`])];
    for (const [member, at] of linked) {
      const where = `uncertainty.factors[${i}].${at}`;
      if (!found.some((f) => formatPath(f.path) === member)) throw new RangeError(`${where}: "${member}" is not a number with a range`);
      if (factorOf.has(member!)) throw new RangeError(`${where}: "${member}" already follows factor "${factorOf.get(member!)}"`);
      factorOf.set(member!, String(factor.id));
    }
  });
  const inputs = found.map(({ path, node }): StudyInput => {
    const range = node.range as RangeInput;
    const name = formatPath(path);
    const isNumber = typeof node.value === 'number';
    const valueSource = typeof node.source === 'string' ? node.source : null;
    return {
      path: name,
      kind: isNumber ? 'number' : 'scale',
      value: isNumber ? (node.value as number) : 1,
      low: range.low,
      high: range.high,
      coverage: rangeCoverage(range.meaning),
      meaning: range.meaning,
      shape: range.shape,
      rangeSource: range.source,
      valueSource,
      assumed: valueSource?.startsWith('assumption') ?? false,
      factor: factorOf.get(name) ?? null,
      check: bothLanguages(range.check),
    };
  });
  const factors = declared.map((f): StudyFactor => {
    return {
      name: String(f.id),
      label: bothLanguages(f.name as Label),
      rankCorrelation: f.rankCorrelation as number,
      members: [...((f.members as string[]) ?? [])],
      opposed: [...((f.opposed as string[]) ?? [])],
      source: String(f.source),
      check: bothLanguages(f.check as Label | undefined),
    };
  });
  const provenance = collectProvenance(input);
  const ranged = new Set(inputs.map((i) => i.path));
  const fixed = provenance.filter((e) => !ranged.has(e.path));
  return {
    inputs,
    factors,
    numbers: { total: provenance.length, ranged: inputs.length, fixed: fixed.length, fixedAssumptions: fixed.filter((e) => e.assumed).length },
    paths: found.map((f) => f.path),
  };
}

type Label = string | { readonly ja: string; readonly en: string };

/** A scenario's text in both languages, keys in a fixed order (one string serves both); null when absent. */
function bothLanguages(text: Label | undefined): StudyWords | null {
  if (text === undefined) return null;
  return typeof text === 'string' ? { ja: text, en: text } : { ja: text.ja, en: text.en };
}

/** Where each input is written: what an input set's task carries. */
export interface InputPlaces {
  readonly inputs: readonly Pick<StudyInput, 'path' | 'kind'>[];
  readonly paths: readonly Path[];
}

/** The inputs as `@machi/sim-core`'s uncertain inputs (named by path) and their input space. */
export function studySpace(study: Pick<StudyInputs, 'inputs' | 'factors'>): InputSpace {
  const inputs = study.inputs.map(({ path, value, low, high, coverage, shape }): UncertainInput => ({ name: path, value, low, high, coverage, shape }));
  const factors = study.factors.map(({ name, rankCorrelation, members, opposed }): SharedFactor => ({ name, rankCorrelation, members, opposed }));
  return inputSpace({ inputs, factors });
}

/**
 * A validated scenario with its uncertain numbers set to `values` (in the order of `inputs`): a number is
 * replaced, a distribution's quantities are multiplied by its scale. Only the named numbers change;
 * `scenario` itself is left alone (a copy is returned, shared structure cloned).
 *
 * @throws RangeError when a path holds no number (or no distribution, for a scale) in the validated scenario.
 */
export function applyInputSet(scenario: Scenario, study: InputPlaces, values: readonly number[]): Scenario {
  if (values.length !== study.inputs.length) throw new RangeError(`an input set has ${study.inputs.length} values, got ${values.length}`);
  const copy = structuredClone(scenario) as unknown as Record<string, unknown>;
  study.inputs.forEach((input, i) => {
    const path = study.paths[i]!;
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], copy) as
      | Record<string | number, unknown>
      | undefined;
    const key = path[path.length - 1]!;
    const current = parent?.[key];
    if (input.kind === 'number') {
      if (typeof current !== 'number') throw new RangeError(`${input.path}: the validated scenario holds no number there`);
      parent![key] = values[i];
    } else {
      if (!isRecord(current)) throw new RangeError(`${input.path}: the validated scenario holds no distribution there`);
      parent![key] = scaledSpec(current, values[i]!);
    }
  });
  return copy as unknown as Scenario;
}

/** A quantity spec with every quantity multiplied by `factor` (shares of bands stay). */
function scaledSpec(spec: Record<string, unknown>, factor: number): Record<string, unknown> {
  const scale = (x: unknown) => (typeof x === 'number' ? x * factor : x);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(spec)) {
    if (key === 'bands') out[key] = (value as { min: number; max: number; share: number }[]).map((b) => ({ ...b, min: b.min * factor, max: b.max * factor }));
    else if (Array.isArray(value)) out[key] = value.map(scale);
    else out[key] = key === 'source' ? value : scale(value);
  }
  return out;
}
