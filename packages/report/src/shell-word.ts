/** Characters a POSIX shell reads literally outside quotes (and that need no quoting to be read back). */
const PLAIN = /^[\w./,=:-]+$/;

/**
 * One argument as a shell command line writes it: as it is when plain, in single quotes otherwise,
 * and as `$'…'` with escapes when it holds a line break or another control character — so a
 * command shown in a report is always one line, whatever a path holds (a newline in `--out` once ended
 * report.md's code fence and let the rest of the path through as HTML).
 *
 * @example
 * shellWord('out'); // 'out'
 * shellWord("Bob's town"); // "'Bob'\\''s town'"
 * shellWord('x\n```'); // "$'x\\n```'"
 */
export function shellWord(word: string): string {
  if (PLAIN.test(word)) return word;
  if (!/[\u0000-\u001f\u007f]/.test(word)) return `'${word.replaceAll("'", "'\\''")}'`;
  const escaped = word.replace(/[\\'\u0000-\u001f\u007f]/g, (c) => {
    if (c === '\\' || c === "'") return `\\${c}`;
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
  return `$'${escaped}'`;
}
