/**
 * Every source the site cites, in one list: the articles in content/, the glossary and the
 * comparison table link only to URLs listed here (a unit test checks it), and the references page
 * renders this list grouped by system.
 */

import { SYSTEM_REGISTRY, type SystemId } from '../systems/registry.ts';

export type { SystemId };

/** A reference group: one per system, plus sources that concern all of them. */
export type ReferenceGroup = 'general' | SystemId;

export interface Reference {
  url: string;
  /** What the reader finds there, in our words. */
  title: string;
  group: ReferenceGroup;
}

/** General sources first, then one group per system, in the registry's order and with its heading. */
export const REFERENCE_GROUPS: { id: ReferenceGroup; label: string }[] = [
  { id: 'general', label: 'General and cross-system' },
  ...SYSTEM_REGISTRY.map((s) => ({ id: s.id, label: s.referenceGroup })),
];

export const REFERENCES: Reference[] = [
  // General
  {
    group: 'general',
    url: 'https://docs.kernel.org/filesystems/overlayfs.html',
    title: 'Linux kernel documentation: overlay filesystem',
  },
  {
    group: 'general',
    url: 'https://docs.kernel.org/filesystems/squashfs.html',
    title: 'Linux kernel documentation: squashfs',
  },
  {
    group: 'general',
    url: 'https://btrfs.readthedocs.io/en/latest/Subvolumes.html',
    title: 'Btrfs documentation: subvolumes',
  },
  {
    group: 'general',
    url: 'https://github.com/containers/composefs',
    title: 'composefs: the read-only, content-addressed filesystem',
  },
  { group: 'general', url: 'https://podman.io/', title: 'Podman: daemonless containers' },
  {
    group: 'general',
    url: 'https://containertoolbx.org/',
    title: 'Toolbx: mutable containers for development on immutable hosts',
  },
  { group: 'general', url: 'https://cloudinit.readthedocs.io/', title: 'cloud-init documentation' },
  {
    group: 'general',
    url: 'https://kubernetes.io/docs/concepts/extend-kubernetes/api-extension/custom-resources/',
    title: 'Kubernetes documentation: custom resources and CRDs',
  },

  // Fedora CoreOS, OSTree, bootc
  {
    group: 'fcos',
    url: 'https://getfedora.org/coreos?stream=stable',
    title: 'Fedora CoreOS download page (the link shown in the talk)',
  },
  {
    group: 'fcos',
    url: 'https://docs.fedoraproject.org/en-US/fedora-coreos/getting-started/',
    title: 'Fedora CoreOS docs: getting started',
  },
  {
    group: 'fcos',
    url: 'https://docs.fedoraproject.org/en-US/fedora-coreos/storage/',
    title: 'Fedora CoreOS docs: storage and mounted filesystems',
  },
  {
    group: 'fcos',
    url: 'https://docs.fedoraproject.org/en-US/fedora-coreos/composefs/',
    title: 'Fedora CoreOS docs: composefs (read-only root since Fedora 41)',
  },
  {
    group: 'fcos',
    url: 'https://docs.fedoraproject.org/en-US/fedora-coreos/update-streams/',
    title: 'Fedora CoreOS docs: update streams',
  },
  {
    group: 'fcos',
    url: 'https://docs.fedoraproject.org/en-US/fedora-coreos/auto-updates/',
    title: 'Fedora CoreOS docs: auto-updates with Zincati',
  },
  {
    group: 'fcos',
    url: 'https://docs.fedoraproject.org/en-US/fedora-coreos/major-changes/',
    title: 'Fedora CoreOS docs: major changes (OCI updates, cgroups v1 removal)',
  },
  {
    group: 'fcos',
    url: 'https://docs.fedoraproject.org/en-US/fedora-coreos/producing-ign/',
    title: 'Fedora CoreOS docs: producing an Ignition config with Butane',
  },
  {
    group: 'fcos',
    url: 'https://docs.fedoraproject.org/en-US/fedora-coreos/faq/',
    title: 'Fedora CoreOS FAQ (relation to Fedora bootc)',
  },
  {
    group: 'fcos',
    url: 'https://github.com/coreos/fedora-coreos-tracker/issues/47',
    title: 'fedora-coreos-tracker#47: automatic rollback (still open)',
  },
  {
    group: 'fcos',
    url: 'https://github.com/coreos/fedora-coreos-tracker/issues/1726',
    title: 'fedora-coreos-tracker#1726: building Fedora CoreOS on bootc',
  },
  { group: 'fcos', url: 'https://github.com/coreos/zincati', title: 'Zincati, the Fedora CoreOS update agent' },
  { group: 'fcos', url: 'https://github.com/coreos/rpm-ostree', title: 'rpm-ostree: hybrid image and package system' },
  { group: 'fcos', url: 'https://github.com/coreos/ignition', title: 'Ignition: first-boot provisioning' },
  {
    group: 'fcos',
    url: 'https://coreos.github.io/butane/',
    title: 'Butane: human-friendly configs transpiled to Ignition',
  },
  { group: 'fcos', url: 'https://github.com/ostreedev/ostree', title: 'OSTree: versioned, bootable filesystem trees' },
  {
    group: 'fcos',
    url: 'https://github.com/ostreedev/ostree/blob/main/docs/atomic-upgrades.md',
    title: 'OSTree docs: atomic upgrades and the three-way /etc merge',
  },
  {
    group: 'fcos',
    url: 'https://github.com/ostreedev/ostree/blob/main/docs/deployment.md',
    title: 'OSTree docs: deployments and staging',
  },
  {
    group: 'fcos',
    url: 'https://github.com/ostreedev/ostree/blob/main/docs/adapting-existing.md',
    title: 'OSTree docs: adapting existing systems (/home, /opt, /usr/local into /var)',
  },
  { group: 'fcos', url: 'https://docs.fedoraproject.org/en-US/bootc/', title: 'Fedora bootc documentation' },
  {
    group: 'fcos',
    url: 'https://github.com/cncf/sandbox/issues/310',
    title: 'cncf/sandbox#310: bootc joins the CNCF Sandbox',
  },
  {
    group: 'fcos',
    url: 'https://fedoraproject.org/wiki/Changes/AtomicDesktops',
    title: 'Fedora change: Fedora Atomic Desktops (Fedora 40)',
  },

  // openSUSE MicroOS
  {
    group: 'microos',
    url: 'https://microos.opensuse.org/',
    title: 'openSUSE MicroOS website (the link shown in the talk)',
  },
  {
    group: 'microos',
    url: 'https://kubic.opensuse.org/',
    title: 'openSUSE Kubic website (the link shown in the talk)',
  },
  { group: 'microos', url: 'https://en.opensuse.org/Portal:MicroOS', title: 'openSUSE wiki: MicroOS portal' },
  {
    group: 'microos',
    url: 'https://en.opensuse.org/Portal:MicroOS/Design',
    title: 'openSUSE wiki: MicroOS design (read-only Btrfs root)',
  },
  {
    group: 'microos',
    url: 'https://en.opensuse.org/Portal:MicroOS/Combustion',
    title: 'openSUSE wiki: Combustion, first-boot configuration',
  },
  {
    group: 'microos',
    url: 'https://en.opensuse.org/Portal:Aeon',
    title: 'openSUSE wiki: Aeon (formerly MicroOS Desktop GNOME)',
  },
  {
    group: 'microos',
    url: 'https://github.com/openSUSE/transactional-update',
    title: 'transactional-update source and manual',
  },
  {
    group: 'microos',
    url: 'https://github.com/openSUSE/transactional-update/blob/master/NEWS',
    title: 'transactional-update NEWS (/etc as a Btrfs subvolume since 5.0)',
  },
  { group: 'microos', url: 'https://github.com/openSUSE/snapper', title: 'snapper: Btrfs snapshot management' },
  {
    group: 'microos',
    url: 'https://github.com/openSUSE/health-checker',
    title: 'health-checker: automatic rollback after a failed boot',
  },
  {
    group: 'microos',
    url: 'https://documentation.suse.com/sle-micro/6.1/',
    title: 'SUSE Linux Micro 6.1 documentation (formerly SLE Micro)',
  },

  // k3OS
  { group: 'k3os', url: 'https://k3os.io/', title: 'k3OS website (the link shown in the talk)' },
  { group: 'k3os', url: 'https://k3s.io/', title: 'k3s website (the link shown in the talk)' },
  { group: 'k3os', url: 'https://docs.k3s.io/', title: 'k3s documentation' },
  {
    group: 'k3os',
    url: 'https://github.com/rancher/k3os',
    title: 'k3OS README, with the project status (archived 2023)',
  },
  {
    group: 'k3os',
    url: 'https://github.com/rancher/k3os#file-system-structure',
    title: 'k3OS README: file system structure',
  },
  {
    group: 'k3os',
    url: 'https://github.com/rancher/k3os#configuration',
    title: 'k3OS README: configuration (and the operator "still in development")',
  },
  {
    group: 'k3os',
    url: 'https://github.com/rancher/k3os#upgrade-and-maintenance',
    title: 'k3OS README: upgrade and maintenance',
  },
  {
    group: 'k3os',
    url: 'https://github.com/rancher/k3os/blob/master/overlay/etc/inittab',
    title: 'k3OS inittab: BusyBox init with OpenRC is PID 1',
  },
  {
    group: 'k3os',
    url: 'https://github.com/rancher/system-upgrade-controller',
    title: 'system-upgrade-controller: upgrades through a Kubernetes Plan',
  },
  {
    group: 'k3os',
    url: 'https://elemental.docs.rancher.com/',
    title: 'Elemental documentation, the successor named by k3OS',
  },
  { group: 'k3os', url: 'https://kairos.io/', title: 'Kairos, an immutable meta-distribution for edge Kubernetes' },
  {
    group: 'k3os',
    url: 'https://github.com/cncf/sandbox/issues/52',
    title: 'cncf/sandbox#52: Kairos joins the CNCF Sandbox',
  },

  // NixOS
  { group: 'nixos', url: 'https://nixos.org/', title: 'NixOS website (the link shown in the talk)' },
  { group: 'nixos', url: 'https://nixos.org/manual/nixos/stable/', title: 'NixOS manual' },
  {
    group: 'nixos',
    url: 'https://nixos.org/manual/nixos/stable/#sec-rollback',
    title: 'NixOS manual: rolling back configuration changes',
  },
  {
    group: 'nixos',
    url: 'https://nixos.org/manual/nix/stable/language/',
    title: 'Nix reference manual: the Nix language',
  },
  {
    group: 'nixos',
    url: 'https://github.com/NixOS/nixpkgs/blob/master/nixos/modules/system/etc/setup-etc.pl',
    title: 'nixpkgs: setup-etc.pl, how /etc is generated',
  },
  {
    group: 'nixos',
    url: 'https://github.com/NixOS/nixpkgs/tree/master/nixos/modules/system/etc',
    title: 'nixpkgs: the NixOS /etc module (including the overlay /etc)',
  },
  {
    group: 'nixos',
    url: 'https://github.com/NixOS/nixpkgs/blob/master/nixos/modules/system/boot/stage-2.nix',
    title: 'nixpkgs: stage-2.nix, the read-only Nix store mount',
  },
  {
    group: 'nixos',
    url: 'https://github.com/NixOS/nixpkgs/pull/415640',
    title: 'nixpkgs#415640: nixos-rebuild-ng becomes the default',
  },
  {
    group: 'nixos',
    url: 'https://github.com/NixOS/nixpkgs/pull/339727',
    title: 'nixpkgs#339727: switch-to-configuration-ng becomes the default',
  },
];

const byUrl = new Map(REFERENCES.map((r) => [r.url, r]));

/** The reference for a URL; throws at build time when a data module cites an unlisted source. */
export function reference(url: string): Reference {
  const found = byUrl.get(url);
  if (!found) throw new Error(`src/data/references.ts: "${url}" is cited but not listed`);
  return found;
}
