/** A shard file's name: `shard-0003-of-0008.machi.gz` (indices from 0, at least 4 digits, so names sort in index order). */
export function shardFileName(index: number, count: number): string {
  const width = Math.max(4, String(count).length);
  return `shard-${String(index).padStart(width, '0')}-of-${String(count).padStart(width, '0')}.machi.gz`;
}

/** The index and count a shard file's name claims, or undefined for any other name. */
export function parseShardFileName(name: string): { index: number; count: number } | undefined {
  const match = /^shard-(\d+)-of-(\d+)\.machi\.gz$/.exec(name);
  return match ? { index: Number(match[1]), count: Number(match[2]) } : undefined;
}
