/**
 * Stands in for reveal's auto-slide play/pause control (js/components/playback.js, 0.7 KB gzip). The
 * deck does not auto-slide; reveal makes the control only when `autoSlide` is set (for instance by
 * `?autoSlide=5000` in the address), and then it is fetched and shown a moment later.
 */
import { withOnDemandCss } from './on-demand-css.ts';
interface Playback {
  setPlaying(playing: boolean): void;
  on(type: string, listener: EventListener): void;
  off(type: string, listener: EventListener): void;
  destroy(): void;
}

export default class PlaybackOnDemand implements Playback {
  #real: Playback | null = null;
  #destroyed = false;
  /** Calls made before the control arrived, replayed on it in order. */
  readonly #calls: ((playback: Playback) => void)[] = [];

  constructor(container: HTMLElement, progressCheck: () => number) {
    void withOnDemandCss(import('reveal.js/js/components/playback.js')).then((module) => {
      if (this.#destroyed) return;
      this.#real = new module.default(container as never, progressCheck as never) as unknown as Playback;
      for (const call of this.#calls.splice(0)) call(this.#real);
    });
  }

  #forward(call: (playback: Playback) => void): void {
    if (this.#real) call(this.#real);
    else this.#calls.push(call);
  }

  setPlaying(playing: boolean): void {
    this.#forward((playback) => playback.setPlaying(playing));
  }

  on(type: string, listener: EventListener): void {
    this.#forward((playback) => playback.on(type, listener));
  }

  off(type: string, listener: EventListener): void {
    this.#forward((playback) => playback.off(type, listener));
  }

  destroy(): void {
    this.#destroyed = true;
    this.#real?.destroy();
  }
}
