/**
 * Where each system's engine module comes from in the browser: one chunk per system, so a page
 * downloads only the system it shows. Dynamic imports only, so the boot script can start a fetch
 * early without shipping any engine code itself.
 */
import type { SystemId, SystemModule } from '../../sim/machine.ts';

export const SYSTEM_CHUNKS: Record<SystemId, () => Promise<SystemModule>> = {
  fcos: () => import('../../sim/systems/fcos.ts').then((m) => m.fcos),
  microos: () => import('../../sim/systems/microos.ts').then((m) => m.microos),
  k3os: () => import('../../sim/systems/k3os.ts').then((m) => m.k3os),
  nixos: () => import('../../sim/systems/nixos.ts').then((m) => m.nixos),
};
