import { closestKey } from '../closest-key.ts';
import type { BoundReason, JsonExpected, Primitive, Received, SizeParams } from '../issue.ts';
import { formatNumberish, literal, quote } from '../quote.ts';
import type { Locale } from './locale.ts';
import type { ReferenceKind } from '../../vocabulary/custom-issue-keys.ts';
import type { RangeProblemCode } from '../../schema/range.ts';

const TYPES: Record<string, string> = {
  string: 'a string', number: 'a number', int: 'an integer', bigint: 'an integer', boolean: 'true or false',
  null: 'null', array: 'a list', tuple: 'a list', object: 'a mapping', record: 'a mapping', date: 'a date',
};

const FORMATS: Record<string, string> = {
  email: 'an email address', url: 'a URL', uuid: 'a UUID', date: 'a date (YYYY-MM-DD)',
  datetime: 'a date and time (ISO 8601)', time: 'a time (HH:MM:SS)', duration: 'an ISO 8601 duration',
  ipv4: 'an IPv4 address', ipv6: 'an IPv6 address', cidrv4: 'an IPv4 range', cidrv6: 'an IPv6 range',
};

const JSON_EXPECTED: Record<JsonExpected, string> = {
  value: 'a value', key: 'a property name in double quotes', colon: '":"', commaOrBrace: '"," or "}"',
  commaOrBracket: '"," or "]"', digit: 'a digit', quote: 'a closing double quote', end: 'the end of the text',
};

const type = (name: string): string => TYPES[name] ?? name;

type RangeParams = { value: number; low: number; high: number; shape: string; meaning: string };
const RANGE_PROBLEM_EN: Record<RangeProblemCode, (what: string, p: RangeParams) => string> = {
  'not-finite': (what) => `${what} needs finite numbers`,
  'inverted-bounds': (what) => `In ${what}, low must be below high`,
  'value-outside-range': (what, p) => `The value ${formatNumberish(p.value)} lies outside ${what}: a range must contain its value`,
  'coverage-not-probability': (what) => `${what}: meaning must be min-max or a percentage`,
  'unknown-shape': (what) => `${what}: shape must be uniform, log-uniform, triangular or lognormal`,
  'needs-positive-range': (what, p) => `A ${p.shape} range needs 0 < low; ${what} is not`,
  'needs-interval': (what) => `A lognormal has no minimum or maximum: state ${what} as an interval (e.g. meaning: 90%)`,
  'outside-domain': (what) => `${what} reaches values this number cannot take: narrow it, or choose another shape or meaning`,
  'whole-number': () => 'A count of things is fixed in a study: it cannot take a range',
};

const WHY: Record<BoundReason, string> = {
  annualRate: 'more than one a day is routine work, not an incident to weigh, and each is simulated one by one',
  persons: 'more persons than any municipality has',
  yen: "beyond any municipality's budget, and it keeps every yen of a year's total exact",
  simulatedOneByOne: 'each is simulated one by one',
  quantity: 'a larger value is surely a slip, and sums of such values overflow',
  listItems: 'a town has tens of these, and each is simulated',
  variants: 'every pair of variants is compared',
  nameLength: 'a name is one short line',
  textLength: 'a longer text is a pasted document',
  regionRadius: 'a seismic source region wider than Japan is not a region',
  earthquakeDepth: 'earthquakes occur no deeper than about 700 km',
};

const megabytes = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const isBreak = (codePoint: string): boolean => codePoint === 'U+000A' || codePoint === 'U+0009';

function received(r: Received): string {
  switch (r.kind) {
    case 'string': return `the string ${quote(String(r.value))}`;
    case 'number': return `the number ${formatNumberish(r.value as number)}`;
    case 'boolean': return `the value ${String(r.value)}`;
    case 'null': return 'an empty value (null)';
    case 'array': return 'a list';
    case 'object': return 'a mapping';
  }
}

function oneOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

const quotedList = (values: readonly Primitive[], max = 10): string =>
  values.slice(0, max).map(literal).join(', ') + (values.length > max ? ', …' : '');

function size(p: SizeParams, bound: number, small: boolean): string {
  const [at, than] = small ? ['at least', 'greater than'] : ['at most', 'less than'];
  const how = p.exact ? 'exactly' : p.inclusive ? at : than;
  const got = p.actual === undefined ? '' : ` (it has ${p.actual})`;
  if (p.origin === 'array' || p.origin === 'set') return `Must have ${how} ${bound} ${bound === 1 ? 'item' : 'items'}${got}`;
  if (p.origin === 'string') return `Must be ${how} ${bound} ${bound === 1 ? 'character' : 'characters'} long${got}`;
  return `Must be ${how} ${formatNumberish(bound)}${p.actual === undefined ? '' : ` (got ${formatNumberish(p.actual)})`}`;
}

