import { formatIssues } from '../load/index.ts';
import { loadScenario } from '../scenario-file/index.ts';
import type { ScenarioInput } from '../schema/index.ts';
import { quietTownInput } from './quiet-town.ts';

/** A quiet town's input that a test may edit freely (any field, any shape). */
export type EditableTown = ScenarioInput & Record<string, any>;

/**
 * The quiet town written as a JSON file after `edit`, then loaded as a user's file is: 'ok', or every
 * issue in Japanese then in English, so a test can check the located, worded errors of a bad value.
 */
export function loadEditedTown(edit: (town: EditableTown) => void): string {
  const town = quietTownInput() as EditableTown;
  edit(town);
  const loaded = loadScenario(JSON.stringify(town, null, 2), 'town.json');
  return loaded.ok ? 'ok' : `${formatIssues(loaded.issues, 'ja')}\n${formatIssues(loaded.issues, 'en')}`;
}
