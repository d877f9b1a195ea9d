export { ACTIONS, type Action } from '../policy/action.ts';
export { DATA_CLASSES, type DataClass } from '../policy/data-class.ts';
export { INCIDENT_KINDS, type IncidentKind } from '../policy/incident-kind.ts';
export { HOSTING_KIND_TRAITS, HOSTING_KINDS, hasAvailabilityZones, townRun, type HostingKind, type HostingKindTraits } from './hosting-kinds.ts';
export { SEGMENTS, type Segment } from './segments.ts';
export { NATIONAL_NETWORKS, type NationalNetwork } from './national-networks.ts';
export { REASON_TRAITS, REASONS, type Reason } from './reasons.ts';
export {
  INCIDENT_CAUSE_TRAITS,
  INCIDENT_CAUSES,
  outcomeCause,
  parseOutcomeCause,
  type HazardEventKind,
  type IncidentCause,
  type OutcomeCause,
  type ParsedCause,
  type PerScenarioCause,
} from './incident-causes.ts';
export { NOTE_KINDS, type IncidentNote, type NoteDetails, type NoteKind, type NoteTopic } from './note-kinds.ts';
export {
  ACTION_COLUMN_TRAITS,
  ACTION_PROBABILITY_FLOOR,
  EXCEEDANCE_METRICS,
  HEADLINE_METRICS,
  LARGEST_METRICS,
  METRIC_IDS,
  METRICS,
  columnName,
  columnTraits,
  metricColumn,
  type ExceedanceMetric,
  type HeadlineMetric,
  type LargestMetric,
  type Metric,
  type MetricColumn,
  type MetricStorage,
  type MetricTraits,
  type MetricUnit,
} from './metrics.ts';
export {
  CUSTOM_ISSUE_KEYS,
  CUSTOM_ISSUES,
  REFERENCE_KINDS,
  isCustomIssueKey,
  type CustomIssueKey,
  type CustomIssueParams,
  type ReferenceKind,
} from './custom-issue-keys.ts';
export { MEASURE_KIND_TRAITS, MEASURE_KINDS, type MeasureKind } from './measure-kinds.ts';
