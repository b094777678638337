// The talk's story per system, as data a page can play step by step. SCENARIOS holds each
// system's guided tour (the lab and the "Try it" slides); PAGE_SCENARIOS holds shorter
// demonstrations that a page picks by id (`<SimMachine scenario="fcos-read-only">`), so each
// simulator's transcript shows what its own section is about.
import type { SystemId } from './kernel.ts';

export interface ScenarioStep {
  command: string;
  caption: string;
}
export interface Scenario {
  system: SystemId;
  title: string;
  steps: ScenarioStep[];
}

export const SCENARIOS: Record<SystemId, Scenario> = {
  fcos: {
    system: 'fcos',
    title: 'Fedora CoreOS: layer a package, reboot into it, roll back',
    steps: [
      {
        command: 'sudo touch /usr/bin/foo',
        caption: 'Even root cannot write to /usr: it is part of the read-only composefs image.',
      },
      { command: 'rpm-ostree status', caption: 'One deployment, booted (●), updated from an OCI image.' },
      {
        command: 'sudo rpm-ostree install htop',
        caption: 'Layering a package builds a new deployment and stages it for the next boot.',
      },
      { command: 'htop --version', caption: 'The running system is unchanged until the reboot.' },
      { command: 'rpm-ostree status', caption: 'Two deployments now: the staged one on top, the booted one below.' },
      { command: 'sudo systemctl reboot', caption: 'Reboot into the new deployment.' },
      { command: 'htop --version', caption: 'htop is there now.' },
      { command: 'sudo rpm-ostree rollback', caption: 'Rollback makes the previous deployment the default again.' },
      { command: 'sudo systemctl reboot', caption: 'Reboot into the old deployment.' },
      {
        command: 'rpm-ostree status',
        caption: 'Back on the deployment without htop; the other one stays as the rollback target.',
      },
    ],
  },
  microos: {
    system: 'microos',
    title: 'openSUSE MicroOS: install into a new snapshot, reboot, roll back',
    steps: [
      {
        command: 'sudo touch /usr/bin/foo',
        caption: 'The root file system is a read-only btrfs snapshot, for root too.',
      },
      { command: 'sudo zypper install htop', caption: 'zypper refuses on a transactional system.' },
      {
        command: 'sudo transactional-update -n pkg install htop',
        caption: 'transactional-update installs into a new snapshot and makes it the default.',
      },
      { command: 'sudo snapper list', caption: 'The new snapshot is marked + (next boot); the running one - .' },
      { command: 'sudo reboot', caption: 'Reboot into the new snapshot.' },
      { command: 'htop --version', caption: 'htop is there now.' },
      {
        command: 'sudo transactional-update rollback 2',
        caption: 'Roll back: make the old snapshot the default again.',
      },
      { command: 'sudo reboot', caption: 'Reboot into the old snapshot.' },
      { command: 'sudo snapper list', caption: 'Snapshot 2 is booted and default (*); snapshot 3 is still there.' },
    ],
  },
  k3os: {
    system: 'k3os',
    title: 'k3OS: a read-only squashfs, an ephemeral /etc, a manual upgrade and an unofficial switch back',
    steps: [
      { command: 'sudo touch /usr/bin/foo', caption: '/usr is a read-only squashfs: writes fail even for root.' },
      {
        command: "echo 'hello' | sudo tee /etc/motd-test",
        caption: '/etc takes the write: it is a tmpfs, filled from the image at every boot.',
      },
      { command: 'sudo rc-status', caption: 'k3s is an OpenRC service, not PID 1.' },
      { command: 'ls -l /k3os/system/k3os', caption: 'Images sit side by side; current and previous are symlinks.' },
      {
        command: 'sudo /usr/share/rancher/k3os/scripts/k3os-upgrade-rootfs',
        caption:
          'Upgrade by hand with the script the README calls deprecated (documented: label k3os.io/upgrade=latest).',
      },
      { command: 'sudo reboot', caption: 'Reboot into the new image.' },
      { command: 'cat /etc/motd-test', caption: 'The change to /etc is gone: lasting settings belong in config.yaml.' },
      { command: 'cat /etc/os-release', caption: 'Running the new release.' },
      {
        command: 'sudo mount -o remount,rw /k3os/system',
        caption: 'Unofficial: k3OS documents no rollback. Make the image store writable…',
      },
      {
        command:
          'sudo ln -sfn v0.21.5-k3s2r1 /k3os/system/k3os/current && sudo ln -sfn v1.21.5+k3s2 /k3os/system/k3s/current',
        caption: '…and point the current links back at the previous images by hand.',
      },
      { command: 'sudo reboot', caption: 'Reboot into the old image.' },
      { command: 'cat /etc/os-release', caption: 'Back on the previous release.' },
    ],
  },
  nixos: {
    system: 'nixos',
    title: 'NixOS: declare a package, build a generation, roll back',
    steps: [
      { command: 'sudo touch /nix/store/foo', caption: 'The Nix store is the read-only part, even for root.' },
      { command: 'sudo touch /usr/bin/foo', caption: '/usr is not: it is almost empty and writable by root.' },
      {
        command: "sudo sed -i 's/vim wget/vim wget htop/' /etc/nixos/configuration.nix",
        caption: 'Declare htop in configuration.nix.',
      },
      { command: 'sudo nixos-rebuild switch', caption: 'Build and activate a new generation.' },
      { command: 'htop --version', caption: 'htop is available at once: switch activates immediately.' },
      {
        command: 'sudo nix-env --list-generations --profile /nix/var/nix/profiles/system',
        caption: 'Two generations; the new one is current.',
      },
      { command: 'sudo nixos-rebuild switch --rollback', caption: 'Roll back to the previous generation.' },
      { command: 'htop --version', caption: 'htop is gone again; generation 2 is still there.' },
    ],
  },
};

/** Demonstrations a page picks by id; each belongs to one system. */
export const PAGE_SCENARIOS: Record<string, Scenario> = {
  'fcos-read-only': {
    system: 'fcos',
    title: 'Fedora CoreOS: what is read-only and what is not',
    steps: [
      {
        command: 'sudo touch /usr/bin/foo',
        caption: 'Writing to /usr fails, even for root: the mount is read-only.',
      },
      { command: 'sudo mkdir /foo', caption: 'So does a new top-level directory: / is read-only too (composefs).' },
      { command: 'touch ~/notes.txt', caption: 'Your home directory takes the write.' },
      {
        command: 'readlink -f ~/notes.txt',
        caption: 'Because /home is a link into /var, which is writable and kept across updates.',
      },
      {
        command: "echo 'Welcome' | sudo tee /etc/motd",
        caption: '/etc is writable too: each deployment has its own copy, merged on update.',
      },
    ],
  },
};

/** The scenario a simulator plays: the page's choice by id, or the system's guided tour. */
export function scenarioById(system: SystemId, id?: string): Scenario {
  if (!id) return SCENARIOS[system];
  const found = PAGE_SCENARIOS[id];
  if (!found) throw new Error(`Unknown scenario "${id}"; known: ${Object.keys(PAGE_SCENARIOS).join(', ')}`);
  if (found.system !== system) throw new Error(`Scenario "${id}" is for ${found.system}, not ${system}`);
  return found;
}
