import { PRESETS } from '@machi/scenarios';
import { stringify } from 'yaml';

/**
 * A preset as a YAML scenario file, `name` first, that `loadScenario` accepts as it is: this text is
 * both what `machi presets show` prints and what runs when a preset name is given instead of a file,
 * so a user who saves and edits it starts from exactly the preset. Shared objects are written out
 * in full (no anchors), because a reader edits one place at a time. Pure; `name` must be a preset.
 *
 * @example
 * presetYaml('small-town').startsWith('name: '); // true
 */
export function presetYaml(name: string): string {
  const { name: title, ...rest } = PRESETS[name]!;
  return stringify({ name: title, ...rest }, { aliasDuplicateObjects: false, lineWidth: 0 });
}
