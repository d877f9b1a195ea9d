export { csvText, type CsvCell } from './csv-text.ts';
export { type CsvOptions } from './csv-heading-of.ts';
export { replicationsCsvOf } from './replications-csv-of.ts';
export { exceedanceCSV } from './exceedance-csv.ts';
export { summaryCSV } from './summary-csv.ts';
export { incidentsCSV } from './incidents-csv.ts';
export { inputSetsCSV } from './input-sets-csv.ts';
