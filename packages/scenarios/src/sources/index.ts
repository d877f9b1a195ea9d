export { citedReferenceIds, expandCitations, isReferenceId, referenceIndex, referenceShortForm, type Reference } from './reference.ts';
export { REFERENCES } from './references/index.ts';
