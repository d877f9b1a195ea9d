import { formatBytes } from '../messages.ts';
import type { StudyQueueMessages } from './study-queue-messages.ts';

const sets = (first: number, last: number, total: number) =>
  first === last ? `input set ${first} of ${total.toLocaleString('en-US')}` : `input sets ${first}–${last} of ${total.toLocaleString('en-US')}`;

/** English words of the studies on a queue and of their memory check. */
export const studyQueueEn: StudyQueueMessages = {
  help: {
    queue: 'compute the input sets on machi worker processes through this Redis job queue (redis://[:password@]host:port or rediss:// for TLS)',
    shards: 'jobs each phase of input sets is cut into with --queue (default: one per 4 input sets)',
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
};
