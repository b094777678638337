/**
 * What each lab page promises (its meta description, social card and search snippet). Each one
 * names only what that system does: k3OS has no package manager, and on NixOS /usr is writable
 * by root while the Nix store is the read-only part. tests/unit/data/lab-descriptions.test.ts
 * runs the claims through the simulator.
 */
import type { SystemId } from './references.ts';

export const LAB_DESCRIPTIONS: Record<SystemId, string> = {
  fcos:
    'A simulated Fedora CoreOS machine: see a write to /usr fail, layer a package with rpm-ostree, ' +
    'reboot into the new deployment and roll back.',
  microos:
    'A simulated openSUSE MicroOS machine: see a write to /usr fail, install a package into a new ' +
    'snapshot with transactional-update, reboot and roll back.',
  k3os:
    'A simulated k3OS machine: see a write to /usr fail, watch a change to /etc vanish at reboot, ' +
    'upgrade the system image and switch back.',
  nixos:
    'A simulated NixOS machine: see that the Nix store is read-only while /usr is not, declare a ' +
    'package, build a new generation and roll back.',
};

/** The lab overview page's description. */
export const LAB_INDEX_DESCRIPTION =
  'Try Fedora CoreOS, openSUSE MicroOS, k3OS and NixOS in the browser: find what is read-only, ' +
  'change the system the way each one allows, reboot and roll back.';
