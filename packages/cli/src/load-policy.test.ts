import { formatIssues } from '@machi/scenarios';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from './load-policy.ts';
import { repoFile } from './test-support.ts';

const townPolicy = repoFile('examples/town-policy.yaml');

describe('loadPolicy(text, file)', () => {
  it('loads the example town policy, which extends jp-municipal', () => {
    const loaded = loadPolicy(townPolicy, 'town-policy.yaml');
    expect(loaded.ok && [loaded.value.id, loaded.value.extends, loaded.value.rules.length]).toEqual(['example-town', 'jp-municipal', 4]);
  });

  it('loads a policy without a parent as it is', () => {
    const loaded = loadPolicy('{"id": "empty", "rules": []}', 'empty.json');
    expect(loaded).toEqual({ ok: true, value: { id: 'empty', rules: [] } });
  });

  it('reports every reused inherited rule id, located at the id', () => {
    const text = townPolicy
      .replace('- id: town-outage-notice', '- id: appi-sensitive')
      .replace('- id: town-compensation-direct-harm', '- id: appi-malicious');
    const loaded = loadPolicy(text, 'p.yaml');
    expect(loaded.ok ? '' : formatIssues(loaded.issues, 'en')).toBe(
      'p.yaml:26:9  rules[1].id  Duplicate id "appi-malicious"\np.yaml:57:9  rules[3].id  Duplicate id "appi-sensitive"',
    );
  });

  it('reports schema problems before looking at the parent', () => {
    const loaded = loadPolicy('id: p\nextends: nowhere\nrules: 3\n', 'p.yaml');
    expect(loaded.ok ? '' : formatIssues(loaded.issues, 'en')).toBe('p.yaml:3:8  rules  Expected a list, but got the number 3');
  });
});
