import { createHash } from 'node:crypto';
import { endianness } from 'node:os';
import { gunzipSync, gzipSync } from 'node:zlib';
import { columnStorage, type Column, type StoredBlock, type StudyKey } from '../montecarlo/index.ts';
import type { ProvenanceEntry } from '../presets/index.ts';

/**
 * What a shard file, a queue job's result and a checkpoint file hold: finished blocks of one study,
 * with the study's key. A shard file also carries the scenario it ran (its canonical JSON) and the
 * sources of its numbers, so that it can be merged on a machine that has neither.
 */
export interface BlockFile {
  readonly key: StudyKey;
  /** Shard `index` of `count`; null for blocks that are not a shard (a checkpoint). */
  readonly shard: { readonly index: number; readonly count: number } | null;
  /** The scenario's canonical JSON (`canonicalScenario`), or null when the reader has it. */
  readonly scenario: string | null;
  /** The scenario's sourced numbers, for a report's "assumptions and sources"; null when not carried. */
  readonly provenance: readonly ProvenanceEntry[] | null;
  /** Table column names, in the order of every block's data. */
  readonly names: readonly string[];
  readonly blocks: readonly StoredBlock[];
}

/** A file that is not a block file of this format, or whose bytes were damaged. */
export class BlockFileError extends Error {
  override readonly name = 'BlockFileError';
}

const FORMAT = 'machi-blocks/v1';
// Runs beyond this many blocks are not a study anyone computed; refusing them bounds what a forged
// file can make a reader allocate.
const MOST_BLOCKS = 1_000_000;

/**
 * The file's bytes: gzip of a header line `{"format":"machi-blocks/v1","sha256":…}` and the body JSON
 * it hashes, with each column's cells as little-endian IEEE bytes in base64 (exact). Deterministic:
 * the same blocks give the same bytes.
 *
 * @example
 * writeFileSync('shard-0000-of-0004.machi.gz', encodeBlockFile(file));
 */
export function encodeBlockFile(file: BlockFile): Buffer {
  if (endianness() !== 'LE') throw new Error('block files are written on little-endian machines only');
  const body = JSON.stringify({
    key: file.key,
    shard: file.shard,
    scenario: file.scenario,
    provenance: file.provenance,
    names: file.names,
    blocks: file.blocks.map((b) => ({
      first: b.first,
      count: b.count,
      variants: b.variants.map((v) => ({ variant: v.variant, drivers: v.drivers, data: cellsBase64(file.names.map((n) => v.columns[n]!)) })),
    })),
  });
  const header = JSON.stringify({ format: FORMAT, sha256: sha256(body) });
  // Level 3: within 11% of the default level's size, in 40% of its time (a shard's encoding is worker time).
  return gzipSync(`${header}\n${body}`, { level: 3 });
}

/**
 * The block file in `bytes`, checked: its format, its checksum (any damaged byte is found), and the
 * type and size of every field.
 *
 * @throws BlockFileError saying what is wrong.
 */
export function decodeBlockFile(bytes: Uint8Array): BlockFile {
  let text: string;
  try {
    text = gunzipSync(bytes).toString('utf8');
  } catch (error) {
    throw new BlockFileError(`not a complete gzip file (${(error as Error).message})`);
  }
  const newline = text.indexOf('\n');
  const header = parse(newline < 0 ? text : text.slice(0, newline), 'header') as { format?: unknown; sha256?: unknown };
  if (header.format !== FORMAT) throw new BlockFileError(`format ${JSON.stringify(header.format)}, expected "${FORMAT}"`);
  const body = text.slice(newline + 1);
  if (header.sha256 !== sha256(body)) throw new BlockFileError('its content does not match its checksum');
  const raw = parse(body, 'body') as Record<string, unknown>;
  const key = checkKey(raw.key);
  const names = stringArray(raw.names, 'names');
  return {
    key,
    shard: raw.shard === null ? null : checkShard(raw.shard),
    scenario: raw.scenario === null ? null : string(raw.scenario, 'scenario'),
    provenance: raw.provenance === null ? null : array(raw.provenance, 'provenance').map(checkProvenance),
    names,
    blocks: array(raw.blocks, 'blocks').map((b, i) => checkBlock(b, `blocks[${i}]`, names, key)),
  };
}

function cellsBase64(columns: readonly Column[]): string {
  return Buffer.concat(columns.map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength))).toString('base64');
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

function parse(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new BlockFileError(`its ${what} is not JSON`);
  }
}

