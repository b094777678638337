import { describe, expect, it } from 'vitest';
import {
  decodeShare,
  encodeShare,
  shareCodeFromHash,
  ShareLinkError,
  SHARE_VERSION,
} from '../../../../src/components/sim/share-codec.ts';
import { Machine } from '../../../../src/sim/index.ts';

const machine = Machine.create('fcos');
for (const line of ['touch /usr/bin/foo', 'echo "ünïcødé <b>not html</b>"']) machine.run(line);
machine.cancel('half a line');
const session = machine.serialize();

async function pack(text: string, version = SHARE_VERSION): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const packed = new Uint8Array(
    await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer(),
  );
  return `${version}.${Buffer.from(packed).toString('base64url')}`;
}

describe('share link codec', () => {
  it('round-trips the engine session log exactly', async () => {
    const code = await encodeShare(session);
    expect(code.startsWith(`${SHARE_VERSION}.`)).toBe(true);
    expect(code).toMatch(/^[0-9]+\.[A-Za-z0-9_-]+$/);
    expect(await decodeShare(code)).toBe(session);
  });

  it('keeps a long session short enough for a link', async () => {
    const m = Machine.create('fcos');
    for (let i = 0; i < 60; i++) m.run(`sudo rpm-ostree install pkg${i % 5}`);
    expect((await encodeShare(m.serialize())).length).toBeLessThan(600);
  });

  it.each([
    ['', /empty/],
    ['garbage', /no version/],
    ['9.AAAA', /another version/],
    ['2.!!!!', /characters/],
    ['2.AAAAAAAAAAAA', /damaged/],
  ])('refuses %j with a message', async (code, message) => {
    await expect(decodeShare(code)).rejects.toThrow(ShareLinkError);
    await expect(decodeShare(code)).rejects.toThrow(message);
  });

  it('refuses a link of format 1 (it carried its transcript as text) as another version', async () => {
    const old = await pack(JSON.stringify({ s: 'fcos', m: 'v1.fcos.1.0.W10', t: [['$ ', 'x', 'forged']] }), 1);
    await expect(decodeShare(old)).rejects.toThrow(
      /another version of the simulator \(format 1; this one reads format 2\)/,
    );
  });

  it('refuses a truncated link', async () => {
    const code = await encodeShare(session);
    await expect(decodeShare(code.slice(0, code.length - 10))).rejects.toThrow(ShareLinkError);
  });

  it('refuses a link that unpacks beyond the size limit', async () => {
    await expect(decodeShare(await pack('x'.repeat(1_100_000)))).rejects.toThrow(/too large/);
  });

  it('finds the code in a URL fragment', () => {
    expect(shareCodeFromHash('#s=2.abc')).toBe('2.abc');
    expect(shareCodeFromHash('#x=2&s=2.abc')).toBe('2.abc');
    expect(shareCodeFromHash('#s=2.a%2Db')).toBe('2.a-b');
    expect(shareCodeFromHash('#/coreos')).toBeNull();
    expect(shareCodeFromHash('')).toBeNull();
  });

  it('calls a malformed percent escape a damaged link (not an uncaught URIError)', () => {
    expect(() => shareCodeFromHash('#s=%E0%A4%A')).toThrow(ShareLinkError);
    expect(() => shareCodeFromHash('#s=%E0%A4%A')).toThrow(/damaged/);
  });
});
