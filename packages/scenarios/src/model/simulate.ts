import { Environment, RandomStreams, type RandomStream } from '@machi/sim-core';
import { ACTIONS, DATA_CLASSES } from '../policy/index.ts';
import { columnName } from '../vocabulary/metrics.ts';
import type { NoteDetails, NoteKind } from '../vocabulary/note-kinds.ts';
import { BOUNDS, resolveVariant, type QuantitySpec, type Scenario } from '../schema/index.ts';
import type { HazardModule } from '../hazards/hazard-module.ts';
import { HAZARDS } from '../hazards/registry.ts';
import type { HazardEvent } from './hazard-event.ts';
import type { Incident } from './incident.ts';
import { buildOutcome, type IncidentOutcome } from './outcome.ts';
import { Prepared } from './prepare.ts';
import { scheduleScripted } from './processes/scripted.ts';
import { replicationRunningCostYen } from './running-cost.ts';
import { scheduledCostsByYear } from './scheduled-costs.ts';
import { Town } from './town.ts';
import { HOURS_PER_YEAR, yearPaid } from './year-metrics.ts';

export interface SimulateOptions {
  /** Variant to run; default the first one (or `base` when the scenario has none). */
  variant?: string;
  seed: number | string;
  /** Replication index (default 0): the same index in two variants sees the same hazards. */
  replication?: number;
  /** Simulated years (default 10). */
  horizonYears?: number;
  /** Keep each incident's dated notes and return the causal trace. */
  trace?: boolean;
  /**
   * The hazard modules to run (default `HAZARDS`, the model's own). For tests and extensions: results
   * then carry the causes and hazard events of these modules, which the types of `IncidentOutcome` and
   * `HazardEvent` (the built-in vocabulary) do not name.
   */
  hazards?: readonly HazardModule[];
}

/** One line of the causal trace: what happened when, in which incident (one variant per note kind). */
export type TraceEntry = { [K in NoteKind]: { atHours: number; incident: string; what: K; detail: NoteDetails[K] } }[NoteKind];

/** One replication of one variant: plain data, serialisable to JSON and back unchanged. */
export interface SimulationResult {
  name: string;
  variant: string;
  seed: number | string;
  replication: number;
  horizonYears: number;
  hazardEvents: HazardEvent[];
  outcomes: IncidentOutcome[];
  /** One record per simulated year, with every metric of `metricNames`. */
  years: Record<string, number>[];
  trace?: TraceEntry[];
}

/**
 * Events one simulated year may take. The presets take 20-120 a year on average and about 600 in the
 * busiest of 10,000 simulated years; far more can only be a runaway (an arrival rate of 1e300 a year),
 * and stopping there takes seconds instead of never ending (the model's cost grows with the incidents
 * open at once, so a larger allowance would cost more than proportionally).
 */
export const MAX_EVENTS_PER_YEAR = 10_000;

const preparedCache = new WeakMap<Scenario, Map<string, Prepared>>();

/** Prepared variants are cached per scenario object; variants share the demand profiles (built once). */
function prepared(scenario: Scenario, variant: string, horizonHours: number): Prepared {
  let byKey = preparedCache.get(scenario);
  if (!byKey) preparedCache.set(scenario, (byKey = new Map()));
  const key = `${variant}\0${horizonHours}`;
  let p = byKey.get(key);
  if (!p) {
    const sibling = [...byKey.values()].find((q) => q.horizonHours === horizonHours);
    byKey.set(key, (p = new Prepared(resolveVariant(scenario, variant), horizonHours, sibling)));
  }
  return p;
}

/**
 * Simulates one replication of one variant of a validated scenario: random hazards, threats and
 * provider events, plus the scripted events, played through the town's sites, lines, systems, staff and
 * vendors. Deterministic: the same scenario, variant, seed and replication give identical results on
 * every run and platform; the variants of one replication see the same hazard events.
 *
 * @throws RangeError for an unknown variant or a horizon that is not an integer from 1 to `BOUNDS.horizonYears`;
 *   `EventLimitError` (sim-core) when a simulated year would take more than `MAX_EVENTS_PER_YEAR`
 *   events, naming the simulated time and what was due next.
 * @example
 * const result = simulate(scenario, { variant: 'onprem', seed: 2027, replication: 0, horizonYears: 10 });
 * result.years[0].downtimeHours;
 */
