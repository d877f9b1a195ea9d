/**
 * The response actions a policy can require. This order is the output order everywhere: a decision,
 * a table or a report lists actions in it, whatever order the rules named them.
 *
 * @example
 * ACTIONS.indexOf('pressConference'); // 3
 */
export const ACTIONS = [
  'notifyIndividuals',
  'reportToCommission',
  'publishNotice',
  'pressConference',
  'compensateResidents',
  'reportToCouncil',
  'activateBcp',
] as const;

export type Action = (typeof ACTIONS)[number];
