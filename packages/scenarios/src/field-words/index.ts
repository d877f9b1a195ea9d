export { fieldWords, FIELD_WORD_KEYS, type FieldWords } from './field-words.ts';
export { fieldLabel } from './field-label.ts';
export { describedJsonSchema, eachProperty, type SchemaProperty } from './described-json-schema.ts';
