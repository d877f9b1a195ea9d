/**
 * Characters that are never text in a scenario: C0 controls other than tab and line feed (ESC starts
 * terminal escape sequences, NUL and BEL have no place in a name, a lone CR rewrites a terminal line),
 * DEL, the C1 controls (U+009B is a terminal's CSI), the bidirectional overrides and isolates that make
 * a name read differently from what it holds, U+FFFE/U+FFFF, and lone surrogates. Each makes a report's
 * SVG ill-formed XML, reaches a terminal raw, or hides what a name says.
 */
const NOT_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Line breaks and tabs: text, but not in a one-line name. */
const BREAK = /[\t\n]/;

/**
 * The UTF-16 index of the first character of `text` that is not text (see above; with `oneLine`, tab
 * and line feed too), or -1. Linear in the length of `text`.
 *
 * @example
 * firstControlCharacter('Town\u001b[31m'); // 4
 * firstControlCharacter('line 1\nline 2'); // -1
 * firstControlCharacter('line 1\nline 2', { oneLine: true }); // 6
 */
export function firstControlCharacter(text: string, options: { oneLine?: boolean } = {}): number {
  const found = NOT_TEXT.exec(text)?.index ?? -1;
  if (!options.oneLine) return found;
  const broken = BREAK.exec(found < 0 ? text : text.slice(0, found))?.index ?? -1;
  return broken >= 0 ? broken : found;
}

/**
 * The character at `index` as `U+001B`, for a message (the character itself would do what it does).
 *
 * @example
 * codePointLabel('a\u001b', 1); // 'U+001B'
 */
export function codePointLabel(text: string, index: number): string {
  return `U+${text.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0')}`;
}
