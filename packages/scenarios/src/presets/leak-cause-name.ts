import type { Label, Scenario } from '../schema/index.ts';

/**
 * The names of the leak causes the presets define. They live here, not in the presets' data, so that
 * the presets' canonical JSON (and every result's scenario hash) stays as it was; a scenario's own
 * `name` comes first.
 */
export const PRESET_LEAK_CAUSE_NAMES: Readonly<Record<string, Label>> = {
  'mis-sending': { ja: '誤送付・誤送信', en: 'mis-sent letter or e-mail' },
  'lost-documents': { ja: '書類・記録媒体の紛失', en: 'lost documents or media' },
  'wrong-handover': { ja: '誤交付', en: 'papers handed to the wrong person' },
  'misdisposal-or-posting': { ja: '誤廃棄・誤掲載', en: 'wrong disposal or posting' },
  'unauthorised-access': { ja: '不正アクセス', en: 'unauthorised access' },
  contractor: { ja: '委託先からの漏えい', en: 'leak at a contractor' },
  'cloud-misconfiguration': { ja: 'クラウドの設定誤り', en: 'cloud misconfiguration' },
  'onprem-misconfiguration': { ja: '庁舎サーバ室の設定誤り', en: 'server-room misconfiguration' },
  'housing-misconfiguration': { ja: 'ハウジング機器の設定誤り', en: 'housed-servers misconfiguration' },
  'community-cloud-misconfiguration': { ja: '自治体クラウド事業者の設定誤り', en: 'community-cloud operator misconfiguration' },
};

/**
 * The name of a scenario's leak cause: its `name` in the scenario, else the name of the preset cause
 * of that id, else undefined (a report then shows the id, which is the scenario's own word).
 *
 * @example
 * leakCauseName(scenario, 'mis-sending'); // { ja: '誤送付・誤送信', en: 'mis-sent letter or e-mail' }
 */
export function leakCauseName(scenario: Pick<Scenario, 'threats'>, id: string): Label | undefined {
  const cause = scenario.threats.leaks.find((c) => c.id === id);
  return cause?.name ?? PRESET_LEAK_CAUSE_NAMES[id];
}
