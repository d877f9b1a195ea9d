/**
 * The quickstart: a town hall's server room for one simulated year, replicated.
 *
 * Eight servers each fail about twice a year (exponential, MTBF 4,380 h). A repair needs one of the
 * town's two IT staff; out of office hours (18:00-08:30) and at weekends the member called in first has
 * to come back, 1-2 h. Repairs take 2-24 h (lognormal, 90% interval). Printed: failures, server-hours
 * down, the longest outage, repairs that waited for staff and staff utilisation, each as a mean over replications with its 95%
 * interval and upper quantiles, and a fingerprint of the whole results table — the same seed gives the
 * same fingerprint on every machine and JavaScript engine.
 *
 * Run: npx -y pnpm@12 demo:engine [--runs N] [--seed S] (or npx tsx --conditions=source examples/quickstart.ts)
 */
import {
  Environment, exponential, lognormalFrom90Interval, replicate, Resource, sha256, summarize, tableToJSON, uniform,
  type ProcessGenerator, type ReplicationContext,
} from '@machi/sim-core';

const HOURS_PER_YEAR = 8_760;
const SERVERS = ['registry', 'tax', 'welfare', 'health-insurance', 'groupware', 'mail', 'web', 'file'];
const MTBF_HOURS = 4_380;
const repairHours = lognormalFrom90Interval(2, 24);
const callInHours = uniform(1, 2);

/** Office hours: weekdays 08:30-18:00, with hour 0 a Monday 00:00. */
function inOfficeHours(hours: number): boolean {
  const day = Math.floor(hours / 24) % 7;
  const clock = hours % 24;
  return day < 5 && clock >= 8.5 && clock < 18;
}

function serverRoomYear({ streams }: ReplicationContext): Record<string, number> {
  const env = new Environment();
  const staff = new Resource(env, { capacity: 2, name: 'it-staff' });
  const failures = streams.get('hardware.failure');
  const repairs = streams.get('repair.duration');
  const callIns = streams.get('staff.call-in');
  let failureCount = 0;
  let downHours = 0;
  let longestOutageHours = 0;
  let repairsThatWaited = 0;

  function* server(name: string): ProcessGenerator {
    const timeToFailure = exponential(1 / MTBF_HOURS);
    for (;;) {
      yield env.timeout(timeToFailure.sample(failures));
      const failedAt = env.now;
      failureCount++;
      const request = yield staff.request();
      if (env.now > failedAt) repairsThatWaited++;
      if (!inOfficeHours(env.now)) yield env.timeout(callInHours.sample(callIns));
      yield env.timeout(repairHours.sample(repairs));
      staff.release(request);
      const outage = env.now - failedAt;
      downHours += outage;
      longestOutageHours = Math.max(longestOutageHours, outage);
      env.trace?.record('server.up', name, { outageHours: outage });
    }
  }
  for (const name of SERVERS) env.process(server(name), name);
  env.run({ until: HOURS_PER_YEAR });
  return {
    failures: failureCount,
    serverHoursDown: downHours,
    longestOutageHours,
    repairsThatWaited,
    staffUtilisation: staff.statistics().utilisation,
  };
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isSafeInteger(value) || value < 1) {
    console.error(`quickstart: --${name} must be a positive integer, got ${process.argv[at + 1] ?? 'nothing'}`);
    process.exit(2);
  }
  return value;
}

const runs = option('runs', 1_000);
const seed = option('seed', 2027);
const { table } = replicate({ runs, seed, model: serverRoomYear });
const summary = summarize(table);

const fmt = (x: number) => (Number.isNaN(x) ? '—' : (Math.abs(x) < 0.005 ? 0 : x).toFixed(Math.abs(x) >= 100 ? 0 : 2));
console.log(`Town hall server room: ${SERVERS.length} servers, 2 IT staff, one year, ${runs} replications, seed ${seed}\n`);
console.log(`${'metric'.padEnd(24)}${'mean'.padStart(9)}${'95% interval'.padStart(20)}${'p90'.padStart(9)}${'p99'.padStart(9)}${'max'.padStart(9)}`);
for (const metric of table.metrics) {
  const s = summary[metric];
  const interval = `${fmt(s.ciLow)} – ${fmt(s.ciHigh)}`;
  console.log(`${metric.padEnd(24)}${fmt(s.mean).padStart(9)}${interval.padStart(20)}${fmt(s.p90).padStart(9)}${fmt(s.p99).padStart(9)}${fmt(s.max).padStart(9)}`);
}
// Theory (alternating renewal, staff waits neglected — see repairsThatWaited): a server cycles through
// up (mean MTBF) and down (mean MTTR = call-in share × call-in + repair), so per year it fails
// 8760/(MTBF + MTTR) times and is down 8760·MTTR/(MTBF + MTTR) hours. Office hours are 47.5 of 168.
const mttrHours = (1 - 47.5 / 168) * callInHours.mean + repairHours.mean;
const cycles = HOURS_PER_YEAR / (MTBF_HOURS + mttrHours);
console.log(
  `\nTheory (alternating renewal, MTTR ${mttrHours.toFixed(2)} h): ${(SERVERS.length * cycles).toFixed(2)} failures and ` +
    `${(SERVERS.length * cycles * mttrHours).toFixed(0)} server-hours down a year — compare the intervals above.`,
);
console.log(`Fingerprint of the results table: ${sha256(JSON.stringify(tableToJSON(table))).slice(0, 16)} (same seed, same fingerprint, anywhere)`);
