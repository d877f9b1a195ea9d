/**
 * @machi/scenarios — the municipality domain. Nothing is here yet: the scenarios issue builds it on
 * `@machi/sim-core`.
 */
export {};
