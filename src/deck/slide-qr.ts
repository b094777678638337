/**
 * The per-slide QR code: Q (or the toolbar button) shows, in the bottom-right corner, a small
 * QR code of the current slide's docs section with its address beneath, so the audience can read
 * on from their phones. Off by default, to keep slides clean. The codes are SVG files generated at
 * build time (src/pages/slides/qr/[slide].svg.ts); only the shown one is fetched.
 */
import type Reveal from 'reveal.js';
import { printedAddress, qrLabel } from './qr-text.ts';

type Deck = InstanceType<typeof Reveal>;

const QR_BUTTON_TITLE = "QR code of this slide's docs section (Q)";

export function setUpSlideQr(deck: Deck, panel: HTMLElement, button: HTMLButtonElement | null): () => void {
  const img = panel.querySelector('img') ?? panel.insertBefore(newQrImage(), panel.firstChild);
  const address = panel.querySelector<HTMLElement>('.slide-qr-address')!;
  const qrBase = panel.dataset.qrBase!;

  let wasShown = false;
  const update = () => {
    const slide = deck.getCurrentSlide() as HTMLElement | undefined;
    // The docs section at the public address (src/components/views/DeckSlide.astro). The title and
    // closing slides carry a large code of their own and no such address: no second code beside it.
    const url = slide?.dataset.docsUrl;
    const hasCode = Boolean(slide?.dataset.slide && url);
    const showable = !panel.hidden && hasCode;
    panel.classList.toggle('is-empty', !showable);
    // The button says what the screen shows: not pressed where no code of its own can show, and
    // unavailable there (Q still remembers the choice for the next slide).
    if (button) {
      button.setAttribute('aria-pressed', String(showable));
      button.disabled = !hasCode;
      button.title = hasCode ? QR_BUTTON_TITLE : 'This slide shows the QR code of the whole talk';
    }
    // The deck makes room for the code: reveal lays the slides out in the width that is left.
    if (document.documentElement.classList.toggle('deck-qr-shown', Boolean(showable)) !== wasShown) {
      wasShown = !wasShown;
      deck.layout();
    }
    if (!showable || !slide || !url) return;
    img.src = `${qrBase}${slide.dataset.slide}.svg`;
    img.alt = qrLabel(url);
    address.textContent = printedAddress(url);
  };
  const toggle = () => {
    panel.hidden = !panel.hidden;
    update();
  };
  button?.addEventListener('click', toggle);
  deck.on('ready', update);
  deck.on('slidechanged', update);
  return toggle;
}

/** The QR image, made here rather than in the markup: an <img> without a src is not valid HTML. */
function newQrImage(): HTMLImageElement {
  const img = document.createElement('img');
  Object.assign(img, { width: 160, height: 160, alt: '', decoding: 'async' });
  return img;
}
