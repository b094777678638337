/**
 * The glossary: each term a reader meets, defined in our words, with a source. The glossary page
 * renders this list (one anchor per term, the slug of the term), and the Markdown plugin
 * src/markdown/glossary-links.ts links the first use of each term on every docs page to it.
 */

export interface GlossaryTerm {
  term: string;
  /** Our short definition. */
  definition: string;
  /** A URL listed in src/data/references.ts. */
  source: string;
  /** Other spellings and inflections that count as a use of the term (matched as whole words, any case). */
  forms?: string[];
  /** Page slugs where the term is linked; for words with an everyday meaning too. Default: every page. */
  pages?: string[];
}

export const GLOSSARY: GlossaryTerm[] = [
  {
    term: 'activation',
    definition:
      'On NixOS, the step that makes a built system live: it points /run/current-system at it, regenerates /etc and starts, stops or restarts the services that changed.',
    source: 'https://nixos.org/manual/nixos/stable/',
    forms: ['activate', 'activates'],
    pages: ['nixos'],
  },
  {
    term: 'Aeon',
    definition:
      'openSUSE Aeon, the GNOME desktop built on MicroOS (formerly MicroOS Desktop); Kalpa is its KDE sibling.',
    source: 'https://en.opensuse.org/Portal:Aeon',
  },
  {
    term: 'atomic update',
    definition:
      'An update that is applied completely or not at all: the new system is prepared next to the running one and switched to in one step, so an interruption leaves the old system intact.',
    source: 'https://github.com/ostreedev/ostree/blob/main/docs/atomic-upgrades.md',
    forms: ['atomic updates'],
  },
  {
    term: 'bootc',
    definition:
      'Bootable containers: a tool that installs, upgrades and rolls back an operating system built as an ordinary OCI container image. A CNCF Sandbox project since 2025.',
    source: 'https://docs.fedoraproject.org/en-US/bootc/',
  },
  {
    term: 'Btrfs subvolume',
    definition:
      'A separately mountable and snapshottable tree inside one Btrfs filesystem. MicroOS keeps /var, /home and other data in subvolumes of their own so that a rollback of the root does not touch them.',
    source: 'https://btrfs.readthedocs.io/en/latest/Subvolumes.html',
    forms: ['Btrfs subvolumes', 'subvolume', 'subvolumes'],
  },
  {
    term: 'Butane',
    definition:
      'A YAML format for Fedora CoreOS configuration, and the tool that translates it into the JSON that Ignition reads.',
    source: 'https://coreos.github.io/butane/',
  },
  {
    term: 'cloud-init',
    definition:
      'The common first-boot tool of cloud images: it reads user data from the cloud provider (SSH keys, users, files, commands) and applies it. MicroOS supports it besides Combustion and Ignition.',
    source: 'https://cloudinit.readthedocs.io/',
  },
  {
    term: 'Combustion',
    definition:
      'MicroOS first-boot configuration: a shell script on a disk labelled "combustion" (or "ignition"), run once inside a new snapshot.',
    source: 'https://en.opensuse.org/Portal:MicroOS/Combustion',
  },
  {
    term: 'composefs',
    definition:
      'A read-only overlay filesystem made from a small metadata image and content-addressed files. Fedora CoreOS mounts its root with it since Fedora 41, so / cannot be written at all.',
    source: 'https://github.com/containers/composefs',
  },
  {
    term: 'CRD',
    definition:
      'Custom Resource Definition: a way to add new object types to the Kubernetes API, so that something other than containers (an OS upgrade plan, a machine) can be managed with kubectl.',
    source: 'https://kubernetes.io/docs/concepts/extend-kubernetes/api-extension/custom-resources/',
    forms: ['CRDs', 'custom resources', 'custom resource'],
  },
  {
    term: 'deployment',
    definition:
      'On OSTree systems such as Fedora CoreOS, one bootable version of the operating system on disk, with its own /etc. Usually there are two: the booted one and the previous or the next.',
    source: 'https://github.com/ostreedev/ostree/blob/main/docs/deployment.md',
    forms: ['deployments'],
    pages: ['coreos', 'immutability', 'conclusion'],
  },
  {
    term: 'Elemental',
    definition:
      "SUSE and Rancher's toolkit and Kubernetes operator for image-based, immutable OS installs managed through CRDs; the successor named by k3OS.",
    source: 'https://elemental.docs.rancher.com/',
  },
  {
    term: 'Fedora Atomic Desktops',
    definition:
      "Since Fedora 40, the common name of Fedora's OSTree-based desktops: Silverblue, Kinoite, Sway Atomic and Budgie Atomic, joined by COSMIC Atomic in Fedora 42.",
    source: 'https://fedoraproject.org/wiki/Changes/AtomicDesktops',
  },
  {
    term: 'generation',
    definition:
      'On NixOS, one numbered version of the system profile. Each rebuild that changes the system adds a generation; older ones stay bootable until garbage-collected.',
    source: 'https://nixos.org/manual/nixos/stable/#sec-rollback',
    forms: ['generations'],
  },
  {
    term: 'health-checker',
    definition:
      'The MicroOS service that checks a freshly updated system at boot and, if it did not come up correctly, rolls back to the last snapshot that worked.',
    source: 'https://github.com/openSUSE/health-checker',
  },
  {
    term: 'Ignition',
    definition:
      'The first-boot provisioning tool of Fedora CoreOS (also usable on MicroOS): it reads a JSON config once, in the initramfs, and partitions disks, writes files and creates users before the system starts.',
    source: 'https://github.com/coreos/ignition',
  },
  {
    term: 'k3s',
    definition: 'A small Kubernetes distribution in a single binary, made by Rancher; k3OS existed to run it.',
    source: 'https://docs.k3s.io/',
  },
  {
    term: 'Kairos',
    definition:
      'A community "meta-distribution" that turns a Linux distribution into an immutable, image-based system for edge Kubernetes, with A/B upgrades from OCI images. In the CNCF Sandbox since 2024.',
    source: 'https://kairos.io/',
  },
  {
    term: 'layering',
    definition:
      'On Fedora CoreOS, adding an RPM package on top of the base image with rpm-ostree install: a new deployment is built with the package and becomes active at the next boot.',
    source: 'https://github.com/coreos/rpm-ostree',
    forms: ['layers', 'layered'],
    pages: ['coreos', 'conclusion'],
  },
  {
    term: 'Nix language',
    definition: 'The small, functional language in which Nix packages and NixOS configurations are written.',
    source: 'https://nixos.org/manual/nix/stable/language/',
  },
  {
    term: 'Nix store',
    definition:
      'The directory /nix/store, where Nix keeps every package and generated file under a name derived from a hash of its inputs. On NixOS it is the read-only part of the system.',
    source: 'https://github.com/NixOS/nixpkgs/blob/master/nixos/modules/system/boot/stage-2.nix',
  },
  {
    term: 'OCI image',
    definition:
      'A container image in the Open Container Initiative format, as pushed to registries such as quay.io. Fedora CoreOS and bootc ship whole operating systems this way.',
    source: 'https://docs.fedoraproject.org/en-US/fedora-coreos/major-changes/',
    forms: ['OCI images', 'OCI'],
  },
  {
    term: 'OSTree',
    definition:
      'A system for storing, shipping and booting complete operating system trees, described as "Git for operating system binaries". The base of Fedora CoreOS and the Fedora Atomic Desktops.',
    source: 'https://github.com/ostreedev/ostree',
  },
  {
    term: 'overlayfs',
    definition:
      'A Linux filesystem that shows a writable upper directory on top of read-only lower ones. MicroOS used it for /etc until 2025.',
    source: 'https://docs.kernel.org/filesystems/overlayfs.html',
    forms: ['overlay'],
  },
  {
    term: 'pinning',
    definition:
      'Marking an OSTree deployment so it is never cleaned up, keeping a known-good version around for as long as you want (ostree admin pin).',
    source: 'https://github.com/ostreedev/ostree/blob/main/docs/deployment.md',
    forms: ['pin', 'pinned'],
    pages: ['coreos'],
  },
  {
    term: 'Podman',
    definition:
      "A daemonless container engine compatible with Docker's command line; the default way to run containers on Fedora CoreOS.",
    source: 'https://podman.io/',
  },
  {
    term: 'profile',
    definition:
      'In Nix, a link that points at the current generation; the NixOS system profile is /nix/var/nix/profiles/system.',
    source: 'https://nixos.org/manual/nixos/stable/#sec-rollback',
    forms: ['profiles'],
    pages: ['nixos'],
  },
  {
    term: 'snapper',
    definition: "openSUSE's tool for managing Btrfs snapshots: it lists, compares, deletes and rolls back to them.",
    source: 'https://github.com/openSUSE/snapper',
  },
  {
    term: 'snapshot',
    definition:
      'A frozen copy of a Btrfs subvolume that costs almost no space at first. On MicroOS every update is a new read-only snapshot of the root.',
    source: 'https://en.opensuse.org/Portal:MicroOS/Design',
    forms: ['snapshots'],
  },
  {
    term: 'squashfs',
    definition: 'A compressed, read-only Linux filesystem image; k3OS ships its /usr as one.',
    source: 'https://docs.kernel.org/filesystems/squashfs.html',
  },
  {
    term: 'staging',
    definition:
      'Preparing a new deployment while the old one runs, to become active at the next boot; OSTree finishes the /etc merge at shutdown so late edits are kept.',
    source: 'https://github.com/ostreedev/ostree/blob/main/docs/deployment.md',
    forms: ['staged', 'stages', 'stage'],
    pages: ['coreos'],
  },
  {
    term: 'system-upgrade-controller',
    definition:
      "Rancher's Kubernetes controller that runs upgrade jobs on nodes according to a Plan resource; k3OS used it for upgrades.",
    source: 'https://github.com/rancher/system-upgrade-controller',
  },
  {
    term: 'three-way merge',
    definition:
      'How OSTree carries /etc into a new deployment: files you changed keep your version, files you left alone follow the new defaults.',
    source: 'https://github.com/ostreedev/ostree/blob/main/docs/atomic-upgrades.md',
  },
  {
    term: 'Toolbx',
    definition:
      'A tool that opens a mutable container sharing your home directory, where package managers work as usual; made for immutable hosts such as Fedora CoreOS (formerly Toolbox).',
    source: 'https://containertoolbx.org/',
    forms: ['Toolbox'],
  },
  {
    term: 'transactional update',
    definition:
      "MicroOS's way to change the system: transactional-update writes the change into a new snapshot that becomes the root at the next boot, leaving the running system untouched.",
    source: 'https://github.com/openSUSE/transactional-update',
    forms: ['transactional updates', 'transactional-update'],
  },
  {
    term: 'Zincati',
    definition:
      'The Fedora CoreOS update agent: it checks for new releases, stages them with rpm-ostree and reboots according to a strategy.',
    source: 'https://github.com/coreos/zincati',
  },
  {
    term: 'bind mount',
    definition:
      'A second view of a directory mounted at another place, possibly with other options; a read-only bind mount makes a directory read-only there while the filesystem underneath stays writable.',
    source: 'https://man7.org/linux/man-pages/man8/mount.8.html',
    forms: ['bind mounts'],
  },
  {
    term: 'derivation',
    definition:
      'In Nix, the precise build recipe for one store path: its inputs, builder and environment. Building a derivation produces the path its hash names.',
    source: 'https://nix.dev/manual/nix/stable/language/derivations.html',
    forms: ['derivations'],
    pages: ['nixos'],
  },
  {
    term: 'flake',
    definition:
      'A Nix project with a flake.nix that names its inputs and outputs, and a flake.lock that pins every input to an exact revision, so the same flake builds the same result.',
    source: 'https://nix.dev/manual/nix/stable/command-ref/new-cli/nix3-flake.html',
    forms: ['flakes'],
  },
  {
    term: 'greenboot',
    definition:
      "Fedora IoT's health checks at boot: if the checks fail after an update, the system reboots into the previous deployment. Not part of Fedora CoreOS.",
    source: 'https://github.com/fedora-iot/greenboot',
  },
  {
    term: 'image-based system',
    definition:
      'A system whose operating system arrives and is replaced as a whole, prepared image (a deployment, snapshot, system image or generation) instead of package by package; also called an immutable system, because that part is read-only while it runs.',
    source: 'https://docs.fedoraproject.org/en-US/bootc/',
    forms: ['immutable system', 'immutable systems', 'image-based systems'],
  },
  {
    term: 'initramfs',
    definition:
      'The small temporary root filesystem the kernel unpacks at boot; it prepares the real root and then hands over. Ignition runs in it.',
    source: 'https://docs.kernel.org/filesystems/ramfs-rootfs-initramfs.html',
  },
  {
    term: 'Kubernetes',
    definition:
      'The container orchestrator: it runs containers across a cluster of machines and keeps them in the state that resources such as Deployments and CRDs describe.',
    source: 'https://kubernetes.io/docs/concepts/overview/',
  },
  {
    term: 'Nixpkgs',
    definition:
      'The collection of package and NixOS module definitions that NixOS is built from, one Git repository; a channel or flake input says which revision of it a system uses.',
    source: 'https://github.com/NixOS/nixpkgs',
  },
  {
    term: 'rpm-ostree',
    definition:
      'The Fedora tool that manages OSTree deployments built from RPMs: it updates, rebases, layers packages onto a new deployment and rolls back.',
    source: 'https://github.com/coreos/rpm-ostree',
  },
  {
    term: 'Silverblue',
    definition:
      "Fedora's GNOME desktop built like Fedora CoreOS, with OSTree and Flatpak apps; one of the Fedora Atomic Desktops.",
    source: 'https://fedoraproject.org/wiki/Changes/AtomicDesktops',
  },
  {
    term: 'SUSE Linux Micro',
    definition: "SUSE's enterprise counterpart to MicroOS, called SLE Micro before version 6; Elemental builds on it.",
    source: 'https://documentation.suse.com/sle-micro/6.1/',
    forms: ['SLE Micro'],
  },
  {
    term: 'tmpfs',
    definition:
      "A filesystem that lives in memory and is empty at every boot; k3OS's /etc and MicroOS's /tmp are tmpfs.",
    source: 'https://docs.kernel.org/filesystems/tmpfs.html',
  },
];

/** The anchor of a term on the glossary page: lower case, words joined by hyphens. */
export function glossarySlug(term: string): string {
  return term
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-');
}

/** The glossary in alphabetical order, grouped by first letter: the A-Z index of the glossary page. */
export function glossaryByLetter(): { letter: string; id: string; terms: GlossaryTerm[] }[] {
  const sorted = [...GLOSSARY].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
  const groups: { letter: string; id: string; terms: GlossaryTerm[] }[] = [];
  for (const t of sorted) {
    const letter = t.term[0].toUpperCase();
    if (groups.at(-1)?.letter !== letter) groups.push({ letter, id: `letter-${letter.toLowerCase()}`, terms: [] });
    groups.at(-1)!.terms.push(t);
  }
  return groups;
}
