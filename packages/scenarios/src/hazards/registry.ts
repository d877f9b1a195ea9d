import { earthquakeHazard } from './earthquake/earthquake.ts';
import { hardwareFailureHazard } from './hardware-failure/hardware-failure.ts';
import { heavySnowHazard } from './heavy-snow/heavy-snow.ts';
import { leaksHazard } from './leaks/leaks.ts';
import { lgwanOutageHazard } from './lgwan-outage/lgwan-outage.ts';
import { lineFaultsHazard } from './line-faults/line-faults.ts';
import { powerOutageHazard } from './power-outage/power-outage.ts';
import { providerOutagesHazard } from './provider-outages/provider-outages.ts';
import { ransomwareHazard } from './ransomware/ransomware.ts';
import { vendorCompromiseHazard } from './vendor-compromise/vendor-compromise.ts';
import { vendorExitHazard } from './vendor-exit/vendor-exit.ts';
import { volcanoHazard } from './volcano/volcano.ts';
import { jukiNetOutageHazard } from './juki-net-outage/juki-net-outage.ts';
import { staffShortageHazard } from './staff-shortage/staff-shortage.ts';
import { insiderMisuseHazard } from './insider-misuse/insider-misuse.ts';
import { riverFloodHazard } from './river-flood/river-flood.ts';
import { typhoonHazard } from './typhoon/typhoon.ts';
import { fireHazard } from './fire/fire.ts';
import { applicationFailuresHazard } from './application-failures/application-failures.ts';
import { maintenanceHazard } from './maintenance/maintenance.ts';

/**
 * Every hazard, threat, failure and provider event of the model, in the order they start in a
 * replication (which is also the order of their sections in `hazards` and `threats` and of the kinds of
 * scripted events). The order is part of the results — the events they schedule at start are queued in
 * it — and of the scenario's canonical JSON: add new modules at the end.
 *
 * A new hazard (a river flood, say) is a folder beside the others: `flood-schema.ts` (its
 * `hazards.flood` section, optional so that existing scenarios and their hashes stay as they are, and
 * its scripted form) and `flood.ts` (`defineHazard` with its causes, reasons, section, scripted form and
 * `start`, opening its incidents with `town.incident` after `town.recordHazard`), one line here, its
 * cause (and any new reason or note kind) in `vocabulary/`, its numbers in the presets, its tests —
 * and its wording in the report's locales, which the type check asks for.
 */
export const HAZARDS = [
  earthquakeHazard,
  volcanoHazard,
  heavySnowHazard,
  powerOutageHazard,
  lgwanOutageHazard,
  lineFaultsHazard,
  hardwareFailureHazard,
  ransomwareHazard,
  leaksHazard,
  vendorCompromiseHazard,
  providerOutagesHazard,
  vendorExitHazard,
  jukiNetOutageHazard,
  staffShortageHazard,
  insiderMisuseHazard,
  riverFloodHazard,
  typhoonHazard,
  fireHazard,
  applicationFailuresHazard,
  maintenanceHazard,
] as const;
