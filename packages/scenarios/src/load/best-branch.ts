import type * as z from 'zod';

/**
 * Which branch of a failed union the value was most likely written for: among the branches that
 * accepted the value's type at the union's own level, the one with the fewest issues (ties go to the
 * earlier branch). -1 when every branch rejected the value's type or value outright.
 *
 * @example
 * // z.union([z.strictObject({ a: z.number() }), z.strictObject({ b: z.string() })]) given { a: 'x' }:
 * // branch 0 has one issue (a: not a number), branch 1 two (b missing, a unknown)
 * bestBranch(unionIssue.errors); // 0
 */
export function bestBranch(branches: readonly (readonly z.core.$ZodIssue[])[]): number {
  let best = -1;
  for (let i = 0; i < branches.length; i++) {
    const issues = branches[i];
    if (rejectsOutright(issues)) continue;
    if (best < 0 || issues.length < branches[best].length) best = i;
  }
  return best;
}

/** True when a branch refused the value itself (wrong type or literal), not something inside it. */
export function rejectsOutright(issues: readonly z.core.$ZodIssue[]): boolean {
  return issues.some(
    (issue) =>
      issue.path.length === 0 &&
      (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union'),
  );
}
