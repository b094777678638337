/** Wires the deck: one helper per concern, then reveal.js with the settings a meetup needs. */
import Reveal, { type RevealConfig } from 'reveal.js';
import { deckOwnsKey, escapeAction } from './keyboard.ts';
import { transitionFor, watchReducedMotion } from './motion.ts';
import { printModeFrom } from './print-mode.ts';
import { applyTheme, setUpThemeSwitch } from './deck-theme.ts';
import { setUpSlideQr } from './slide-qr.ts';
import { setUpAnnouncer } from './announcer.ts';
import { SIM_LIVE_SHOWN } from '../components/sim/deck-bridge.ts';
import { setUpPresenterTools } from './presenter-tools.ts';
import { setUpSpeakerViewOnDemand } from './speaker-view.ts';
import {
  followPhoneWidth,
  followDeepLinksInScrollView,
  PHONE_SCROLL_SETTINGS,
  PROJECTOR_SLIDE,
  slideNamedBy,
  slideSizeFor,
} from './phone.ts';

/**
 * reveal's notes plugin reads `totalTime` (seconds) for the speaker view's pacing
 * (plugin/notes, `config.totalTime`), but reveal's RevealConfig type does not declare it.
 */
interface SpeakerViewPacing {
  totalTime?: number;
}

/** reveal has `isOverlayOpen()` (the help, a link preview) but its types do not declare it. */
interface OverlayState {
  isOverlayOpen(): boolean;
}

export async function startDeck(): Promise<void> {
  const root = document.querySelector<HTMLElement>('.reveal');
  if (!root) return;
  const mode = printModeFrom(location.search);
  const linkedHash = location.hash;
  const linkedSlide = slideNamedBy(linkedHash, root);
  document.documentElement.classList.toggle('deck-handout', mode.handout);

  const minutes = Number(root.dataset.totalMinutes) || undefined;
  const config: RevealConfig & SpeakerViewPacing = {
    hash: true,
    respondToHashChanges: true,
    // The slide canvas, scaled to the screen: 16:9 for projectors and PDFs, narrower on phones.
    ...(mode.print ? PROJECTOR_SLIDE : slideSizeFor(window.innerWidth)),
    margin: 0.04,
    center: false,
    controls: true,
    controlsTutorial: false,
    progress: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    overview: true,
    // Pacing in the speaker view: the talk's planned length, less the slides with a time of their
    // own (data-timing: demos, `:::notes{timing=…}`), spread over the other slides.
    totalTime: minutes ? minutes * 60 : undefined,
    keyboardCondition: deckOwnsKey,
    // Esc: reveal's overview, except on a demo slide (src/deck/keyboard.ts).
    keyboard: { 27: () => onEscape() },
    transition: transitionFor(watchReducedMotion((reduce) => deck.configure({ transition: transitionFor(reduce) }))),
    // Phones get the deck as a scrolling page (reveal's scroll view).
    ...PHONE_SCROLL_SETTINGS,
    // PDF export (scripts/pdf.mjs): one page per slide, fragments in their final state.
    ...(mode.print
      ? { view: 'print' as const, pdfSeparateFragments: false, pdfMaxPagesPerSlide: 1, showNotes: mode.handout }
      : {}),
  };
  const deck = new Reveal(root, config);
  const onEscape = () => {
    const action = escapeAction({
      overlayOpen: (deck as typeof deck & OverlayState).isOverlayOpen(),
      overview: deck.isOverview(),
      demoSlide: Boolean(deck.getCurrentSlide()?.querySelector('sim-machine')),
    });
    if (action === 'close-overlay') deck.hidePreview();
    else if (action !== 'nothing') deck.toggleOverview(action === 'open-overview');
  };
  // The handout's page layout is for the print address only; it must listen before the print view lays out.
  if (mode.handout) await import('./handout.ts').then((module) => module.setUpHandoutPages(deck));
  const toggleTheme = setUpThemeSwitch(document.querySelector('.deck-theme-button'));
  // A handout is for paper: the light palette, whatever the presenter projects with.
  if (mode.handout) applyTheme('light');
  const qrPanel = document.querySelector<HTMLElement>('.slide-qr');
  const toggleQr = qrPanel ? setUpSlideQr(deck, qrPanel, document.querySelector('.deck-qr-button')) : undefined;
  await deck.initialize();
  // The notes plugin (speaker view) arrives on the first S, in its own chunk.
  if (!mode.print) setUpSpeakerViewOnDemand(deck);
  if (!mode.print) followPhoneWidth(deck);
  if (!mode.print) followDeepLinksInScrollView(deck, linkedSlide, linkedHash);
  // A simulator's live part arrives late (src/components/sim/SimMachine.astro) with its tour's fragments:
  // the scroll view (phones) lays its pages out again so that scrolling steps through the tour.
  root.addEventListener(SIM_LIVE_SHOWN, () => {
    if (deck.getViewportElement()?.classList.contains('reveal-scroll')) deck.layout();
  });
  deck.addKeyBinding({ keyCode: 84, key: 'T', description: 'Light or dark projector theme' }, toggleTheme);
  if (toggleQr)
    deck.addKeyBinding({ keyCode: 81, key: 'Q', description: "QR code of this slide's docs section" }, toggleQr);
  if (!mode.print) setUpPresenterTools(deck, document.querySelector('.deck-toolbar'));
  const announcer = document.querySelector<HTMLElement>('.deck-announcer');
  if (announcer) setUpAnnouncer(deck, announcer);
  (window as unknown as { deck: typeof deck }).deck = deck;
}
