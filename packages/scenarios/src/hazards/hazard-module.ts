import type { RandomStream } from '@machi/sim-core';
import type { z } from 'zod';
import type { Town } from '../model/town.ts';
import type { Reason } from '../vocabulary/reasons.ts';

/** The schema of one scripted-event form: a strict object with a literal `kind` and a time `at`. */
export type ScriptedSchema = z.ZodObject<{ kind: z.ZodLiteral<string>; at: z.ZodString } & z.ZodRawShape>;

/** One form of scripted event a module accepts, and how it is applied. */
export interface ScriptedForm<S extends ScriptedSchema = ScriptedSchema> {
  readonly schema: S;
  /**
   * Applies the event at its time. `stream` is the event's own (`scripted.<index>`), for whatever the
   * event leaves to chance.
   */
  apply(town: Town, event: z.output<S>, stream: RandomStream): void;
}

/** Where a module's parameters live in a scenario: `hazards.<key>` or `threats.<key>`. */
export interface HazardSection<K extends string = string, S extends z.ZodType = z.ZodType> {
  readonly group: 'hazards' | 'threats';
  readonly key: K;
  readonly schema: S;
}

/**
 * A hazard, threat, failure or provider event of the model, as one piece: where its parameters live
 * in a scenario, the scripted events it accepts, how its random events start in a replication, and
 * the incident causes and reasons it can produce. `simulate`, scripted events and the scenario schema
 * all read the registry of modules (`HAZARDS`); adding one is its module and one line there.
 */
export interface HazardModule<
  Section extends HazardSection | undefined = HazardSection | undefined,
  Forms extends readonly ScriptedForm<any>[] = readonly ScriptedForm<any>[],
  Cause extends string = string,
> {
  /** A name for errors and documentation (`earthquake`, `provider-outages`). */
  readonly id: string;
  /**
   * The causes of the incidents it opens (`IncidentCause` for the built-in modules; a town refuses to
   * open an incident of a cause no module of the run declares).
   */
  readonly causes: readonly Cause[];
  /** The reasons it can give for a system, site or line being down. */
  readonly reasons: readonly Reason[];
  /** Its own section of the scenario, if it has one (others read sites, links, systems, vendors). */
  readonly section?: Section;
  /** The scripted events it accepts. */
  readonly scripted: Forms;
  /**
   * Starts its random events in one replication (on streams of its own, named after it, so that
   * adding a module never changes another's draws). Called in registry order, before scripted events.
   */
  start(town: Town): void;
}

/** A module with its section, scripted forms and causes typed (the registry's types are read from them). */
export function defineHazard<const Section extends HazardSection | undefined, const Forms extends readonly ScriptedForm<any>[], const Cause extends string>(
  module: HazardModule<Section, Forms, Cause>,
): HazardModule<Section, Forms, Cause> {
  return module;
}

/** The causes the modules of a registry declare. */
export type CausesOf<R extends readonly HazardModule<any, any, any>[]> = R[number]['causes'][number];

/** The schemas of the scripted-event forms of a registry's modules. */
export type ScriptedSchemasOf<R extends readonly HazardModule<any, any, any>[]> = R[number]['scripted'][number]['schema'];

/** The `hazards` or `threats` sections of a registry's modules, by key. */
export type SectionsOf<R extends readonly HazardModule<any, any, any>[], G extends HazardSection['group']> = {
  [M in R[number] as NonNullable<M['section']> extends { readonly group: G; readonly key: infer K extends string } ? K : never]: NonNullable<
    M['section']
  > extends { readonly schema: infer S }
    ? S
    : never;
};

/** A scripted-event form, its `apply` typed by its schema. */
export function scriptedForm<S extends ScriptedSchema>(schema: S, apply: (town: Town, event: z.output<S>, stream: RandomStream) => void): ScriptedForm<S> {
  return { schema, apply };
}
