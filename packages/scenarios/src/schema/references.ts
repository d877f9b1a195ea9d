import type { z } from 'zod';
import { builtInPolicies } from '../policy/index.ts';
import { Calendar, FIRST_HOLIDAY_YEAR, LAST_HOLIDAY_YEAR, parseDateTime } from '../calendar/index.ts';
import type { ReferenceKind } from '../vocabulary/custom-issue-keys.ts';
import { hasAvailabilityZones, type HostingKind } from '../vocabulary/hosting-kinds.ts';
import type { ByHostingKind } from './by-hosting-kind.ts';
import { customIssue } from './custom-issue.ts';
import { measureTargets } from './measure.ts';
import { BOUNDS } from './sourced.ts';
import type { Scenario } from './scenario.ts';

type Path = (string | number)[];
type Ctx = z.RefinementCtx;

const unknownRef = (ctx: Ctx, path: Path, kind: ReferenceKind, value: string, known: readonly string[]) =>
  customIssue(ctx, path, 'unknownReference', { kind, id: value, known: [...known] });

const uniqueIds = (ctx: Ctx, items: readonly { id: string }[], path: string | Path) => {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) customIssue(ctx, [...(typeof path === 'string' ? [path] : path), i, 'id'], 'duplicateId', { id: item.id });
    seen.add(item.id);
  });
};

/**
 * Cross-references of a scenario: every id that names a site, system, link, vendor or leak cause must
 * exist; dates must parse and scripted events must not come before the start. Reported as located
 * custom issues (`params.messageKey`), all at once.
 */