/** The things a scenario's ids can name, as a message calls them. */
const REFERENCE_KINDS: Record<ReferenceKind, string> = {
  site: 'site', vendor: 'vendor', system: 'system', link: 'link', zone: 'zone', powerRegion: 'power region',
  leakCause: 'leak cause', policy: 'policy',
  applicationPackage: 'application package',
};

/** English wording of every issue. */
export const en: Locale = {
  messages: {
    yamlSyntax: (p) => `YAML syntax error: ${p.detail}`,
    duplicateKey: (p) => `Duplicate key ${quote(p.key)}`,
    forbiddenTag: (p) =>
      `The tag ${p.tag} is not allowed: a scenario file holds only strings, numbers, booleans, null, mappings and lists`,
    tagMismatch: (p) => `This value cannot be read as ${p.tag}`,
    complexKey: () => 'Mapping keys must be strings or numbers',
    mergeKey: () =>
      'Merge keys ("<<") are not supported: write the fields out, or reuse a whole value with an alias (*name)',
    multipleDocuments: () => 'A scenario file holds a single YAML document; a second one starts here',
    unknownAlias: (p) => `Alias *${p.name} refers to no anchor &${p.name} defined before it`,
    recursiveAlias: (p) => `Alias *${p.name} refers to the anchor &${p.name} that contains it (a circular reference)`,
    aliasLimit: (p) => `Too many alias expansions (limit ${p.maxAliasCount}); this looks like a "billion laughs" attack`,
    nestingTooDeep: () => 'Nesting is too deep',
    jsonTrailingComma: () => 'JSON does not allow a comma after the last element',
    jsonUnexpectedChar: (p) => `JSON syntax error: expected ${JSON_EXPECTED[p.expected]}, found ${quote(p.found)}`,
    jsonUnexpectedEnd: (p) => `JSON ends too early: expected ${JSON_EXPECTED[p.expected]}`,
    jsonInvalidString: (p) =>
      p.reason === 'controlCharacter'
        ? 'A JSON string cannot contain a raw line break or tab (write \\n or \\t)'
        : 'Invalid escape sequence in a JSON string',
    invalidType: (p) => `Expected ${type(p.expected)}, but got ${received(p.received)}`,
    missingField: (p) => `Missing required field ${quote(String(p.key))}`,
    unknownField: (p) =>
      p.suggestion !== undefined
        ? `Unknown field ${quote(p.key)}. Did you mean ${quote(p.suggestion)}?`
        : `Unknown field ${quote(p.key)}${p.allowed.length > 0 ? ` (known fields: ${quotedList(p.allowed)})` : ''}`,
    moreUnknownFields: (p) => `…and ${p.count.toLocaleString('en-US')} more unknown ${p.count === 1 ? 'field' : 'fields'} in this mapping, from here on`,
    invalidValue: (p) =>
      `Expected ${p.allowed.length === 1 ? '' : 'one of '}${quotedList(p.allowed, 20)}, but got ${received(p.received)}`,
    invalidUnion: (p) =>
      `Expected ${oneOf([...p.expected.map(type), ...p.allowed.map(literal)])}, but got ${received(p.received)}`,
    tooSmall: (p) => size(p, p.minimum, true),
    tooBig: (p) => size(p, p.maximum, false) + (p.why === undefined ? '' : `: ${WHY[p.why]}`),
    invalidFormat: (p) => {
      const wanted =
        p.format === 'regex' ? `a string matching ${p.pattern}`
        : p.format === 'starts_with' ? `a string starting with ${quote(p.prefix ?? '')}`
        : p.format === 'ends_with' ? `a string ending with ${quote(p.suffix ?? '')}`
        : p.format === 'includes' ? `a string containing ${quote(p.includes ?? '')}`
        : FORMATS[p.format] ?? `a valid ${p.format}`;
      return `Expected ${wanted}, but got ${received(p.received)}`;
    },
    notMultipleOf: (p) => `Must be a multiple of ${formatNumberish(p.divisor)} (got ${literal(p.received.value ?? null)})`,
    invalidKey: (p, nested) => `Key ${quote(p.key)} is not allowed: ${nested(p.reason)}`,
    unknownReference: (p) => {
      const guess = closestKey(p.id, p.known);
      const kind = REFERENCE_KINDS[p.kind];
      if (guess !== undefined) return `Unknown ${kind} ${quote(p.id)}. Did you mean ${quote(guess)}?`;
      const known = p.known.length > 0 ? `defined: ${quotedList(p.known)}` : `no ${kind} is defined`;
      return `Unknown ${kind} ${quote(p.id)} (${known})`;
    },
    duplicateId: (p) => `Duplicate id ${quote(p.id)}`,
    notIncreasing: (p) => `Each value must be at least the one before it (got ${p.values.map(formatNumberish).join(', ')})`,
    lognormalRange: (p) => `A 90% range needs 0 < low < high (got ${p.values.map(formatNumberish).join(', ')})`,
    multiAzNeedsZones: (p) => `A multi-AZ deployment needs a public-cloud site with at least two zones; ${quote(p.site)} is not one`,
    missingHostingKind: (p) => `Missing the value for hosting kind ${quote(p.kind)}: site ${quote(p.site)} is of that kind`,
    sharesMustSumTo: (p) => `Shares must sum to ${formatNumberish(p.expected)} (they sum to ${formatNumberish(p.sum)})`,
    dateBeforeStart: (p) => `Date ${p.at} is before the scenario's start date ${p.startDate}`,
    invalidDate: (p) => `${quote(p.value)} is not a valid date (use YYYY-MM-DD)`,
    rangeReversed: (p) => `${p.lowKey} (${formatNumberish(p.low)}) must be below ${p.highKey} (${formatNumberish(p.high)})`,
    dateOutOfRange: (p) =>
      `Date ${quote(p.value)} is outside ${p.earliest} to ${p.latest}: ${p.why === 'calendar' ? 'the years whose national holidays Machi knows' : 'the longest horizon, 1,000 years from the start date'}`,
    oneOffCostNeedsLife: (p) => `A one-off cost (${formatNumberish(p.oneOffCostYen)} yen) needs lifeYears: the years it is spread over`,
    measureConflict: (p) => `This measure sets ${quote(p.target)}, which another measure or the variant itself already sets: keep one`,
    facilityOutageNeedsHours: (p) =>
      `Site ${quote(p.site)} ${p.why === 'rate' ? 'has facility outages (facilityOutageAnnualRate above 0)' : 'has a scripted facility outage without durationHours'}: give the site's facilityOutageHours`,
    rangeProblem: (p) => {
      const span = `[${formatNumberish(p.low)}, ${formatNumberish(p.high)}]`;
      const what = p.meaning === 'min-max' ? `the min–max range ${span}` : `the ${p.meaning} ${p.shape} range ${span}`;
      return RANGE_PROBLEM_EN[p.problem](what, p);
    },
    eventAfterHorizon: (p) =>
      `This event (${p.at}) comes after the ${p.years} simulated ${p.years === 1 ? 'year' : 'years'}, which end at ${p.end}: it would never happen. Simulate at least ${p.yearsNeeded} years (--years ${p.yearsNeeded}), or move it`,
    regionUnreachable: (p) =>
      p.annualEventRate === null
        ? `No earthquake of seismic region ${quote(p.region)} reaches JMA 6-lower at its reference site ${quote(p.site)}, so its 30-year probability cannot be matched: choose a reference site inside or near the region, or check the site's location and amplification`
        : `Seismic region ${quote(p.region)} would need ${formatNumberish(Number(p.annualEventRate.toPrecision(3)))} earthquakes a year (at most ${formatNumberish(p.maximum)}) to give its reference site ${quote(p.site)} its 30-year probability: choose a reference site nearer the region, or check the site's location and amplification`,
    fileTooLarge: (p) =>
      `The file is ${megabytes(p.bytes)}; a scenario file may be at most ${megabytes(p.maximumBytes)} (a town's scenario is tens of kilobytes)`,
    tooManyLines: (p) =>
      `The file has ${p.lines.toLocaleString('en-US')} lines; a scenario file may have at most ${p.maximumLines.toLocaleString('en-US')} (a town's scenario has a few thousand)`,
    notUtf8: (p) =>
      p.encoding === 'UTF-16'
        ? 'This file is UTF-16, not UTF-8: save it as UTF-8 (in Notepad: "Save As", encoding "UTF-8")'
        : 'This file is not UTF-8: the text from here looks like Shift_JIS, as older Japanese Windows software saves it. Save it as UTF-8 (in Notepad: "Save As", encoding "UTF-8")',
    forbiddenKey: (p) => `The key ${quote(p.key)} is not allowed (JavaScript would silently drop it): rename it`,
    controlCharacter: (p) =>
      isBreak(p.codePoint)
        ? `A name is one line: remove the line break or tab (${p.codePoint}) at character ${p.index}`
        : `Remove the character ${p.codePoint} at character ${p.index}: it is a control or invisible character, not text`,
    custom: (p) => p.message,
  },
  unknownCode: (code) => `Invalid value (${code})`,
};
