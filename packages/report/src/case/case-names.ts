import type { Scenario } from '@machi/scenarios';
import { causeLabel } from '../cause-label.ts';
import type { Lang } from '../lang.ts';
import { localized } from '../labels.ts';

/** The display names of a scenario's systems, services, sites, vendors and incident causes in one language. */
export interface CaseNames {
  system(id: string): string;
  service(id: string): string;
  site(id: string): string;
  vendor(id: string): string;
  /** An outcome's cause (`leak.mis-sending`) with the scenario's name for a cause it names itself. */
  cause(cause: string): string;
}

/** What `caseNames` reads of a scenario (its leak causes only for their names). */
export type NamedScenario = Pick<Scenario, 'systems' | 'services' | 'sites' | 'people'> & Partial<Pick<Scenario, 'threats'>>;

/**
 * Names from the scenario's `name` labels in `lang`, or the id where there is none. Plain text: the
 * renderer escapes it for Markdown or HTML.
 *
 * @example
 * caseNames(scenario, 'ja').system('registry'); // '住民記録' (or 'registry' without a name)
 */
export function caseNames(scenario: NamedScenario, lang: Lang): CaseNames {
  const lookup = (items: readonly { id: string; name?: string | { ja: string; en: string } | undefined }[]) => {
    const byId = new Map(items.map((x) => [x.id, x.name]));
    return (id: string) => localized(byId.get(id), lang, id);
  };
  const { threats } = scenario;
  return {
    system: lookup(scenario.systems),
    service: lookup(scenario.services),
    site: lookup(scenario.sites),
    vendor: lookup(scenario.people.vendors),
    cause: (cause) => causeLabel(cause, lang, threats ? { threats } : undefined),
  };
}
