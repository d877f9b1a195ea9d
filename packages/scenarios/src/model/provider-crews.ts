import { Resource, type Event, type ProcessGenerator, type RandomStream } from '@machi/sim-core';
import type { Incident } from './incident.ts';
import { toHundredths as round } from './rounding.ts';
import type { SiteState, Town } from './town.ts';

/** The town's turn with a crew in one incident: the systems restored while the crew is the town's. */
interface Turn {
  /** Other member towns queued ahead of the town. */
  readonly ahead: number;
  readonly granted: Event<undefined>;
  readonly done: Event<undefined>;
  pending: number;
}

/**
 * The operator of a shared site (a community cloud) bringing its member towns' tenants back: `crews`
 * restore one tenant each at a time and are shared by the member towns. In an incident, the town's place
 * in the queue is drawn once (uniformly among the `memberTowns`) and the towns ahead of it are queued
 * first, each for `sharedSiteRestoreHoursPerTown`; when a crew takes the town's tenant, its systems are
 * restored together and the crew is the town's until the last is back. A system that needs the operator
 * after that queues again, behind whoever is waiting then.
 */
export class ProviderCrews {
  readonly crews: Resource;
  private readonly stream: RandomStream;
  private readonly turns = new WeakMap<Incident, Turn>();

  constructor(
    readonly town: Town,
    readonly site: SiteState,
  ) {
    this.crews = new Resource(town.env, { capacity: town.scenario.providers.sharedSiteRestoreCrews, name: `provider ${site.spec.id}`, statistics: false });
    this.stream = town.streams.get(`recovery.provider.${site.spec.id}`);
  }

  /** Restores system `system` for `incident` in `workHours` once the town's turn has come. */
  *restore(incident: Incident, system: string, workHours: number): ProcessGenerator<void> {
    const called = this.town.env.now;
    let turn = this.turns.get(incident);
    if (!turn) {
      const members = this.site.spec.memberTowns;
      turn = this.queueTurn(incident, members > 1 ? Math.floor(this.stream.random() * members) : 0);
    } else if (turn.done.triggered) {
      turn = this.queueTurn(incident, 0);
    }
    turn.pending++;
    yield turn.granted;
    const waited = this.town.env.now - called;
    if (waited > 0) incident.note(called, 'providerQueue', { system, townsAhead: turn.ahead, waitedHours: round(waited) });
    yield this.town.env.timeout(workHours);
    if (--turn.pending === 0) turn.done.succeed(undefined);
  }

  /** Queues `ahead` other member towns' tenants, then the town's own turn. */
  private queueTurn(incident: Incident, ahead: number): Turn {
    const { env, prepared, scenario } = this.town;
    const perTown = prepared.quantity(scenario.providers.sharedSiteRestoreHoursPerTown);
    const crews = this.crews;
    for (let i = 0; i < ahead; i++) {
      const hours = perTown.sample(this.stream);
      env.process(function* otherTown(): ProcessGenerator<void> {
        const request = yield crews.request();
        yield env.timeout(hours);
        crews.release(request);
      }, `restore another member town at ${this.site.spec.id}`);
    }
    const turn: Turn = { ahead, granted: env.event<undefined>(), done: env.event<undefined>(), pending: 0 };
    this.turns.set(incident, turn);
    env.process(function* ownTurn(): ProcessGenerator<void> {
      const request = yield crews.request();
      turn.granted.succeed(undefined);
      yield turn.done;
      crews.release(request);
    }, `restore the town at ${this.site.spec.id}`);
    return turn;
  }
}
