/**
 * The largest scenario file read, in UTF-8 bytes. A town's scenario is tens of kilobytes (the presets
 * are 71 KB and 91 KB as YAML, their sources included); this bound keeps a runaway file (a pasted data
 * dump, a generated file gone wrong) from taking many seconds and most of a gigabyte to parse: a 2.7 MB
 * file of 160,000 keys took 35 s and 750 MB on a loaded machine.
 */
export const MAX_FILE_BYTES = 2_000_000;

/**
 * The most lines a scenario file may have: the presets are under 3,000 lines each as JSON, one value a
 * line. The YAML parser's cost is per line rather than per byte — 2 MB of short keys (184,000 lines)
 * took 20 s and 700 MB on a loaded machine — so lines are bounded too.
 */
export const MAX_FILE_LINES = 50_000;

/**
 * Lines of `text` (a last line without its line break counts), without splitting it.
 *
 * @example
 * lineCount('a\nb'); // 2
 */
export function lineCount(text: string): number {
  let lines = text.length > 0 && !text.endsWith('\n') ? 1 : 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

/**
 * Bytes `text` takes in UTF-8, without encoding it.
 *
 * @example
 * utf8Length('町a'); // 4
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    // A surrogate pair is 4 bytes: 2 for each half; a lone surrogate becomes U+FFFD, 3 bytes.
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
