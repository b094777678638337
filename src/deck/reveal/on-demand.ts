/**
 * One of reveal's controllers, fetched on first use (its own chunk) and made once. The stand-ins in
 * this folder hold one and answer for it until it has arrived.
 */
export class OnDemand<T> {
  #made: T | null = null;
  #loading: Promise<T> | null = null;
  readonly #make: () => Promise<T>;

  constructor(make: () => Promise<T>) {
    this.#make = make;
  }

  /** The controller, if it has arrived. */
  get current(): T | null {
    return this.#made;
  }

  load(): Promise<T> {
    this.#loading ??= this.#make().then((made) => (this.#made = made));
    return this.#loading;
  }
}
