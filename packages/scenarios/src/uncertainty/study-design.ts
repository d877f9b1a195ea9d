import type { InputSpace } from '@machi/sim-core';
import type { StudyInputs } from './study-inputs.ts';

/**
 * The coordinates a study's designs vary, and how a point of them becomes input values.
 *
 * The input space has one coordinate per input and one per shared factor. A member of a factor of rank
 * correlation 1 follows its factor alone (its own coordinate has no effect), so the designs leave such
 * coordinates out: a belief behind 30 numbers is one coordinate, and a study's dimension is the number of
 * independent inputs plus beliefs. Coordinates left out of a design (`valuesAt` with a partial point) are
 * held so that every input they govern stays at its value.
 */
export interface StudyCoordinates {
  /** Names of the design coordinates: independent inputs (and members of partial factors), then factors. */
  readonly names: readonly string[];
  /** Index of each design coordinate in the input space's coordinates. */
  readonly spaceIndex: readonly number[];
  /** Input values at a point given for the design coordinates `which` (default all), others held. */
  valuesAt(point: readonly number[], which?: readonly number[]): number[];
}

export function studyCoordinates(space: InputSpace, study: Pick<StudyInputs, 'inputs' | 'factors'>): StudyCoordinates {
  const full = study.factors.filter((f) => f.rankCorrelation === 1).map((f) => f.name);
  const followsFull = new Set(study.inputs.filter((i) => i.factor !== null && full.includes(i.factor)).map((i) => i.path));
  const spaceIndex = space.coordinates.flatMap((name, c) => (followsFull.has(name) ? [] : [c]));
  const names = spaceIndex.map((c) => space.coordinates[c]!);
  const factorIndex = new Map(study.factors.map((f, j) => [f.name, study.inputs.length + j]));
  // The space coordinates that govern each input: its own and its factor's.
  const governing = study.inputs.map((input, i) => {
    const own = followsFull.has(input.path) ? [] : [i];
    return input.factor === null ? own : [...own, factorIndex.get(input.factor)!];
  });
  return {
    names,
    spaceIndex,
    valuesAt(point, which = names.map((_, d) => d)) {
      if (point.length !== which.length) throw new RangeError(`a point of ${which.length} coordinates, got ${point.length}`);
      const unit = new Array<number>(space.coordinates.length).fill(0.5);
      const given = new Set<number>();
      which.forEach((d, k) => {
        unit[spaceIndex[d]!] = point[k]!;
        given.add(spaceIndex[d]!);
      });
      const values = space.values(unit);
      return values.map((v, i) => (governing[i]!.some((c) => given.has(c)) ? v : space.nominal[i]!));
    },
  };
}
