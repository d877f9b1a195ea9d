/**
 * The items of an incident's cost (`costBreakdownYen` keys, the model's `addCost` items). The model
 * does not type them yet: the report words these, and shows any other item by its key.
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
  | 'migration'
  | 'correctionLetters'
  | 'renewal';
