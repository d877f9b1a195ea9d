import { join } from 'node:path';
import { scenarioBlock, storedBlock, studyBlocks, studyDifference, type BlockExecutor, type ScenarioBlock, type StoredBlock, type StudyKey } from '@machi/scenarios';
import { BlockFileError, decodeBlockFile, encodeBlockFile } from '@machi/scenarios/node';
import { CliError, EXIT } from './cli-error.ts';
import type { Context } from './context.ts';

/** The checkpoint's folder inside `--out`. */
export const CHECKPOINT_FOLDER = '.machi-checkpoint';
const FILE = /^blocks-(\d{6})\.machi\.gz$/;
/** Finished blocks are written out at most this often: a killed run loses at most this much work (plus blocks in flight). */
const FLUSH_EVERY_MS = 2000;

/**
 * The finished blocks of a local run, kept in `--out/.machi-checkpoint/` as block files so that a run
 * killed at any moment can continue (`--resume`) and still write the bytes of an uninterrupted run: a
 * resumed run is the same run with the checkpoint's blocks taken instead of computed. Every file is
 * checked (format, checksum, sizes) and must be of the same study (`StudyKey`); the run removes the
 * folder once its outputs are written.
 */
export class Checkpoint {
  private readonly stored = new Map<number, StoredBlock>();
  private pending: ScenarioBlock[] = [];
  private nextFile: number;
  private lastFlush = Date.now();
  private prepared = false;

  private constructor(
    private readonly ctx: Context,
    readonly folder: string,
    private readonly key: StudyKey,
    private readonly names: readonly string[],
    existing: readonly string[],
  ) {
    this.nextFile = existing.length === 0 ? 1 : Math.max(...existing.map((f) => Number(FILE.exec(f)![1]))) + 1;
  }

  /**
   * The checkpoint of `out` for the study `key` (table columns `names`). Without `resume`, a checkpoint
   * left by an interrupted run is an error (its work would be lost silently); with `resume`, its blocks
   * are read and checked, and none is fine (the run starts from the beginning).
   *
   * @throws CliError (usage) for a checkpoint without --resume; (invalid input) for a damaged file or
   *   one of another study, naming it.
   */
  static open(out: string, key: StudyKey, names: readonly string[], resume: boolean, ctx: Context): Checkpoint {
    const { t, io } = ctx;
    const folder = join(out, CHECKPOINT_FOLDER);
    const files = io.listFiles(folder).filter((f) => FILE.test(f));
    if (files.length > 0 && !resume) throw new CliError(EXIT.usage, t.checkpointExists(folder));
    const checkpoint = new Checkpoint(ctx, folder, key, names, files);
    const plan = new Map(studyBlocks(key).map((b) => [b.first, b.count]));
    for (const name of files) {
      const path = join(folder, name);
      let blocks: readonly StoredBlock[];
      try {
        const file = decodeBlockFile(io.readBytes(path));
        const difference = studyDifference(key, file.key);
        if (difference) throw new CliError(EXIT.invalidInput, t.checkpointStale(folder, difference.field, difference.expected, difference.got));
        if (file.names.join() !== names.join()) throw new BlockFileError('its columns are not those of this scenario');
        blocks = file.blocks;
      } catch (error) {
        if (error instanceof BlockFileError) throw new CliError(EXIT.invalidInput, t.checkpointCorrupted(path, error.message));
        throw error;
      }
      for (const block of blocks) {
        if (plan.get(block.first) !== block.count || block.variants.map((v) => v.variant).join() !== key.variants.join()) {
          throw new CliError(EXIT.invalidInput, t.checkpointCorrupted(path, `replications ${block.first}+${block.count} are not a block of this study`));
        }
        checkpoint.stored.set(block.first, block);
      }
    }
    return checkpoint;
  }

  /** Replications the checkpoint already holds. */
  get replications(): number {
    let n = 0;
    for (const block of this.stored.values()) n += block.count;
    return n;
  }

  /** `execute`, except that a block the checkpoint holds is taken from it, and a new one is saved. */
  wrap(execute: BlockExecutor): BlockExecutor {
    return async (task) => {
      const held = this.stored.get(task.first);
      if (held !== undefined) return scenarioBlock(held);
      const block = await execute(task);
      this.pending.push(block);
      if (Date.now() - this.lastFlush >= FLUSH_EVERY_MS) this.flush();
      return block;
    };
  }

  /** Writes the blocks finished since the last write as one more file of the checkpoint. */
  flush(): void {
    this.lastFlush = Date.now();
    if (this.pending.length === 0) return;
    const blocks = this.pending.map((b) => storedBlock(b, this.names));
    this.pending = [];
    const path = join(this.folder, `blocks-${String(this.nextFile++).padStart(6, '0')}.machi.gz`);
    try {
      if (!this.prepared) this.ctx.io.prepareFolder(this.folder);
      this.prepared = true;
      this.ctx.io.writeFiles([{ path, pieces: [encodeBlockFile({ key: this.key, shard: null, scenario: null, provenance: null, names: this.names, blocks })] }]);
    } catch (error) {
      throw new CliError(EXIT.invalidInput, this.ctx.t.cannotWrite(this.folder, error instanceof Error ? error.message : String(error)));
    }
  }

  /** Removes the checkpoint (the run's outputs are written). */
  remove(): void {
    this.ctx.io.removeFolder(this.folder);
  }
}
