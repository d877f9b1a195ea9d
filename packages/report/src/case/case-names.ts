import type { Scenario } from '@machi/scenarios';
import type { Lang } from '../lang.ts';
import { localized } from '../labels.ts';

/** The display names of a scenario's systems, services, sites and vendors in one language. */
export interface CaseNames {
  system(id: string): string;
  service(id: string): string;
  site(id: string): string;
  vendor(id: string): string;
}

/**
 * Names from the scenario's `name` labels in `lang`, or the id where there is none. Plain text: the
 * renderer escapes it for Markdown or HTML.
 *
 * @example
 * caseNames(scenario, 'ja').system('registry'); // '住民記録' (or 'registry' without a name)
 */
export function caseNames(scenario: Pick<Scenario, 'systems' | 'services' | 'sites' | 'people'>, lang: Lang): CaseNames {
  const lookup = (items: readonly { id: string; name?: string | { ja: string; en: string } | undefined }[]) => {
    const byId = new Map(items.map((x) => [x.id, x.name]));
    return (id: string) => localized(byId.get(id), lang, id);
  };
  return {
    system: lookup(scenario.systems),
    service: lookup(scenario.services),
    site: lookup(scenario.sites),
    vendor: lookup(scenario.people.vendors),
  };
}
