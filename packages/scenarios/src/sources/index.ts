export { citedReferenceIds, isReferenceId, referenceIndex, referenceShortForm, type Reference } from './reference.ts';
export { REFERENCES } from './references/index.ts';
