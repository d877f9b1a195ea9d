/**
 * @machi/scenarios/testing — fixtures for tests of code built on the scenarios: a small town whose
 * random processes are all switched off, to drive with scripted events.
 */
export { quietTown, quietTownInput, type EventInput } from './quiet-town.ts';
export { csvRows } from './csv-rows.ts';
export { loadEditedTown, type EditableTown } from './load-edited-town.ts';
