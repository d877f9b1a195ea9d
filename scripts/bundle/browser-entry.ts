// The entry of dist-bundle/machi-browser.js: the browser-safe library in one ES module, each package's
// exports side by side, and each package whole as a namespace.
export * from '@machi/sim-core';
export * from '@machi/scenarios';
export * from '@machi/report';
export * as simCore from '@machi/sim-core';
export * as scenarios from '@machi/scenarios';
export * as report from '@machi/report';

// Names that two packages export: `export *` would drop them silently, so each is chosen here. The other
// one stays in its namespace (`simCore.formatHours`, `scenarios.Condition`).
export { formatHours, type Lang } from '@machi/report';
export { Condition } from '@machi/sim-core';
