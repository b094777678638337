/**
 * The per-slide QR code: Q (or the toolbar button) shows, in the bottom-right corner, a small
 * QR code of the current slide's docs section with its address beneath, so the audience can read
 * on from their phones. Off by default, to keep slides clean. The codes are SVG files generated at
 * build time (src/pages/slides/qr/[slide].svg.ts); only the shown one is fetched. Here the button's
 * state, slide by slide; the panel itself arrives on the first Q (slide-qr-panel.ts).
 */
import type Reveal from 'reveal.js';
import type { ShowQrPanel } from './slide-qr-panel.ts';

type Deck = InstanceType<typeof Reveal>;

const QR_BUTTON_TITLE = "QR code of this slide's docs section (Q)";

export function setUpSlideQr(deck: Deck, panel: HTMLElement, button: HTMLButtonElement | null): () => void {
  let showPanel: ShowQrPanel | null = null;
  let loading: Promise<ShowQrPanel> | null = null;
  const update = () => {
    const slide = deck.getCurrentSlide() as HTMLElement | undefined;
    // The docs section at the public address (src/components/views/DeckSlide.astro). The title and
    // closing slides carry a large code of their own and no such address: no second code beside it.
    const url = slide?.dataset.docsUrl;
    const hasCode = Boolean(slide?.dataset.slide && url);
    const showable = !panel.hidden && hasCode;
    // The button says what the screen shows: not pressed where no code of its own can show, and
    // unavailable there (Q still remembers the choice for the next slide).
    if (button) {
      button.setAttribute('aria-pressed', String(showable));
      button.disabled = !hasCode;
      button.title = hasCode ? QR_BUTTON_TITLE : 'This slide shows the QR code of the whole talk';
    }
    showPanel?.(slide, showable ? url : undefined);
  };
  const toggle = () => {
    loading ??= import('./slide-qr-panel.ts').then((m) => (showPanel = m.qrPanel(deck, panel)));
    // The panel shows once it can fill itself in, never as an empty box.
    void loading.then(() => {
      panel.hidden = !panel.hidden;
      update();
    });
  };
  button?.addEventListener('click', toggle);
  deck.on('ready', update);
  deck.on('slidechanged', update);
  return toggle;
}
