import type * as z from 'zod';
import { bestBranch } from './best-branch.ts';
import { closestKey } from './closest-key.ts';
import { receivedOf, valueAt } from './describe-value.ts';
import { BOUND_REASONS, makeIssue, type BoundReason, type IssueCode, type IssueParams, type Primitive, type ScenarioIssue } from './issue.ts';
import { knownKeysAt } from './known-keys.ts';
import type { Locator } from './source-tree.ts';
import { isCustomIssueKey } from '../vocabulary/custom-issue-keys.ts';

/** What mapping a zod issue needs: the file, the schema (for known keys) and the parsed data. */
export interface IssueContext {
  readonly file: string;
  readonly schema: z.core.$ZodType;
  readonly data: unknown;
  readonly locator: Locator;
}

type Described = { [C in IssueCode]: { code: C; params: IssueParams[C] } }[IssueCode];

const MISSING_CODES = new Set<string>(['invalid_type', 'invalid_value', 'invalid_union']);

/**
 * Unknown fields of one mapping reported one by one; the rest are counted in one issue. A pasted table
 * of 160,000 keys once took minutes to report, key by key, and no one reads past the first screen.
 */
export const MAX_UNKNOWN_FIELDS = 50;

/**
 * Turns one zod issue into located `ScenarioIssue`s: one per unknown key (at the key, with the keys
 * the schema knows there and the closest of them), a missing field at its parent mapping, a failed
 * union as the issues of the branch the value was most likely meant for.
 *
 * @example
 * mapZodIssue({ code: 'unrecognized_keys', keys: ['intervalHour'], path: ['backups', 0], message: '' }, ctx);
 * // [{ line: 7, column: 7, path: ['backups', 0, 'intervalHour'], code: 'unknownField',
 * //    params: { key: 'intervalHour', allowed: ['intervalHours'], suggestion: 'intervalHours' } }]
 */
export function mapZodIssue(
  issue: z.core.$ZodIssue,
  ctx: IssueContext,
  base: readonly (string | number)[] = [],
): ScenarioIssue[] {
  const path = [...base, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))];
  const here = valueAt(ctx.data, path);
  const at = ({ code, params }: Described, where: 'value' | 'key' = 'value', target = path): ScenarioIssue =>
    makeIssue(ctx.file, where === 'key' ? ctx.locator.locateKey(target) : ctx.locator.locate(target), target, code, params);

  if (!here.found && path.length > 0 && MISSING_CODES.has(issue.code)) {
    return [at({ code: 'missingField', params: { key: path[path.length - 1] } })];
  }
  if (issue.code === 'unrecognized_keys') {
    const allowed = knownKeysAt(ctx.schema, ctx.data, path) ?? [];
    const issues = issue.keys.slice(0, MAX_UNKNOWN_FIELDS).map((key) => {
      const suggestion = closestKey(key, allowed);
      const params = suggestion === undefined ? { key, allowed } : { key, allowed, suggestion };
      return at({ code: 'unknownField', params }, 'key', [...path, key]);
    });
    const more = issue.keys.length - MAX_UNKNOWN_FIELDS;
    if (more > 0) issues.push(at({ code: 'moreUnknownFields', params: { count: more } }, 'key', [...path, issue.keys[MAX_UNKNOWN_FIELDS]!]));
    return issues;
  }
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const best = bestBranch(issue.errors);
    if (best >= 0) return issue.errors[best].flatMap((inner) => mapZodIssue(inner, ctx, path));
  }
  if (issue.code === 'invalid_key' && issue.issues[0] !== undefined) {
    const key = String(path[path.length - 1]);
    return [at({ code: 'invalidKey', params: { key, reason: describeIssue(issue.issues[0], key) } }, 'key')];
  }
  return [at(describeIssue(issue, here.value))];
}

/** The code and params of an issue about `value`, where its location is already settled. */
function describeIssue(issue: z.core.$ZodIssue, value: unknown): Described {
  const received = receivedOf(value);
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'invalidType', params: { expected: issue.expected, received } };
    case 'invalid_value':
      return { code: 'invalidValue', params: { allowed: issue.values.map(toPrimitive), received } };
    case 'too_small':
    case 'too_big': {
      const size = {
        origin: issue.origin,
        inclusive: issue.inclusive ?? true,
        exact: issue.exact ?? false,
        ...sizeOf(value),
      };
      const why = (BOUND_REASONS as readonly string[]).includes(issue.message) ? { why: issue.message as BoundReason } : {};
      return issue.code === 'too_small'
        ? { code: 'tooSmall', params: { ...size, minimum: Number(issue.minimum) } }
        : { code: 'tooBig', params: { ...size, maximum: Number(issue.maximum), ...why } };
    }
    case 'invalid_format': {
      const { format, pattern, prefix, suffix, includes } = issue as z.core.$ZodIssueInvalidStringFormat &
        Record<string, string>;
      const extra = format === 'regex' ? { pattern } : { prefix, suffix, includes };
      return { code: 'invalidFormat', params: { format, ...definedOnly(extra), received } };
    }
    case 'not_multiple_of':
      return { code: 'notMultipleOf', params: { divisor: Number(issue.divisor), received } };
    case 'invalid_union': {
      if (issue.discriminator !== undefined && 'options' in issue && issue.options !== undefined) {
        return { code: 'invalidValue', params: { allowed: issue.options.map(toPrimitive), received } };
      }
      if (issue.errors.length === 0) break;
      const { expected, allowed } = outrightExpectations(issue.errors);
      return { code: 'invalidUnion', params: { expected, allowed, received } };
    }
    case 'custom': {
      const { messageKey, ...params } = (issue.params ?? {}) as Record<string, unknown>;
      if (typeof messageKey === 'string' && isCustomIssueKey(messageKey)) return { code: messageKey, params } as Described;
      break;
    }
  }
  return { code: 'custom', params: { message: issue.message } };
}

/** The types and literal values a union's branches wanted at its own level, without repeats. */
function outrightExpectations(
  branches: readonly (readonly z.core.$ZodIssue[])[],
): { expected: string[]; allowed: Primitive[] } {
  const expected = new Set<string>();
  const allowed = new Set<Primitive>();
  const visit = (issues: readonly z.core.$ZodIssue[]): void => {
    for (const issue of issues) {
      if (issue.path.length > 0) continue;
      if (issue.code === 'invalid_type') expected.add(issue.expected);
      else if (issue.code === 'invalid_value') issue.values.forEach((v) => allowed.add(toPrimitive(v)));
      else if (issue.code === 'invalid_union') issue.errors.forEach(visit);
    }
  };
  branches.forEach(visit);
  return { expected: [...expected], allowed: [...allowed] };
}

function sizeOf(value: unknown): { actual?: number } {
  if (typeof value === 'number') return { actual: value };
  if (typeof value === 'string' || Array.isArray(value)) return { actual: value.length };
  return {};
}

function toPrimitive(value: unknown): Primitive {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? value
    : String(value);
}

function definedOnly<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Partial<T>;
}
