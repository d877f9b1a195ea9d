/** The ending of shard files (gzip of a block file). */
export const SHARD_FILE_SUFFIX = '.machi.gz';

/** A shard file's name: `shard-0003-of-0008.machi.gz` (indices from 0, at least 4 digits, so names sort in index order). */
export function shardFileName(index: number, count: number): string {
  const width = Math.max(4, String(count).length);
  return `shard-${String(index).padStart(width, '0')}-of-${String(count).padStart(width, '0')}${SHARD_FILE_SUFFIX}`;
}
