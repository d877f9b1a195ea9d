import { formatPath } from './format-path.ts';
import type { IssueCode, IssueReason, ScenarioIssue } from './issue.ts';
import { en } from './locales/en.ts';
import { ja } from './locales/ja.ts';
import type { Locale, MessageFn } from './locales/locale.ts';
import { sortIssues } from './sort-issues.ts';

export type Lang = 'ja' | 'en';

const LOCALES: Readonly<Record<Lang, Locale>> = { ja, en };

/**
 * The message of an issue (or of a reason nested in one) in `lang`, without its location.
 *
 * @example
 * issueMessage({ code: 'missingField', params: { key: 'name' } }, 'en'); // 'Missing required field "name"'
 */
export function issueMessage(issue: IssueReason, lang: Lang): string {
  const locale = LOCALES[lang];
  if (!Object.hasOwn(locale.messages, issue.code)) return locale.unknownCode(issue.code);
  const message = locale.messages[issue.code as IssueCode] as MessageFn<IssueCode>;
  return message(issue.params as never, (reason) => issueMessage(reason, lang));
}

/**
 * One issue as a line: `file:line:col  path  message`, two spaces apart, the path as
 * `systems[2].backups[0].intervalHours` or `(root)`.
 *
 * @example
 * formatIssue(issue, 'ja');
 * // 'town.yaml:12:22  systems[2].backups[0].intervalHours  数値が必要です（文字列 "abc" が指定されました）'
 */
export function formatIssue(issue: ScenarioIssue, lang: Lang): string {
  return `${issue.file}:${issue.line}:${issue.column}  ${formatPath(issue.path)}  ${issueMessage(issue, lang)}`;
}

/**
 * All issues, one line each, sorted by `sortIssues` (file, line, column, path), joined with "\n".
 *
 * @example
 * console.error(formatIssues(result.issues, 'en'));
 */
export function formatIssues(issues: readonly ScenarioIssue[], lang: Lang): string {
  return sortIssues(issues).map((issue) => formatIssue(issue, lang)).join('\n');
}
