/** A 1-based place in a text, as editors show it (columns count UTF-16 code units). */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * Offsets at which each line of `text` starts, for `positionAt`.
 *
 * @example
 * positionAt(lineStarts('a: 1\nb: x\n'), 8); // { line: 2, column: 4 }
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** The line and column of `offset`, given the `lineStarts` of its text. */
export function positionAt(starts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
