/**
 * The closed vocabularies the report words, as types: each locale table is keyed by one of them, so a
 * vocabulary entry without wording fails the type check.
 */
export type {
  Action,
  BasisKind,
  DataClass,
  HostingKind,
  IncidentCause,
  IncidentKind,
  Metric,
  NoteDetails,
  NoteKind,
  Reason,
  TimeClass,
} from '@machi/scenarios';

/**
 * The items of an incident's cost (`costBreakdownYen` keys, the model's `addCost` items). The model
 * does not type them yet: an item missing here is shown by its key.
 */
export type CostItem =
  | 'equipment'
  | 'staff'
  | 'vendor'
  | 'notificationLetters'
  | 'callCentre'
  | 'pressConference'
  | 'compensation'
  | 'responseStaff'
  | 'forensics'
  | 'migration';
