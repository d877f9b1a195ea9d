/**
 * Text made literal for Markdown: characters that would start emphasis, a link, code or a heading are
 * backslash-escaped, and `& < >` become entities, because Markdown viewers pass raw HTML through (a
 * town named `<script>` must stay text in report.md too).
 *
 * @example
 * markdownText('*a* <b>'); // '\\*a\\* &lt;b&gt;'
 */
export function markdownText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]#|])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}
