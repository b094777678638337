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

  {
    group: 'general',
    url: 'https://man7.org/linux/man-pages/man8/mount.8.html',
    title: 'mount(8) manual page: bind mounts',
  },
  {
    group: 'general',
    url: 'https://docs.kernel.org/filesystems/tmpfs.html',
    title: 'Linux kernel documentation: tmpfs',
  },
  {
    group: 'general',
    url: 'https://docs.kernel.org/filesystems/ramfs-rootfs-initramfs.html',
    title: 'Linux kernel documentation: ramfs, rootfs and initramfs',
  },
  {
    group: 'general',
    url: 'https://docs.kernel.org/admin-guide/device-mapper/verity.html',
    title: 'Linux kernel documentation: dm-verity',
  },
  {
    group: 'general',
    url: 'https://kubernetes.io/docs/concepts/overview/',
    title: 'Kubernetes documentation: overview',
  },
  {
    group: 'general',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    title: "Creative Commons Attribution-ShareAlike 4.0 (the license of this site's prose)",
  },
  { group: 'general', url: 'https://www.flatcar.org/', title: 'Flatcar Container Linux' },
  { group: 'general', url: 'https://www.talos.dev/', title: 'Talos Linux' },
  {
    group: 'general',
    url: 'https://github.com/bottlerocket-os/bottlerocket/blob/develop/SECURITY_FEATURES.md',
    title: 'Bottlerocket: security features (dm-verity root, A/B updates)',
  },
  { group: 'general', url: 'https://ubuntu.com/core', title: 'Ubuntu Core' },
  { group: 'general', url: 'https://universal-blue.org/', title: 'Universal Blue: images derived from Fedora Atomic' },
  { group: 'general', url: 'https://bazzite.gg/', title: 'Bazzite, a Universal Blue image for gaming' },
  {
    group: 'general',
    url: 'https://github.com/ostreedev/ostree/blob/462046551181b14c91668eb5378a70ba18607ddd/man/ostree-admin-unlock.xml',
    title: 'ostree-admin-unlock(1): a writable overlay over /usr, transient or as a hotfix',
  },
  {
    group: 'general',
    url: 'https://github.com/ostreedev/ostree/blob/462046551181b14c91668eb5378a70ba18607ddd/docs/composefs.md#signatures',
    title: 'ostree: composefs with fs-verity and signed commits',
  },
  {
    group: 'general',
    url: 'https://github.com/bootc-dev/bootc/blob/534c76ea474a356aa288f6767635e579ea2614d5/docs/src/experimental-composefs.md#how-sealed-images-work',
    title: 'bootc: sealed composefs images (experimental)',
  },
  {
    group: 'general',
    url: 'https://github.com/bootc-dev/bootc/blob/534c76ea474a356aa288f6767635e579ea2614d5/docs/src/man/bootc-switch.8.md',
    title: 'bootc-switch(8): point a system at another container image',
  },
  {
    group: 'general',
    url: 'https://docs.redhat.com/en/documentation/red_hat_enterprise_linux/9/html-single/using_image_mode_for_rhel_to_build_deploy_and_manage_operating_systems/index',
    title: 'Red Hat: using image mode for RHEL',
  },

  // Fedora CoreOS, OSTree, bootc
  {
    group: 'fcos',
    url: 'https://getfedora.org/coreos?stream=stable',
    title: 'Fedora CoreOS download page (the link shown in the talk; historical, now fedoraproject.org/coreos)',
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
    title: 'openSUSE Kubic website (the link shown in the talk; historical, Kubic was retired in 2022)',
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
  {
    group: 'k3os',
    url: 'https://k3os.io/',
    title: 'k3OS website (the link shown in the talk; historical, k3OS is archived)',
  },
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
    url: 'https://github.com/rancher/k3os/blob/8cdfdf2675f1a4c06b2413fa8e3b669a8729a4a2/overlay/etc/inittab',
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
  {
    group: 'general',
    url: 'https://github.com/fedora-iot/greenboot',
    title: 'greenboot: health checks with automatic rollback (Fedora IoT)',
  },
  {
    group: 'fcos',
    url: 'https://fedoraproject.org/coreos/',
    title: 'Fedora CoreOS download page today',
  },
  {
    group: 'fcos',
    url: 'https://docs.fedoraproject.org/en-US/fedora-coreos/faq/#_what_is_the_format_of_the_version_number',
    title: 'Fedora CoreOS FAQ: the format of the version number',
  },
  {
    group: 'fcos',
    url: 'https://docs.fedoraproject.org/en-US/fedora-coreos/faq/#_how_does_fedora_coreos_relate_to_fedora_bootc',
    title: 'Fedora CoreOS FAQ: Fedora CoreOS and Fedora bootc',
  },
  {
    group: 'fcos',
    url: 'https://docs.fedoraproject.org/en-US/fedora-coreos/major-changes/#_switch_to_oci_updates',
    title: 'Fedora CoreOS major changes: switch to OCI updates',
  },
  {
    group: 'fcos',
    url: 'https://docs.fedoraproject.org/en-US/fedora-coreos/manual-rollbacks/',
    title: 'Fedora CoreOS docs: manual rollbacks',
  },
  {
    group: 'fcos',
    url: 'https://docs.fedoraproject.org/en-US/fedora-coreos/migrate-cl/',
    title: 'Fedora CoreOS docs: migrating from CoreOS Container Linux',
  },
  {
    group: 'fcos',
    url: 'https://docs.fedoraproject.org/en-US/fedora-coreos/update-streams/#_switching_to_a_different_stream',
    title: 'Fedora CoreOS docs: switching to a different stream',
  },
  {
    group: 'fcos',
    url: 'https://github.com/coreos/fedora-coreos-tracker/issues/2029',
    title: 'fedora-coreos-tracker#2029: container signature verification for updates',
  },
  {
    group: 'fcos',
    url: 'https://github.com/rpm-software-management/dnf5/pull/2133',
    title: 'dnf5#2133: an error message on read-only image-mode systems',
  },
  {
    group: 'fcos',
    url: 'https://packages.fedoraproject.org/pkgs/fedora-release/fedora-release-cosmic-atomic/',
    title: 'Fedora packages: fedora-release-cosmic-atomic',
  },
  {
    group: 'fcos',
    url: 'https://fedoramagazine.org/announcing-fedora-37/',
    title: 'Fedora Magazine: announcing Fedora Linux 37 (CoreOS becomes an edition)',
  },
  {
    group: 'fcos',
    url: 'https://coreos.github.io/rpm-ostree/container/',
    title: 'rpm-ostree: ostree native containers and rebasing to an image',
  },
  {
    group: 'microos',
    url: 'https://en.opensuse.org/Portal:Kalpa',
    title: 'openSUSE wiki: Kalpa, the KDE desktop on MicroOS',
  },
  {
    group: 'microos',
    url: 'https://github.com/kubic-project/community',
    title: 'kubic-project/community, archived in May 2022',
  },
  {
    group: 'microos',
    url: 'https://github.com/openSUSE/transactional-update/blob/aee1e1b5ab80de49a554377c9888e490cfb012a2/NEWS',
    title: 'transactional-update NEWS (permalink)',
  },
  {
    group: 'k3os',
    url: 'https://github.com/rancher/k3os/blob/8cdfdf2675f1a4c06b2413fa8e3b669a8729a4a2/README.md#project-status',
    title: 'k3OS README at its final commit: project status',
  },
  {
    group: 'k3os',
    url: 'https://github.com/rancher/k3os/blob/8cdfdf2675f1a4c06b2413fa8e3b669a8729a4a2/README.md#upgrade-and-maintenance',
    title: 'k3OS README at its final commit: upgrade and maintenance',
  },
  {
    group: 'nixos',
    url: 'https://github.com/NixOS/nix/blob/88b09c64fbea076a0376830d98e5331f70ed31a3/src/libutil/experimental-features.cc#L77',
    title: 'Nix source: flakes are an experimental feature',
  },
  {
    group: 'nixos',
    url: 'https://github.com/NixOS/nixpkgs',
    title: 'Nixpkgs repository',
  },
  {
    group: 'nixos',
    url: 'https://nix.dev/manual/nix/stable/command-ref/new-cli/nix3-flake.html',
    title: 'Nix manual: nix flake',
  },
  {
    group: 'nixos',
    url: 'https://nix.dev/manual/nix/stable/language/derivations.html',
    title: 'Nix manual: derivations',
  },
  {
    group: 'nixos',
    url: 'https://nixos.org/manual/nixos/stable/#ch-containers',
    title: 'NixOS manual: containers',
  },
  {
    group: 'nixos',
    url: 'https://nixos.org/manual/nixos/stable/#sec-installation',
    title: 'NixOS manual: installation',
  },
  {
    group: 'nixos',
    url: 'https://nixos.org/manual/nixos/stable/#sec-upgrading',
    title: 'NixOS manual: upgrading NixOS (channels)',
  },
];

const byUrl = new Map(REFERENCES.map((r) => [r.url, r]));

/** The reference for a URL; throws at build time when a data module cites an unlisted source. */
export function reference(url: string): Reference {
  const found = byUrl.get(url);
  if (!found) throw new Error(`src/data/references.ts: "${url}" is cited but not listed`);
  return found;
}
