import type { IssueCode, IssueParams, JsonExpected } from './issue.ts';
import type { SourceEntry, SourceNode } from './source-tree.ts';

/** The first syntax problem of a JSON text, at a UTF-16 offset. */
export interface JsonSyntaxProblem {
  readonly offset: number;
  readonly code: IssueCode;
  readonly params: IssueParams[IssueCode];
}

export type JsonScan =
  | { readonly ok: true; readonly tree: SourceNode }
  | { readonly ok: false; readonly problem: JsonSyntaxProblem };

class Stop {
  constructor(readonly problem: JsonSyntaxProblem) {}
}

const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/**
 * Checks that `text` is strict JSON (RFC 8259) and records where every value and key starts. We scan
 * ourselves because `JSON.parse` reports positions differently in every engine, and not at all for
 * duplicate keys, which it silently merges; the caller still uses `JSON.parse` for the values.
 *
 * @example
 * scanJson('{"a": 1,}'); // { ok: false, problem: { offset: 7, code: 'jsonTrailingComma', params: {} } }
 */
export function scanJson(text: string): JsonScan {
  let i = 0;
  const stop = <C extends IssueCode>(offset: number, code: C, params: IssueParams[C]): never => {
    throw new Stop({ offset, code, params });
  };
  const unexpected = (expected: JsonExpected): never =>
    i >= text.length
      ? stop(i, 'jsonUnexpectedEnd', { expected })
      : stop(i, 'jsonUnexpectedChar', { found: tokenAt(text, i), expected });
  const skipSpace = (): void => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return;
      i++;
    }
  };
  const digits = (): void => {
    if (!isDigit(text.charCodeAt(i))) unexpected('digit');
    while (isDigit(text.charCodeAt(i))) i++;
  };

  function value(): SourceNode {
    skipSpace();
    const offset = i;
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') string();
    else if (c === '-' || isDigit(text.charCodeAt(i))) number();
    else {
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      if (word === undefined) return unexpected('value');
      i += word.length;
    }
    return { offset };
  }

  function object(): SourceNode {
    const offset = i++;
    const entries = new Map<string, SourceEntry>();
    skipSpace();
    if (text[i] === '}') return close(offset, { entries });
    for (;;) {
      skipSpace();
      if (text[i] !== '"') unexpected('key');
      const keyOffset = i;
      const key = string();
      if (entries.has(key)) stop(keyOffset, 'duplicateKey', { key });
      skipSpace();
      if (text[i] !== ':') unexpected('colon');
      i++;
      entries.set(key, { keyOffset, value: value() });
      skipSpace();
      if (text[i] === '}') return close(offset, { entries });
      if (text[i] !== ',') unexpected('commaOrBrace');
      trailingComma('}');
    }
  }

  function array(): SourceNode {
    const offset = i++;
    const items: SourceNode[] = [];
    skipSpace();
    if (text[i] === ']') return close(offset, { items });
    for (;;) {
      items.push(value());
      skipSpace();
      if (text[i] === ']') return close(offset, { items });
      if (text[i] !== ',') unexpected('commaOrBracket');
      trailingComma(']');
    }
  }

  function close(offset: number, children: Omit<SourceNode, 'offset'>): SourceNode {
    i++;
    return { offset, ...children };
  }

  function trailingComma(closer: string): void {
    const comma = i++;
    skipSpace();
    if (text[i] === closer) stop(comma, 'jsonTrailingComma', {});
  }

  function string(): string {
    const start = i++;
    for (;;) {
      if (i >= text.length) unexpected('quote');
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c < 32) stop(i, 'jsonInvalidString', { reason: 'controlCharacter' });
      if (c !== 92) {
        i++;
        continue;
      }
      const e = text[i + 1];
      if (e !== undefined && ESCAPES.has(e)) i += 2;
      else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
      else stop(i, 'jsonInvalidString', { reason: 'invalidEscape' });
    }
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  }

  function number(): void {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  }

  try {
    const tree = value();
    skipSpace();
    if (i < text.length) unexpected('end');
    return { ok: true, tree };
  } catch (error) {
    if (error instanceof Stop) return { ok: false, problem: error.problem };
    // Only a stack overflow gets here: nesting deeper than the engine's stack.
    if (error instanceof RangeError) return { ok: false, problem: { offset: 0, code: 'nestingTooDeep', params: {} } };
    throw error;
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The word or single character at `offset`, to echo in a message. */
function tokenAt(text: string, offset: number): string {
  const word = /^[A-Za-z0-9_.+-]{1,20}/.exec(text.slice(offset, offset + 20));
  return word !== null ? word[0] : String.fromCodePoint(text.codePointAt(offset) ?? 0);
}
