import type { ForeignEncoding } from './encoding.ts';

/**
 * A user's mistake in a scenario file, as data: where it is (`file`, 1-based `line` and `column`, the
 * data `path`), what kind it is (`code`) and the facts a message needs (`params`). Messages are made
 * later, in any language, by `formatIssue`; nothing here is prose.
 *
 * @example
 * const issue: ScenarioIssue = {
 *   file: 'town.yaml', line: 12, column: 22, path: ['systems', 2, 'backups', 0, 'intervalHours'],
 *   code: 'invalidType', params: { expected: 'number', received: { kind: 'string', value: 'abc' } },
 * };
 */
export interface ScenarioIssue {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly path: (string | number)[];
  readonly code: string;
  readonly params: Record<string, unknown>;
}

/** The JSON kind of a value found in a scenario file. */
export type ValueKind = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';

/** What the file held where something else was expected; `value` only for primitives. */
export interface Received {
  readonly kind: ValueKind;
  readonly value?: string | number | boolean | null;
}

export type Primitive = string | number | boolean | null;

/** What a JSON parser wanted at the place it stopped. */
export type JsonExpected =
  | 'value' | 'key' | 'colon' | 'commaOrBrace' | 'commaOrBracket' | 'digit' | 'quote' | 'end';

/** The code and params of an issue nested in another (the reason an `invalidKey` was refused). */
export interface IssueReason {
  readonly code: string;
  readonly params: Record<string, unknown>;
}

import type { CustomIssueParams } from '../vocabulary/custom-issue-keys.ts';

/**
 * The params of every issue code this loader emits; locales must cover each one. The scenario
 * schema's own refinements (`params.messageKey`) come from `CustomIssueParams`.
 */
export interface IssueParams extends CustomIssueParams {
  // Reading the text.
  yamlSyntax: { yamlCode: string; detail: string };
  duplicateKey: { key: string };
  forbiddenTag: { tag: string };
  tagMismatch: { tag: string };
  complexKey: Record<string, never>;
  mergeKey: Record<string, never>;
  multipleDocuments: Record<string, never>;
  unknownAlias: { name: string };
  recursiveAlias: { name: string };
  aliasLimit: { maxAliasCount: number };
  nestingTooDeep: Record<string, never>;
  jsonTrailingComma: Record<string, never>;
  jsonUnexpectedChar: { found: string; expected: JsonExpected };
  jsonUnexpectedEnd: { expected: JsonExpected };
  jsonInvalidString: { reason: 'controlCharacter' | 'invalidEscape' };
  fileTooLarge: { bytes: number; maximumBytes: number };
  tooManyLines: { lines: number; maximumLines: number };
  notUtf8: { encoding: ForeignEncoding };
  forbiddenKey: { key: string };
  /** A character that is not text (`codePoint` as `U+001B`) at the 1-based `index` of a key or string. */
  controlCharacter: { codePoint: string; index: number };
  // Checking the data against the schema.
  invalidType: { expected: string; received: Received };
  missingField: { key: string | number };
  unknownField: { key: string; allowed: string[]; suggestion?: string };
  /** Unknown fields of the same mapping after the first `MAX_UNKNOWN_FIELDS`, counted, at the first of them. */
  moreUnknownFields: { count: number };
  invalidValue: { allowed: Primitive[]; received: Received };
  invalidUnion: { expected: string[]; allowed: Primitive[]; received: Received };
  tooSmall: SizeParams & { minimum: number };
  tooBig: SizeParams & { maximum: number; why?: BoundReason };
  invalidFormat: {
    format: string; pattern?: string; prefix?: string; suffix?: string; includes?: string;
    received: Received;
  };
  notMultipleOf: { divisor: number; received: Received };
  invalidKey: { key: string; reason: IssueReason };
  // Raised by loading a scenario file after validation (`loadScenario`).
  /** A seismic region whose rate cannot be calibrated: no event reaches its site (null), or too rarely. */
  regionUnreachable: { region: string; site: string; annualEventRate: number | null; maximum: number };
  /** A scripted event at or after the end of the simulated horizon (`end`, after `years` years). */
  eventAfterHorizon: { at: string; end: string; years: number; yearsNeeded: number };
  custom: { message: string };
}

/**
 * Why a schema bound exists (zod's message of the bound, e.g. `z.number().max(365, 'annualRate')`):
 * the locales say it after the bound, so a user learns the reason, not only the number.
 */
export const BOUND_REASONS = [
  'annualRate',
  'persons',
  'yen',
  'simulatedOneByOne',
  'quantity',
  'listItems',
  'variants',
  'nameLength',
  'textLength',
  'regionRadius',
  'earthquakeDepth',
] as const;

export type BoundReason = (typeof BOUND_REASONS)[number];

/** `origin` is zod's: 'number', 'int', 'string', 'array', …; `actual` the value or the length. */
export type SizeParams = {
  origin: string;
  inclusive: boolean;
  exact: boolean;
  actual?: number;
};

export type IssueCode = keyof IssueParams;

/**
 * A `ScenarioIssue` whose params are checked against its code.
 *
 * @example
 * makeIssue('town.yaml', { line: 3, column: 5 }, ['name'], 'duplicateKey', { key: 'name' });
 */
export function makeIssue<C extends IssueCode>(
  file: string,
  at: { readonly line: number; readonly column: number },
  path: readonly (string | number)[],
  code: C,
  params: IssueParams[C],
): ScenarioIssue {
  return { file, line: at.line, column: at.column, path: [...path], code, params: { ...params } };
}