export function checkReferences(s: Omit<Scenario, never>, ctx: Ctx): void {
  uniqueIds(ctx, s.sites, 'sites');
  uniqueIds(ctx, s.links, 'links');
  uniqueIds(ctx, s.systems, 'systems');
  uniqueIds(ctx, s.services, 'services');
  uniqueIds(ctx, s.people.vendors, 'people');
  uniqueIds(ctx, s.threats.leaks, 'threats');

  const sites = new Map(s.sites.map((site) => [site.id, site]));
  const siteIds = [...sites.keys()];
  const systemIds = s.systems.map((x) => x.id);
  const vendorIds = s.people.vendors.map((v) => v.id);
  const linkIds = s.links.map((l) => l.id);
  const regions = [...new Set(s.sites.map((x) => x.powerRegion))];
  const site = (path: Path, value: string) => sites.has(value) || unknownRef(ctx, path, 'site', value, siteIds);

  const shares = s.municipality.ageShares;
  const sum = shares.under15 + shares.from15to64 + shares.over65;
  if (Math.abs(sum - 1) > 1e-6) {
    customIssue(ctx, ['municipality', 'ageShares'], 'sharesMustSumTo', { sum, expected: 1 });
  }
  site(['municipality', 'officeSite'], s.municipality.officeSite);
  if (s.bcp.alternateOfficeSite !== undefined) site(['bcp', 'alternateOfficeSite'], s.bcp.alternateOfficeSite);
  s.sites.forEach((x, i) => {
    if (x.facilityOutageAnnualRate > 0 && x.facilityOutageHours === undefined) customIssue(ctx, ['sites', i, 'facilityOutageHours'], 'facilityOutageNeedsHours', { site: x.id, why: 'rate' });
    if (x.recoveredBy !== 'provider' && !vendorIds.includes(x.recoveredBy)) unknownRef(ctx, ['sites', i, 'recoveredBy'], 'vendor', x.recoveredBy, [...vendorIds, 'provider']);
  });
  s.links.forEach((l, i) => {
    site(['links', i, 'from'], l.from);
    l.to.forEach((t, j) => site(['links', i, 'to', j], t));
  });
  s.systems.forEach((x, i) => checkPlacement(ctx, ['systems', i], x, sites));
  s.systems.forEach((x, i) => {
    if (!vendorIds.includes(x.vendor)) unknownRef(ctx, ['systems', i, 'vendor'], 'vendor', x.vendor, vendorIds);
    x.backups.forEach((b, j) => site(['systems', i, 'backups', j, 'site'], b.site));
  });
  s.services.forEach((x, i) =>
    x.dependsOn.forEach((d, j) => systemIds.includes(d) || unknownRef(ctx, ['services', i, 'dependsOn', j], 'system', d, systemIds)),
  );
  s.systems.forEach((x, i) => checkEveryKindInUse(ctx, ['systems', i, 'annualCostYen'], x.annualCostYen, s.sites));
  checkEveryKindInUse(ctx, ['threats', 'ransomware', 'encryptProbability'], s.threats.ransomware.encryptProbability, s.sites);
  const scheduledIds = new Set<string>();
  (s.costs.scheduled ?? []).forEach((c, i) => {
    const path: Path = ['costs', 'scheduled', i];
    if (scheduledIds.has(c.id)) customIssue(ctx, [...path, 'id'], 'duplicateId', { id: c.id });
    scheduledIds.add(c.id);
    c.systems.forEach((x, j) => systemIds.includes(x) || unknownRef(ctx, [...path, 'systems', j], 'system', x, systemIds));
    checkEveryKindInUse(ctx, [...path, 'yenPerSystem'], c.yenPerSystem, s.sites);
  });
  s.hazards.earthquake.regions.forEach((r, i) => site(['hazards', 'earthquake', 'regions', i, 'referenceSite'], r.referenceSite));
  s.hazards.riverFlood?.regions.forEach((r, i) => Object.keys(r.depthAboveGroundMBySite).forEach((k) => site(['hazards', 'riverFlood', 'regions', i, 'depthAboveGroundMBySite', k], k)));
  s.hazards.typhoon?.regions.forEach((r, i) => regions.includes(r.powerRegion) || unknownRef(ctx, ['hazards', 'typhoon', 'regions', i, 'powerRegion'], 'powerRegion', r.powerRegion, regions));
  s.hazards.fire?.sites.forEach((f, i) => site(['hazards', 'fire', 'sites', i, 'site'], f.site));
  const packages = s.hazards.applicationFailures?.packages ?? [];
  uniqueIds(ctx, packages, ['hazards', 'applicationFailures', 'packages']);
  packages.forEach((p, i) =>
    p.systems.forEach((x, j) => systemIds.includes(x) || unknownRef(ctx, ['hazards', 'applicationFailures', 'packages', i, 'systems', j], 'system', x, systemIds)),
  );
  if (s.hazards.maintenance) uniqueIds(ctx, s.hazards.maintenance.windows, ['hazards', 'maintenance', 'windows']);
  if (typeof s.policy === 'string' && !(s.policy in builtInPolicies)) unknownRef(ctx, ['policy'], 'policy', s.policy, Object.keys(builtInPolicies));

  const startYear = parseDateTime(s.startDate)?.year;
  const start = startYear !== undefined ? new Calendar(s.startDate) : undefined;
  // Events are held to the horizon only from a start date in range (else that one issue says it all).
  let horizonStart = start;
  if (!start) customIssue(ctx, ['startDate'], 'invalidDate', { value: s.startDate });
  else if (startYear! < FIRST_HOLIDAY_YEAR || startYear! > LAST_HOLIDAY_YEAR) {
    horizonStart = undefined;
    customIssue(ctx, ['startDate'], 'dateOutOfRange', { value: s.startDate, earliest: `${FIRST_HOLIDAY_YEAR}-01-01`, latest: `${LAST_HOLIDAY_YEAR}-12-31`, why: 'calendar' });
  }
  // The model's year is 8,760 hours (HOURS_PER_YEAR); the schema does not import the model.
  const longest = BOUNDS.horizonYears * 8760;
  (s.costs.scheduled ?? []).forEach((c, i) => {
    const path: Path = ['costs', 'scheduled', i, 'at'];
    if (!parseDateTime(c.at)) customIssue(ctx, path, 'invalidDate', { value: c.at });
    else if (start && start.hoursAt(c.at) < 0) customIssue(ctx, path, 'dateBeforeStart', { at: c.at, startDate: s.startDate });
  });
  s.events.forEach((e, i) => {
    const path: Path = ['events', i];
    if (!parseDateTime(e.at)) customIssue(ctx, [...path, 'at'], 'invalidDate', { value: e.at });
    else if (start && start.hoursAt(e.at) < 0) customIssue(ctx, [...path, 'at'], 'dateBeforeStart', { at: e.at, startDate: s.startDate });
    else if (horizonStart && horizonStart.hoursAt(e.at) >= longest) {
      customIssue(ctx, [...path, 'at'], 'dateOutOfRange', { value: e.at, earliest: s.startDate, latest: horizonStart.formatAt(longest).slice(0, 10), why: 'longestHorizon' });
    }
    if ('site' in e) site([...path, 'site'], e.site);
    if (e.kind === 'facilityOutage' && e.durationHours === undefined && sites.get(e.site) && sites.get(e.site)!.facilityOutageHours === undefined) {
      customIssue(ctx, [...path, 'durationHours'], 'facilityOutageNeedsHours', { site: e.site, why: 'scripted' });
    }
    if ('zone' in e && sites.get(e.site) && !sites.get(e.site)!.zones.includes(e.zone)) unknownRef(ctx, [...path, 'zone'], 'zone', e.zone, sites.get(e.site)!.zones);
    if ('system' in e && e.system !== undefined && !systemIds.includes(e.system)) unknownRef(ctx, [...path, 'system'], 'system', e.system, systemIds);
    if ('vendor' in e && !vendorIds.includes(e.vendor)) unknownRef(ctx, [...path, 'vendor'], 'vendor', e.vendor, vendorIds);
    if ('link' in e && !linkIds.includes(e.link)) unknownRef(ctx, [...path, 'link'], 'link', e.link, linkIds);
    if ('powerRegion' in e && !regions.includes(e.powerRegion)) unknownRef(ctx, [...path, 'powerRegion'], 'powerRegion', e.powerRegion, regions);
    if ('package' in e && !packages.some((p) => p.id === e.package)) unknownRef(ctx, [...path, 'package'], 'applicationPackage', e.package, packages.map((p) => p.id));
    if (e.kind === 'leak' && !s.threats.leaks.some((c) => c.id === e.cause)) unknownRef(ctx, [...path, 'cause'], 'leakCause', e.cause, s.threats.leaks.map((c) => c.id));
    if (e.kind === 'earthquake') Object.keys(e.intensityBySite ?? {}).forEach((k) => site([...path, 'intensityBySite', k], k));
    if (e.kind === 'riverFlood') Object.keys(e.depthAboveGroundMBySite).forEach((k) => site([...path, 'depthAboveGroundMBySite', k], k));
  });
  for (const [name, v] of Object.entries(s.variants)) {
    const path: Path = ['variants', name];
    for (const [sys, o] of Object.entries(v.systems)) {
      const base = s.systems.find((x) => x.id === sys);
      if (!base) { unknownRef(ctx, [...path, 'systems', sys], 'system', sys, systemIds); continue; }
      checkPlacement(ctx, [...path, 'systems', sys], { ...base, ...stripUndefined(o) }, sites);
      o.backups?.forEach((b, j) => site([...path, 'systems', sys, 'backups', j, 'site'], b.site));
      if (o.vendor && !vendorIds.includes(o.vendor)) unknownRef(ctx, [...path, 'systems', sys, 'vendor'], 'vendor', o.vendor, vendorIds);
    }
    Object.keys(v.links).forEach((k) => linkIds.includes(k) || unknownRef(ctx, [...path, 'links', k], 'link', k, linkIds));
    Object.keys(v.sites).forEach((k) => site([...path, 'sites', k], k));
    if (v.bcp?.alternateOfficeSite !== undefined) site([...path, 'bcp', 'alternateOfficeSite'], v.bcp.alternateOfficeSite);
    checkMeasures(ctx, path, v, { site, linkIds, systemIds, vendorIds });
  }
}

