import { describe, expect, it } from 'vitest';
import {
  decodeShare,
  encodeShare,
  shareCodeFromHash,
  ShareLinkError,
  SHARE_VERSION,
} from '../../../../src/components/sim/share-codec.ts';

const session = {
  system: 'fcos',
  machine: 'v1.fcos.0.abc.WyJ0b3VjaCJd',
  transcript: [
    {
      prompt: '[core@fcos ~]$ ',
      command: 'touch /usr/bin/foo',
      output: "touch: cannot touch '/usr/bin/foo': Read-only file system\n",
    },
    { prompt: '[core@fcos ~]$ ', command: 'half a line', output: '', cancelled: true },
    { prompt: 'Continue? [y/n] ', command: 'y', output: 'ünïcødé <b>not html</b>' },
  ],
};

describe('share link codec', () => {
  it('round-trips machine and transcript exactly', async () => {
    const code = await encodeShare(session);
    expect(code.startsWith(`${SHARE_VERSION}.`)).toBe(true);
    expect(code).toMatch(/^[0-9]+\.[A-Za-z0-9_-]+$/);
    expect(await decodeShare(code)).toEqual(session);
  });

  it('keeps a long session short enough for a link', async () => {
    const transcript = Array.from({ length: 60 }, (_, i) => ({
      prompt: '[core@fcos ~]$ ',
      command: `rpm-ostree install pkg${i % 5}`,
      output: 'Checking out tree... done\nChanges queued for next boot. Run "systemctl reboot" to start a reboot\n',
    }));
    const code = await encodeShare({ ...session, transcript });
    expect(code.length).toBeLessThan(2000);
  });

  it.each([
    ['', /empty/],
    ['garbage', /no version/],
    ['9.AAAA', /another version/],
    ['1.!!!!', /characters/],
    ['1.AAAAAAAAAAAA', /damaged/],
  ])('refuses %j with a message', async (code, message) => {
    await expect(decodeShare(code)).rejects.toThrow(ShareLinkError);
    await expect(decodeShare(code)).rejects.toThrow(message);
  });

  it('refuses a link whose data has the wrong shape', async () => {
    const good = await encodeShare(session);
    // Re-pack valid JSON of the wrong shape with the same format.
    const bytes = new TextEncoder().encode(JSON.stringify({ s: 'fcos', m: 1, t: [] }));
    const packed = new Uint8Array(
      await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer(),
    );
    const code = `1.${Buffer.from(packed).toString('base64url')}`;
    expect(good).not.toBe(code);
    await expect(decodeShare(code)).rejects.toThrow(/wrong shape/);
  });

  it('refuses a truncated link', async () => {
    const code = await encodeShare(session);
    await expect(decodeShare(code.slice(0, code.length - 10))).rejects.toThrow(ShareLinkError);
  });

  it('finds the code in a URL fragment', () => {
    expect(shareCodeFromHash('#s=1.abc')).toBe('1.abc');
    expect(shareCodeFromHash('#x=2&s=1.abc')).toBe('1.abc');
    expect(shareCodeFromHash('#/coreos')).toBeNull();
    expect(shareCodeFromHash('')).toBeNull();
  });
});
