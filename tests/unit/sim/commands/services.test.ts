import { describe, it, expect } from 'vitest';
import { run, machine } from '../helpers.ts';

describe('journalctl', () => {
  it('shows the boots, the reboot and the commands run through sudo', () => {
    const m = machine('fcos', 'sudo rpm-ostree install htop', 'sudo systemctl reboot');
    const all = run(m, 'journalctl');
    expect(all).toMatch(
      /fcos sudo\[\d+\]: +core : TTY=pts\/0 ; PWD=\/var\/home\/core ; USER=root ; COMMAND=\S*rpm-ostree install htop\n/,
    );
    expect(all).toContain('systemd-logind[812]: The system will reboot now!\n');
    expect(all).toMatch(/^-- Boot [0-9a-f]{32} --$/m);
    expect(run(m, 'journalctl -b')).not.toContain('rpm-ostree install');
    expect(run(m, 'journalctl -b -1')).toContain('rpm-ostree install htop');
    expect(run(m, 'journalctl --list-boots').trimEnd().split('\n')).toHaveLength(3);
  });
  it('filters by unit and says when nothing matches', () => {
    const m = machine('fcos', 'sudo touch /x');
    expect(run(m, 'journalctl -u session-1.scope')).toMatch(/COMMAND=\S+\/touch \/x\n/);
    expect(run(m, 'journalctl -u nothing')).toBe('-- No entries --\n');
    expect(run(m, 'journalctl -b 5')).toBe(
      'Data from the specified boot (4) is not available: No such boot ID in journal\n',
    );
  });
  it('takes entries a system module logs', () => {
    const m = machine('fcos');
    m.kernel.log('rpm-ostreed.service', 'Txn Rollback on /org/projectatomic/rpmostree1/fedora_coreos successful');
    expect(run(m, 'journalctl -u rpm-ostreed -n 1')).toMatch(/ fcos rpm-ostreed: Txn Rollback .* successful\n$/);
  });
  it('is not there on k3OS, which runs OpenRC', () => {
    expect(run(machine('k3os'), 'journalctl')).toBe('-bash: journalctl: command not found\n'.slice(1));
  });
});