/** A variant's measures: every id they name exists, and no two of them (or a measure and the variant's own field) set the same thing. */
function checkMeasures(
  ctx: Ctx,
  path: Path,
  v: Scenario['variants'][string],
  known: { site: (path: Path, value: string) => unknown; linkIds: string[]; systemIds: string[]; vendorIds: string[] },
): void {
  const set = new Set<string>();
  const own = (target: string): boolean => {
    const [group, key] = target.split('.') as [string, string];
    if (group === 'links') return v.links[key]?.routes !== undefined;
    if (group === 'sites') return v.sites[key]?.generatorHours !== undefined;
    if (group === 'bcp') return (v.bcp as Record<string, unknown> | undefined)?.[key] !== undefined;
    // A variant sets no vendor field itself.
    return false;
  };
  v.measures.forEach((m, i) => {
    const at: Path = [...path, 'measures', i];
    if (m.kind === 'line-routes' && !known.linkIds.includes(m.link)) unknownRef(ctx, [...at, 'link'], 'link', m.link, known.linkIds);
    if ((m.kind === 'generator-hours' || m.kind === 'alternate-office') && m.site !== undefined) known.site([...at, 'site'], m.site);
    if (m.kind === 'vendor-contract' && !known.vendorIds.includes(m.vendor)) unknownRef(ctx, [...at, 'vendor'], 'vendor', m.vendor, known.vendorIds);
    if (m.kind === 'backup') {
      known.site([...at, 'backup', 'site'], m.backup.site);
      m.systems.forEach((x, j) => known.systemIds.includes(x) || unknownRef(ctx, [...at, 'systems', j], 'system', x, known.systemIds));
    }
    for (const target of measureTargets(m)) {
      if (set.has(target) || own(target)) customIssue(ctx, at, 'measureConflict', { target });
      set.add(target);
    }
  });
}

const stripUndefined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** A mapping by hosting kind needs a value for each kind a site has (its first site of that kind is named). */
function checkEveryKindInUse(ctx: Ctx, path: Path, values: ByHostingKind<unknown>, sites: readonly { id: string; kind: HostingKind }[]): void {
  const reported = new Set<HostingKind>();
  for (const site of sites) {
    if (values[site.kind] !== undefined || reported.has(site.kind)) continue;
    reported.add(site.kind);
    customIssue(ctx, path, 'missingHostingKind', { kind: site.kind, site: site.id });
  }
}

function checkPlacement(
  ctx: Ctx,
  path: Path,
  x: { site: string; deployment: 'single' | 'multiAz'; zone?: string | undefined },
  sites: Map<string, Scenario['sites'][number]>,
): void {
  const at = sites.get(x.site);
  if (!at) return void unknownRef(ctx, [...path, 'site'], 'site', x.site, [...sites.keys()]);
  if (x.deployment === 'multiAz' && (!hasAvailabilityZones(at.kind) || at.zones.length < 2)) {
    customIssue(ctx, [...path, 'deployment'], 'multiAzNeedsZones', { site: x.site });
  }
  if (x.zone !== undefined && !at.zones.includes(x.zone)) unknownRef(ctx, [...path, 'zone'], 'zone', x.zone, at.zones);
}
