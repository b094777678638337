// Public API of the simulator engine: pure TypeScript, no DOM, no framework. This entry registers
// all four systems (Node, the tests, the build); a browser page loads machine.ts and one system only.
import { registerSystem } from './machine.ts';
import { fcos } from './systems/fcos.ts';
import { microos } from './systems/microos.ts';
import { k3os } from './systems/k3os.ts';
import { nixos } from './systems/nixos.ts';

registerSystem('fcos', fcos);
registerSystem('microos', microos);
registerSystem('k3os', k3os);
registerSystem('nixos', nixos);

export * from './machine.ts';
