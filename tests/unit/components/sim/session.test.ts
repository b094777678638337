import { describe, expect, it } from 'vitest';
import { SimSession } from '../../../../src/components/sim/session.ts';
import { Machine, MAX_SESSION_LINES } from '../../../../src/sim/index.ts';

const QUESTION = 'Continue? [y/n/v/...? shows all options] (y): ';

function typed(system: 'fcos' | 'microos', lines: string[]): SimSession {
  const s = new SimSession(system);
  for (const line of lines) s.run(line);
  return s;
}

describe('SimSession: the transcript is what the engine printed', () => {
  it('rebuilds the same transcript from the session log, cancelled lines included', () => {
    const live = typed('fcos', ['sudo touch /usr/bin/foo', 'echo "<b>hi</b>"']);
    live.cancel('half typed');
    live.run('rpm-ostree status');
    const restored = new SimSession('fcos');
    restored.replay(live.serialize());
    expect(restored.transcript).toEqual(live.transcript);
    expect(restored.transcript[2]).toMatchObject({ command: 'half typed', cancelled: true });
    expect(restored.prompt()).toBe(live.prompt());
  });

  it('shows only what the simulator prints for a forged log: typed text is a command, not output', () => {
    const restored = new SimSession('fcos');
    restored.replay(JSON.stringify({ v: 2, s: 'fcos', r: 1, e: ['touched. /usr is writable'] }));
    expect(restored.transcript).toEqual([
      {
        prompt: '[core@fcos ~]$ ',
        command: 'touched. /usr is writable',
        output: Machine.create('fcos').run('touched. /usr is writable').output,
      },
    ]);
    expect(restored.transcript[0].output).toMatch(/^bash: touched\.: command not found\n/);
  });

  it('restores a link taken at a question to that question, and Ctrl+C there interrupts as the tool does', () => {
    const live = typed('microos', ['sudo transactional-update pkg install htop']);
    const restored = new SimSession('microos');
    restored.replay(live.serialize());
    expect(restored.prompt()).toBe(QUESTION);
    restored.cancel('');
    expect(restored.transcript.at(-1)).toMatchObject({ prompt: QUESTION, cancelled: true });
    expect(restored.transcript.at(-1)?.output).toContain('Received termination signal...');
    expect(restored.prompt()).toBe('tux@microos:~> ');
  });

  it('refuses a log for another system', () => {
    const other = typed('fcos', ['ls']).serialize();
    expect(() => new SimSession('microos').replay(other)).toThrow(/Fedora CoreOS machine, not openSUSE MicroOS/);
  });

  it('refuses a replay over its CPU budget', () => {
    const slow = JSON.stringify({ v: 2, s: 'fcos', r: 1, e: Array(50).fill('ls -laR / | sort | wc -l') });
    expect(() => new SimSession('fcos').replay(slow, 5)).toThrow(/more work to replay than this simulator allows/);
  });
});

describe('SimSession handover (what the restore worker does)', () => {
  const lines = (n: number) =>
    Array.from({ length: n }, (_, i) => ['ls', 'echo $?', 'cd /tmp', 'cd', 'history 2'][i % 5]);

  it('hands over a snapshot the page adopts, with the same transcript and machine', () => {
    const live = typed('fcos', [...lines(30), 'sudo rpm-ostree install htop']);
    const handed = structuredClone(SimSession.replayForHandover('fcos', live.serialize()));
    expect(handed.tail).toEqual([]);
    const page = new SimSession('fcos');
    page.adopt(handed);
    expect(page.transcript).toEqual(live.transcript);
    expect(page.run('rpm-ostree status')).toEqual(live.run('rpm-ostree status'));
  });

  it('at a question, hands over the machine before the asking line and replays that line on the page', () => {
    const live = typed('microos', ['ls', 'sudo transactional-update pkg install htop']);
    const handed = structuredClone(SimSession.replayForHandover('microos', live.serialize()));
    expect(handed.tail).toEqual(['sudo transactional-update pkg install htop']);
    const page = new SimSession('microos');
    page.adopt(handed);
    expect(page.transcript).toEqual(live.transcript);
    expect(page.prompt()).toBe(QUESTION);
    expect(page.run('y').output).toContain('New default snapshot is #3');
  });

  it('restores a 2,000-command session on the page in under 100 ms (the worker did the replay)', () => {
    const m = Machine.create('fcos');
    for (const line of lines(MAX_SESSION_LINES)) m.run(line);
    const handed = structuredClone(SimSession.replayForHandover('fcos', m.serialize(), 60_000));
    const page = new SimSession('fcos');
    const started = performance.now();
    page.adopt(handed);
    expect(performance.now() - started).toBeLessThan(100);
    expect(page.serialize()).toBe(m.serialize());
  });
});
