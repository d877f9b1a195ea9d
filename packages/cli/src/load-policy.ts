import {
  builtInPolicies,
  loadText,
  parseText,
  policySchema,
  resolvePolicy,
  type Policy,
  type ScenarioIssue,
  type ValidateResult,
} from '@machi/scenarios';

/**
 * Parses and validates a policy file (YAML, or JSON when `file` ends in `.json`) and checks what the
 * schema cannot: that `extends` names a built-in policy and that no rule reuses the id of an
 * inherited rule. Every problem is a located issue, as for scenarios; never throws for a user's
 * mistake.
 *
 * @example
 * const loaded = loadPolicy(readFileSync('examples/town-policy.yaml', 'utf8'), 'examples/town-policy.yaml');
 * loaded.ok && loaded.value.extends; // 'jp-municipal'
 */
export function loadPolicy(text: string, file: string): ValidateResult<Policy> {
  const loaded = loadText(policySchema, text, file);
  if (!loaded.ok || loaded.value.extends === undefined) return loaded;
  const parsed = parseText(text, file);
  if (!parsed.ok) return parsed;
  const policy = loaded.value;
  const parent = policy.extends!;
  const at = (path: (string | number)[]) => ({ file, ...parsed.locate(path), path });
  const issues: ScenarioIssue[] = [];
  if (!Object.hasOwn(builtInPolicies, parent)) {
    const known = Object.keys(builtInPolicies);
    issues.push({ ...at(['extends']), code: 'unknownReference', params: { kind: 'policy', id: parent, known } });
  } else {
    const inherited = new Set(resolvePolicy(parent).rules.map((rule) => rule.id));
    policy.rules.forEach((rule, i) => {
      if (inherited.has(rule.id)) issues.push({ ...at(['rules', i, 'id']), code: 'duplicateId', params: { id: rule.id } });
    });
  }
  return issues.length === 0 ? loaded : { ok: false, issues };
}
