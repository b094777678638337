/**
 * Stands in for reveal's jump-to-slide box (js/controllers/jumptoslide.js, 0.9 KB gzip): G opens it,
 * and it is fetched then. What is typed between G and the box's arrival (a slide number, Enter or
 * Esc) is kept and handed to the box, so nothing typed is lost or read as a deck key.
 */
import { withOnDemandCss } from './on-demand-css.ts';
import { OnDemand } from './on-demand.ts';

interface JumpToSlide {
  jumpInput: HTMLInputElement;
  render(): void;
  show(): void;
  hide(): void;
  isVisible(): boolean;
  confirm(): void;
  cancel(): void;
  destroy(): void;
}

export default class JumpToSlideOnDemand {
  readonly #box: OnDemand<JumpToSlide>;
  /** While the box is on its way: whether it should show when it arrives. */
  #wanted = false;

  constructor(reveal: unknown) {
    this.#box = new OnDemand(() =>
      withOnDemandCss(import('reveal.js/js/controllers/jumptoslide.js')).then((module) => {
        const box = new module.default(reveal as never) as unknown as JumpToSlide;
        box.render();
        return box;
      }),
    );
  }

  /** reveal renders its controllers when it starts; this one renders when it arrives. */
  render(): void {}

  show(): void {
    const box = this.#box.current;
    if (box) {
      box.show();
      return;
    }
    this.#wanted = true;
    let typed = '';
    let finish: 'confirm' | 'cancel' | null = null;
    const keep = (event: KeyboardEvent) => {
      if (finish || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Enter') finish = 'confirm';
      else if (event.key === 'Escape') finish = 'cancel';
      else if (event.key === 'Backspace') typed = typed.slice(0, -1);
      else if (event.key.length === 1) typed += event.key;
      else return;
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    addEventListener('keydown', keep, true);
    void this.#box.load().then((loaded) => {
      removeEventListener('keydown', keep, true);
      if (!this.#wanted) return;
      loaded.show();
      if (typed) {
        loaded.jumpInput.value = typed;
        loaded.jumpInput.dispatchEvent(new Event('input'));
      }
      if (finish) loaded[finish]();
    });
  }

  hide(): void {
    this.#wanted = false;
    this.#box.current?.hide();
  }

  isVisible(): boolean {
    return this.#box.current?.isVisible() ?? this.#wanted;
  }

  destroy(): void {
    this.hide();
    this.#box.current?.destroy();
  }
}
