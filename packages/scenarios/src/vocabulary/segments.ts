/**
 * The three separated segments of a Japanese municipal network (三層の対策): the My Number use segment,
 * the LGWAN-connected segment and the internet-connected segment. The order is that of every table
 * keyed by segment (part of a scenario's canonical JSON: do not reorder).
 *
 * @example
 * SEGMENTS.includes('lgwan'); // true
 */
export const SEGMENTS = ['myNumber', 'lgwan', 'internet'] as const;

export type Segment = (typeof SEGMENTS)[number];