function fail(path: string, expected: string): never {
  throw new BlockFileError(`${path} is not ${expected}`);
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const record = (x: unknown, path: string): Record<string, unknown> => (isRecord(x) ? x : fail(path, 'an object'));
const array = (x: unknown, path: string): unknown[] => (Array.isArray(x) ? x : fail(path, 'a list'));
const string = (x: unknown, path: string): string => (typeof x === 'string' ? x : fail(path, 'a string'));
const stringArray = (x: unknown, path: string): string[] => array(x, path).map((s, i) => string(s, `${path}[${i}]`));
const count = (x: unknown, path: string, least = 1): number => (Number.isSafeInteger(x) && (x as number) >= least ? (x as number) : fail(path, `an integer ≥ ${least}`));

function checkKey(x: unknown): StudyKey {
  const k = record(x, 'key');
  const algorithms = record(k.algorithms, 'key.algorithms');
  for (const [name, value] of Object.entries(algorithms)) string(value, `key.algorithms.${name}`);
  if (typeof k.scenarioSha256 !== 'string' || !/^[0-9a-f]{64}$/.test(k.scenarioSha256)) fail('key.scenarioSha256', 'a sha256');
  if (typeof k.seed !== 'string' && !Number.isSafeInteger(k.seed)) fail('key.seed', 'an integer or a string');
  if (k.precision !== null && !(typeof k.precision === 'number' && k.precision > 0 && k.precision < 1)) fail('key.precision', 'null or a number in (0, 1)');
  if (k.inputSets !== null) fail('key.inputSets', 'null');
  const runs = count(k.runs, 'key.runs');
  const blockSize = count(k.blockSize, 'key.blockSize');
  const batchSize = count(k.batchSize, 'key.batchSize');
  if (runs / blockSize + runs / batchSize > MOST_BLOCKS) fail('key.runs', `at most ${MOST_BLOCKS} blocks`);
  return {
    version: string(k.version, 'key.version'),
    algorithms: algorithms as StudyKey['algorithms'],
    scenarioSha256: k.scenarioSha256 as string,
    variants: stringArray(k.variants, 'key.variants'),
    runs,
    seed: k.seed as number | string,
    horizonYears: count(k.horizonYears, 'key.horizonYears'),
    blockSize,
    batchSize,
    precision: k.precision as number | null,
    inputSets: null,
  };
}

function checkShard(x: unknown): { index: number; count: number } {
  const s = record(x, 'shard');
  const shardCount = count(s.count, 'shard.count');
  const index = count(s.index, 'shard.index', 0);
  if (index >= shardCount) fail('shard.index', `below shard.count (${shardCount})`);
  return { index, count: shardCount };
}

function checkProvenance(x: unknown, i: number): ProvenanceEntry {
  const p = record(x, `provenance[${i}]`);
  if (typeof p.assumed !== 'boolean') fail(`provenance[${i}].assumed`, 'true or false');
  return { path: string(p.path, `provenance[${i}].path`), value: p.value, source: string(p.source, `provenance[${i}].source`), assumed: p.assumed };
}

function checkBlock(x: unknown, path: string, names: readonly string[], key: StudyKey): StoredBlock {
  const b = record(x, path);
  const first = count(b.first, `${path}.first`, 0);
  const n = count(b.count, `${path}.count`);
  if (first + n > key.runs) fail(`${path}.count`, `within the study's ${key.runs} replications`);
  const cells = n * key.horizonYears;
  const variants = array(b.variants, `${path}.variants`).map((v, i) => {
    const at = `${path}.variants[${i}]`;
    const variant = record(v, at);
    const data = Buffer.from(string(variant.data, `${at}.data`), 'base64');
    const expected = names.reduce((sum, name) => sum + cells * (columnStorage(name) === 'float64' ? 8 : 4), 0);
    if (data.byteLength !== expected) fail(`${at}.data`, `${expected} bytes (it has ${data.byteLength})`);
    const columns: Record<string, Column> = {};
    let offset = 0;
    for (const name of names) {
      const column = columnStorage(name) === 'float64' ? new Float64Array(cells) : new Float32Array(cells);
      new Uint8Array(column.buffer).set(data.subarray(offset, offset + column.byteLength));
      offset += column.byteLength;
      columns[name] = column;
    }
    return { variant: string(variant.variant, `${at}.variant`), columns, drivers: checkDrivers(variant.drivers, `${at}.drivers`) };
  });
  return { first, count: n, variants };
}

function checkDrivers(x: unknown, path: string): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [action, counts] of Object.entries(record(x, path))) {
    if (action === '__proto__') fail(`${path}.__proto__`, 'allowed');
    const into: Record<string, number> = {};
    for (const [k, n] of Object.entries(record(counts, `${path}.${action}`))) {
      if (k === '__proto__') fail(`${path}.${action}.__proto__`, 'allowed');
      into[k] = count(n, `${path}.${action}.${k}`, 0);
    }
    out[action] = into;
  }
  return out;
}
