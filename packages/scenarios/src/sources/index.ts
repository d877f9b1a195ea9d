export { citedReferenceIds, isReferenceId, referenceIndex, type Reference } from './reference.ts';
export { REFERENCES } from './references/index.ts';
