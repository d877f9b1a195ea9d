const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for HTML and SVG, in element content and in quoted attributes alike: every one of
 * `& < > " '` is replaced. Everything a report shows from user input (a town's name, a variant's label,
 * a policy's wording) goes through here.
 *
 * @example
 * escapeHTML('<script>alert(1)</script>'); // '&lt;script&gt;alert(1)&lt;/script&gt;'
 */
export function escapeHTML(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
