const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// Characters XML 1.0 does not allow at all (C0 controls but tab, LF and CR; lone surrogates; U+FFFE/U+FFFF):
// one of them makes a whole SVG figure ill-formed, so it is shown as U+FFFD instead.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text made safe for HTML and SVG, in element content and in quoted attributes alike: every one of
 * `& < > " '` is replaced, and a character XML cannot hold becomes U+FFFD, so the output is always
 * well-formed (the scenario schema rejects such characters; a script may still pass them). Everything a
 * report shows from user input (a town's name, a variant's label, a policy's wording) goes through here.
 *
 * @example
 * escapeHTML('<script>alert(1)</script>'); // '&lt;script&gt;alert(1)&lt;/script&gt;'
 * escapeHTML('Town\u001b[31m'); // 'Town\uFFFD[31m'
 */
export function escapeHTML(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!).replace(NOT_XML, '\uFFFD');
}
