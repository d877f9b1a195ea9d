export { buildCase, type BuildCaseOptions } from './build-case.ts';
export { renderCase, RenderedCase, type RenderCaseOptions } from './render-case.ts';
export { caseGanttFigure, type CaseGanttOptions } from './case-gantt.ts';
export { pickYear, pickRow, parsePickRule, type PickRule, type PickedYear } from './pick-year.ts';
export { casePersonas } from './personas.ts';
export { reasonLabel } from './reason-label.ts';
export type { MarkdownFigures } from '../document/blocks-markdown.ts';
export type {
  VirtualCase,
  CaseIncident,
  CaseTime,
  CaseNote,
  CaseSystem,
  CaseService,
  CaseAction,
  Persona,
  PersonaRole,
  Cohort,
  OutageRow,
} from './virtual-case.ts';
