/**
 * Stands in for reveal's overview (js/controllers/overview.js, 1 KB gzip), the bird's-eye view of all
 * slides that O (or Esc) opens: it is fetched on the first O, and until then no overview is open.
 * reveal asks the overview to lay itself out only while it is open.
 */
import { withOnDemandCss } from './on-demand-css.ts';
import { OnDemand } from './on-demand.ts';

interface Overview {
  activate(): void;
  deactivate(): void;
  toggle(override?: boolean): void;
  update(): void;
  layout(): void;
  isActive(): boolean;
}

export default class OverviewOnDemand {
  readonly #overview: OnDemand<Overview>;

  constructor(reveal: unknown) {
    this.#overview = new OnDemand(() =>
      withOnDemandCss(import('reveal.js/js/controllers/overview.js')).then(
        (module) => new module.default(reveal as never) as unknown as Overview,
      ),
    );
  }

  activate(): void {
    void this.#overview.load().then((overview) => overview.activate());
  }

  deactivate(): void {
    this.#overview.current?.deactivate();
  }

  toggle(override?: boolean): void {
    if (override === false && !this.#overview.current) return;
    void this.#overview.load().then((overview) => overview.toggle(override));
  }

  update(): void {
    this.#overview.current?.update();
  }

  layout(): void {
    this.#overview.current?.layout();
  }

  isActive(): boolean {
    return this.#overview.current?.isActive() ?? false;
  }
}
