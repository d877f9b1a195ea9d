export { INPUT_SHAPES, type InputShape, type UncertainInput } from './uncertain-input.ts';
export { INPUT_PROBLEM_CODES, inputProblems, type InputDomain, type InputProblem, type InputProblemCode } from './input-problems.ts';
export { inputSupport } from './input-support.ts';
export { inputDistribution, type InputDistribution } from './input-distribution.ts';
export { triangularFromInterval } from './triangular-from-interval.ts';
export { inputSpace, type InputSpace, type InputSpaceSpec, type SharedFactor } from './input-space.ts';
export { SOBOL_MAX_DIMENSIONS, sobolIntegers, sobolPoints, type SobolOptions } from './sobol-sequence.ts';
export { latinHypercube, type LatinHypercubeOptions } from './latin-hypercube.ts';
export { saltelliDesign, type SaltelliDesign, type SaltelliDesignOptions } from './saltelli-design.ts';
export type { ModelOutputs, ReplicatedOutputs } from './model-outputs.ts';
export type { BootstrapEstimate, BootstrapOptions, BootstrapSettings } from './bootstrap-estimate.ts';
export { acrossInputSets, type AcrossInputSets, type AcrossInputSetsOptions } from './across-input-sets.ts';
export { sobolIndices, type SobolIndex, type SobolIndices, type SobolIndicesOptions, type SobolNoise } from './sobol-indices.ts';
export { morrisDesign, type MorrisDesign, type MorrisDesignOptions } from './morris-design.ts';
export { morrisEffects, type MorrisEffect, type MorrisEffects, type MorrisEffectsOptions } from './morris-effects.ts';
export type { Better, DecisionOption } from './option-outcomes.ts';
export { probabilityBest, type NoDifference, type OptionBest, type ProbabilityBest } from './probability-best.ts';
export { rankingProbability, type RankingProbability } from './ranking-probability.ts';
export { tornado, tornadoDesign, type Tornado, type TornadoBar, type TornadoDesign } from './tornado.ts';
export {
  switchingValue,
  switchingValueAsync,
  switchingValueSearch,
  type SwitchingCrossing,
  type SwitchingValue,
  type SwitchingValueOptions,
} from './switching-value.ts';
export { rankingGroups, rankingTies } from './ranking-ties.ts';
