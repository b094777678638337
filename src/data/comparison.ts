/**
 * The four systems side by side, as data: the docs section and the deck slide both render this
 * module (src/components/content/ComparisonTable.astro), and the e2e test compares what they show
 * with it. Each cell names its source (a URL listed in src/data/references.ts).
 */
import { SYSTEM_IDS, docsPagePath, systemName, type SystemId } from '../systems/registry.ts';

export interface ComparedSystem {
  id: SystemId;
  name: string;
  /** The docs page that explains the system. */
  page: string;
}

export interface ComparisonCell {
  text: string;
  /** Where a reader can check the cell. */
  source: string;
}

export interface ComparisonRow {
  id: string;
  label: string;
  /** Shown on the slide too; the deck keeps only the rows that fit a projected 16:9 slide. */
  inDeck: boolean;
  cells: Record<SystemId, ComparisonCell>;
}

/** The table's columns: every registered system, in the registry's order. */
export const COMPARED_SYSTEMS: ComparedSystem[] = SYSTEM_IDS.map((id) => ({
  id,
  name: systemName(id),
  page: docsPagePath(id),
}));

export const COMPARISON: ComparisonRow[] = [
  {
    id: 'base',
    label: 'Base',
    inDeck: false,
    cells: {
      fcos: {
        text: 'Fedora RPMs, built into images',
        source: 'https://docs.fedoraproject.org/en-US/fedora-coreos/faq/',
      },
      microos: { text: 'openSUSE Tumbleweed RPMs', source: 'https://en.opensuse.org/Portal:MicroOS' },
      k3os: { text: 'Alpine userland, Ubuntu kernel', source: 'https://github.com/rancher/k3os' },
      nixos: { text: 'Nixpkgs, independent', source: 'https://nixos.org/' },
    },
  },
  {
    id: 'read-only',
    label: 'Read-only part',
    inDeck: true,
    cells: {
      fcos: {
        text: '/usr and / (composefs since Fedora 41)',
        source: 'https://docs.fedoraproject.org/en-US/fedora-coreos/composefs/',
      },
      microos: {
        text: '/ with /usr: a read-only Btrfs snapshot',
        source: 'https://en.opensuse.org/Portal:MicroOS/Design',
      },
      k3os: { text: '/usr: a squashfs image', source: 'https://github.com/rancher/k3os#file-system-structure' },
      nixos: {
        text: '/nix/store (not /usr)',
        source: 'https://github.com/NixOS/nixpkgs/blob/master/nixos/modules/system/boot/stage-2.nix',
      },
    },
  },
  {
    id: 'writable',
    label: 'Writable parts',
    inDeck: false,
    cells: {
      fcos: {
        text: '/etc (one copy per deployment, merged on update), /var with /home',
        source: 'https://docs.fedoraproject.org/en-US/fedora-coreos/storage/',
      },
      microos: {
        text: '/etc (inside the snapshot), /var, /home, /root, /opt, /srv, /usr/local',
        source: 'https://github.com/openSUSE/transactional-update/blob/master/NEWS',
      },
      k3os: {
        text: '/etc (tmpfs, reset at boot), /var, /home, /opt, /usr/local',
        source: 'https://github.com/rancher/k3os#file-system-structure',
      },
      nixos: {
        text: '/, /var, /home; /etc is regenerated on activation',
        source: 'https://github.com/NixOS/nixpkgs/blob/master/nixos/modules/system/etc/setup-etc.pl',
      },
    },
  },
  {
    id: 'update-unit',
    label: 'Update unit',
    inDeck: true,
    cells: {
      fcos: {
        text: 'OSTree deployment, shipped as an OCI image since 2025',
        source: 'https://docs.fedoraproject.org/en-US/fedora-coreos/major-changes/',
      },
      microos: { text: 'Btrfs snapshot', source: 'https://github.com/openSUSE/transactional-update' },
      k3os: {
        text: 'kernel and root filesystem image',
        source: 'https://github.com/rancher/k3os#upgrade-and-maintenance',
      },
      nixos: { text: 'system generation', source: 'https://nixos.org/manual/nixos/stable/#sec-rollback' },
    },
  },
  {
    id: 'rollback',
    label: 'Rollback',
    inDeck: true,
    cells: {
      fcos: {
        text: 'rpm-ostree rollback; manual only',
        source: 'https://docs.fedoraproject.org/en-US/fedora-coreos/manual-rollbacks/',
      },
      microos: {
        text: 'transactional-update rollback; automatic via health-checker',
        source: 'https://github.com/openSUSE/health-checker',
      },
      k3os: {
        text: '"Previous" boot entry (probably kernel only; inferred)',
        source: 'https://github.com/rancher/k3os#upgrade-and-maintenance',
      },
      nixos: {
        text: 'nixos-rebuild switch --rollback; boot menu',
        source: 'https://nixos.org/manual/nixos/stable/#sec-rollback',
      },
    },
  },
  {
    id: 'provisioning',
    label: 'Provisioning tool',
    inDeck: false,
    cells: {
      fcos: {
        text: 'Ignition, written as Butane',
        source: 'https://docs.fedoraproject.org/en-US/fedora-coreos/producing-ign/',
      },
      microos: {
        text: 'Combustion, Ignition or cloud-init',
        source: 'https://en.opensuse.org/Portal:MicroOS/Combustion',
      },
      k3os: { text: 'config.yaml', source: 'https://github.com/rancher/k3os#configuration' },
      nixos: { text: 'configuration.nix', source: 'https://nixos.org/manual/nixos/stable/' },
    },
  },
  {
    id: 'packages',
    label: 'Package changes',
    inDeck: false,
    cells: {
      fcos: {
        text: 'rpm-ostree install (layering, at next boot); containers',
        source: 'https://github.com/coreos/rpm-ostree',
      },
      microos: {
        text: 'transactional-update pkg install (at next boot)',
        source: 'https://github.com/openSUSE/transactional-update',
      },
      k3os: { text: 'none; containers only', source: 'https://github.com/rancher/k3os' },
      nixos: { text: 'edit the configuration, nixos-rebuild switch', source: 'https://nixos.org/manual/nixos/stable/' },
    },
  },
  {
    id: 'status',
    label: 'Status in 2026',
    inDeck: true,
    cells: {
      fcos: {
        text: 'maintained; moving towards bootc',
        source: 'https://docs.fedoraproject.org/en-US/fedora-coreos/faq/',
      },
      microos: { text: 'maintained; desktops renamed Aeon and Kalpa', source: 'https://en.opensuse.org/Portal:Aeon' },
      k3os: { text: 'archived in 2023; successors Elemental, Kairos', source: 'https://github.com/rancher/k3os' },
      nixos: {
        text: 'maintained; new rebuild tools since 25.11',
        source: 'https://github.com/NixOS/nixpkgs/pull/415640',
      },
    },
  },
];
