/**
 * The largest scenario file read, in UTF-8 bytes. A town's scenario is tens of kilobytes (the presets
 * are 71 KB and 91 KB as YAML, their sources included); this bound keeps a runaway file (a pasted data
 * dump, a generated file gone wrong) from taking many seconds and most of a gigabyte to parse: a 2.7 MB
 * file of 160,000 keys took 35 s and 750 MB on a loaded machine.
 */
export const MAX_FILE_BYTES = 2_000_000;

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
