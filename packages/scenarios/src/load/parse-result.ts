import type { ScenarioIssue } from './issue.ts';
import type { Locator } from './source-tree.ts';

/** Parsed data plus where each value came from. */
export interface ParseSuccess extends Locator {
  readonly ok: true;
  readonly data: unknown;
}

/** Every problem found while reading the text (there is no data). */
export interface ParseFailure {
  readonly ok: false;
  readonly issues: ScenarioIssue[];
}

export type ParseResult = ParseSuccess | ParseFailure;
