import type { Lang } from '../load/index.ts';
import { FIELD_WORDS_EN, type FieldWordKey } from './en.ts';
import { FIELD_WORDS_JA } from './ja.ts';

/** The words of one scenario field in one language. */
export interface FieldWords {
  /** Short, for tables: `Annual cost`. */
  readonly label: string;
  /** A sentence, for the JSON Schema and editors. */
  readonly description: string;
  /** For a map keyed by a vocabulary or by ids: one entry's label, `%s` standing for the key's. */
  readonly entry?: string;
}

const TABLES = { ja: FIELD_WORDS_JA, en: FIELD_WORDS_EN } as const;

/**
 * The words of the field `name` written under the field `parent` (the nearest enclosing field name,
 * list indices and map keys skipped): those of `parent.name` where a name means something else under
 * that parent, else those of `name`; `undefined` for a name no field carries. Pure.
 *
 * @example
 * fieldWords('under15', 'ageShares', 'en')?.label; // 'Under 15'
 */
export function fieldWords(name: string, parent: string | undefined, lang: Lang): FieldWords | undefined {
  const table = TABLES[lang] as Readonly<Record<string, readonly string[]>>;
  const qualified = parent === undefined ? undefined : table[`${parent}.${name}`];
  const words = qualified ?? (Object.hasOwn(table, name) ? table[name] : undefined);
  if (words === undefined) return undefined;
  const [label, description, entry] = words as [string, string, string?];
  return entry === undefined ? { label, description } : { label, description, entry };
}

/** Every key of the words tables (`name` or `parent.name`), for tests that every field is worded. */
export const FIELD_WORD_KEYS = Object.keys(FIELD_WORDS_EN) as FieldWordKey[];
