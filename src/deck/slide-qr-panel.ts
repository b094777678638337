/** The per-slide QR panel (src/deck/slide-qr.ts), fetched on the first Q. */
import type Reveal from 'reveal.js';
import { printedAddress, qrLabel } from './qr-text.ts';

type Deck = InstanceType<typeof Reveal>;

/** Shows the code of `url` (a docs section at the public address) for `slide`, or none. */
export type ShowQrPanel = (slide: HTMLElement | undefined, url: string | undefined) => void;

export function qrPanel(deck: Deck, panel: HTMLElement): ShowQrPanel {
  const img = panel.querySelector('img') ?? panel.insertBefore(newQrImage(), panel.firstChild);
  const address = panel.querySelector<HTMLElement>('.slide-qr-address')!;
  const qrBase = panel.dataset.qrBase!;
  let wasShown = false;
  return (slide, url) => {
    panel.classList.toggle('is-empty', !url);
    // The deck makes room for the code: reveal lays the slides out in the width that is left.
    if (document.documentElement.classList.toggle('deck-qr-shown', Boolean(url)) !== wasShown) {
      wasShown = !wasShown;
      deck.layout();
    }
    if (!slide || !url) return;
    img.src = `${qrBase}${slide.dataset.slide}.svg`;
    img.alt = qrLabel(url);
    address.textContent = printedAddress(url);
  };
}

/** The QR image, made here rather than in the markup: an <img> without a src is not valid HTML. */
function newQrImage(): HTMLImageElement {
  const img = document.createElement('img');
  Object.assign(img, { width: 160, height: 160, alt: '', decoding: 'async' });
  return img;
}
