export { DEFAULT_SAFETY_SCALES, DEFAULT_SAFETY_WEIGHTS, safetyWeights, type SafetyWeights } from './safety-weights.ts';
export { replicationMeans, safetyScore, safetyScoreEstimate, safetyScores } from './safety-score.ts';
export type { ReplicationMeans, SafetyScoreEstimate } from './safety-score.ts';
export { rankBySafety, rankingSensitivity, SENSITIVITY_FACTORS, type RankingShift } from './ranking-sensitivity.ts';
export { safetyResult, type SafetyResult } from './safety-result.ts';
