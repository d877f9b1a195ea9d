import { formatBytes } from '../format-bytes.ts';
import type { StudyQueueMessages } from './study-queue-messages.ts';

const sets = (first: number, last: number, total: number) =>
  first === last ? `input set ${first} of ${total.toLocaleString('en-US')}` : `input sets ${first}–${last} of ${total.toLocaleString('en-US')}`;

/** English words of the studies on a queue and of their memory check. */
export const studyQueueEn: StudyQueueMessages = {
  help: {
    queue: 'compute the input sets on machi worker processes through this Redis job queue (redis://[:password@]host:port or rediss:// for TLS)',
    shards: 'jobs each phase of input sets is cut into with --queue (default: one per 4 input sets)',
    inputSetRange: 'compute only input sets A..B (from 0; the nominal set is 0) into a shard file in --out, for a batch scheduler\'s array job',
    merge: 'take the input sets from the shard files in this folder (written with --input-set-range) instead of computing them',
  },
  jobsReused: (finished, count) => `${finished} of ${count} jobs of this study had been computed already and were reused`,
  jobFailed: (first, last, total, reason) => `${sets(first, last, total)} failed on a worker: ${reason}`,
  jobDamaged: (first, last, total, reason) => `${sets(first, last, total)} came back from the queue damaged: ${reason}`,
  jobStarted: (first, last, total, study) => `${sets(first, last, total)} of ${study}: started`,
  jobDone: (first, last, total, study, seconds) => `${sets(first, last, total)} of ${study}: done in ${seconds.toFixed(1)} s`,
  workerStopped: (shards, jobs) => `Stopped after computing ${shards} shard${shards === 1 ? '' : 's'} and ${jobs} study job${jobs === 1 ? '' : 's'}.`,
  studyTooLarge: (s) =>
    `${s.inputSets.toLocaleString('en-US')} input sets × ${s.replications} replications × ${s.variants} options × ${s.years} years, ` +
    `with ${s.inputs.toLocaleString('en-US')} ranged numbers, need about ${formatBytes(s.needed)} of memory; at most ${formatBytes(s.limit)} here ` +
    `(4 GiB, and no more than a quarter of this machine's memory). Make the study smaller with ${s.options.join(', ')}`,
  badInputSetRange: (value) => `--input-set-range must be A..B with A <= B, two whole numbers from 0, got "${value}"`,
  rangePastStudy: (first, last, total) => `--input-set-range ${first}..${last} goes past the study's ${total} input sets (0..${total - 1})`,
  studyShardWritten: (file, first, last, total) => `Written: ${file} (${sets(first, last, total)})`,
  noStudyShards: (folder) => `${folder} holds no shard files of a study (study-*.json, written with --input-set-range)`,
  studyShardRefused: (file, why) => `the shard file ${file} does not belong with this study: ${why}`,
  studyShardsIncomplete: (folder, reason) => `the shard files in ${folder} do not hold each input set once: ${reason}`,
};