export function simulate(scenario: Scenario, options: SimulateOptions): SimulationResult {
  const horizonYears = options.horizonYears ?? 10;
  if (!(Number.isInteger(horizonYears) && horizonYears > 0 && horizonYears <= BOUNDS.horizonYears)) {
    throw new RangeError(`horizonYears must be an integer from 1 to ${BOUNDS.horizonYears}, got ${horizonYears}`);
  }
  const replication = options.replication ?? 0;
  if (!(Number.isInteger(replication) && replication >= 0)) throw new RangeError(`replication must be a non-negative integer, got ${replication}`);
  const horizonHours = horizonYears * HOURS_PER_YEAR;
  const prep = prepared(scenario, options.variant ?? resolveVariant(scenario, options.variant).variant, horizonHours);
  const resolved = prep.scenario;
  const withNotes = options.trace === true;
  const env = new Environment();
  const streams = new RandomStreams(options.seed, replication);
  const outcomes: IncidentOutcome[] = [];
  const record = (incident: Incident, ongoing: boolean) => {
    const outcome = buildOutcome(town, incident, prep.policy, ongoing, withNotes);
    // An event that harmed nothing and cost nothing (a blackout the generator rode out) leaves no record;
    // one that only cost money (a smooth forced migration) is kept so its cost is counted and explained.
    if (outcome.kinds.length === 0 && outcome.costYen === 0) return;
    outcomes.push(outcome);
    const y = outcome.year;
    const years = town.years;
    if (outcome.kinds.length > 0) years.add('incidents', y, 1);
    years.add('personsAffected', y, outcome.personsAffected);
    DATA_CLASSES.forEach((c, i) => years.add(PERSONS_COLUMNS[i]!, y, outcome.personsByDataClass[c]));
    years.add('dataLostHours', y, outcome.dataLostHours);
    years.add('systemsLost', y, outcome.systemsLost);
    years.add('residentsWithRecordsLost', y, outcome.residentsWithRecordsLost);
    const paid = incident.payments;
    for (let i = 0; i < paid.length; i += 2) years.add('incidentCostYen', yearPaid(paid[i]!, horizonYears), paid[i + 1]!);
    for (const a of outcome.actions) years.add(ACTION_COLUMNS.get(a.action)!, y, 1);
  };
  const hazards = options.hazards ?? HAZARDS;
  const town: Town = new Town({ env, scenario: resolved, prepared: prep, streams, horizonHours, hazards, onClose: (incident) => record(incident, false), keepNotes: withNotes });
  for (const hazard of hazards) hazard.start(town);
  scheduleScripted(town, resolved.events, hazards);
  // Year by year, each with its own allowance of events: a runaway stops within its first year, however
  // long the horizon. A stop at T only interposes in the queue's order (SimPy's `until`), so the events
  // are processed in the same order as by one run to the horizon: same results.
  for (let y = 1; y <= horizonYears; y++) env.run({ until: y * HOURS_PER_YEAR, maxEvents: MAX_EVENTS_PER_YEAR });
  // No incident begins after the horizon (`every` and the scripted events stop there); those under way
  // are followed to their end, for at most one more horizon (see `yearPaid`), with the same allowance.
  if (town.hasOpenIncidents) for (let y = horizonYears + 1; y <= 2 * horizonYears; y++) env.run({ until: y * HOURS_PER_YEAR, maxEvents: MAX_EVENTS_PER_YEAR });
  for (const incident of town.finish()) record(incident, true);
  outcomes.sort((a, b) => a.startHours - b.startHours || compareIds(a.id, b.id));

  const sample = (spec: QuantitySpec, stream: RandomStream) => prep.quantity(spec).sample(stream);
  const running = replicationRunningCostYen(prep.runningCost, resolved.costs.hostingCostFactor, streams, sample);
  const scheduled = scheduledCostsByYear(resolved, prep.calendar, horizonYears, streams, sample);
  const years = Array.from({ length: horizonYears }, (_, y) => {
    // The year's running cost includes what is scheduled in it (a migration paid that year).
    town.years.add('runningCostYen', y, running + scheduled[y]!);
    town.years.add('costYen', y, running + scheduled[y]! + town.years.value('incidentCostYen', y));
    // A copy of a template with every metric at 0, in order: only the booked columns are written.
    const row: Record<string, number> = { ...prep.yearTemplate };
    for (const [n, column] of town.years.values) row[n] = column[y]!;
    return row;
  });
  const result: SimulationResult = {
    name: resolved.name,
    variant: resolved.variant,
    seed: options.seed,
    replication,
    horizonYears,
    hazardEvents: town.hazardEvents,
    outcomes,
    years,
  };
  if (withNotes) {
    result.trace = outcomes
      .flatMap((o) => (o.notes ?? []).map((n) => ({ atHours: n.atHours, incident: o.id, what: n.what, detail: n.detail }) as TraceEntry))
      .sort((a, b) => a.atHours - b.atHours);
  }
  return result;
}

// Metric names built once, not per outcome.
const PERSONS_COLUMNS = DATA_CLASSES.map((dataClass) => columnName({ kind: 'dataClass', metric: 'personsAffected', dataClass }));
const ACTION_COLUMNS = new Map<string, string>(ACTIONS.map((action) => [action, columnName({ kind: 'action', action })]));

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
