/**
 * Stands in for reveal's overlay controller (js/controllers/overlay.js, 1.9 KB gzip): the help that ?
 * shows, and the lightbox that previews links, images and videos. The deck has no preview targets
 * (tests/unit/deck/reveal-stand-ins.test.ts checks the built deck), so the real controller is fetched
 * on the first ? (or F1), and answers "nothing open" until then. Slides with preview targets, or
 * `previewLinks` turned on, fetch it at once, so those still work.
 */
import { withOnDemandCss } from './on-demand-css.ts';
import { OnDemand } from './on-demand.ts';

interface Overlay {
  update(): void;
  isOpen(): boolean;
  close(): boolean;
  toggleHelp(override?: boolean): void;
  previewIframe(url: string): void;
  previewImage(url: string, fitMode?: string): void;
  previewVideo(url: string, fitMode?: string): void;
  getState(): Record<string, unknown>;
  setState(state: Record<string, unknown>): void;
  destroy(): void;
}

interface RevealForOverlay {
  getConfig(): { previewLinks?: boolean };
  getSlidesElement(): HTMLElement | null;
}

/** What reveal's overlay opens a preview for (its update(), with and without `previewLinks`). */
const PREVIEW_TARGETS =
  '[data-preview-link]:not([data-preview-link=false]), [data-preview-image], [data-preview-video]';

export default class OverlayOnDemand {
  readonly #reveal: RevealForOverlay;
  readonly #overlay: OnDemand<Overlay>;

  constructor(reveal: RevealForOverlay) {
    this.#reveal = reveal;
    this.#overlay = new OnDemand(() =>
      withOnDemandCss(import('reveal.js/js/controllers/overlay.js')).then((module) => {
        const overlay = new module.default(reveal as never) as unknown as Overlay;
        overlay.update();
        return overlay;
      }),
    );
  }

  #then(use: (overlay: Overlay) => void): void {
    void this.#overlay.load().then(use);
  }

  update(): void {
    const overlay = this.#overlay.current;
    if (overlay) overlay.update();
    else if (this.#reveal.getConfig().previewLinks || this.#reveal.getSlidesElement()?.querySelector(PREVIEW_TARGETS))
      this.#then(() => {});
  }

  isOpen(): boolean {
    return this.#overlay.current?.isOpen() ?? false;
  }

  close(): boolean {
    return this.#overlay.current?.close() ?? false;
  }

  toggleHelp(override?: boolean): void {
    if (override === false && !this.#overlay.current) return;
    this.#then((overlay) => overlay.toggleHelp(override));
  }

  previewIframe(url: string): void {
    this.#then((overlay) => overlay.previewIframe(url));
  }

  previewImage(url: string, fitMode?: string): void {
    this.#then((overlay) => overlay.previewImage(url, fitMode));
  }

  previewVideo(url: string, fitMode?: string): void {
    this.#then((overlay) => overlay.previewVideo(url, fitMode));
  }

  getState(): Record<string, unknown> {
    return this.#overlay.current?.getState() ?? {};
  }

  /** reveal's state (the speaker view syncs it) holds only previews of the overlay's: none before it is here. */
  setState(state: Record<string, unknown>): void {
    this.#overlay.current?.setState(state);
  }

  destroy(): void {
    this.#overlay.current?.destroy();
  }
}
