/**
 * Screen-reader support for the deck. reveal.js puts role="application" on the deck, which stops
 * screen readers' reading mode, and announces the whole text of each new slide; instead the
 * deck stays a document and each slide change announces "Slide 3 of 40: CoreOS".
 */
import type Reveal from 'reveal.js';

type Deck = InstanceType<typeof Reveal>;

export function slideAnnouncement(index: number, total: number, heading: string): string {
  const name = heading.replace(/\s+/g, ' ').trim();
  return `Slide ${index} of ${total}${name ? `: ${name}` : ''}`;
}

export function slideHeading(slide: Element | undefined): string {
  const heading = slide?.querySelector('h1, h2, h3');
  if (!heading) return '';
  const clone = heading.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('.sr-only, [aria-hidden="true"]').forEach((n) => n.remove());
  return clone.textContent ?? '';
}

export function setUpAnnouncer(deck: Deck, region: HTMLElement): void {
  const wrapper = deck.getRevealElement() as HTMLElement;
  wrapper.removeAttribute('role');
  wrapper.setAttribute('aria-roledescription', 'slide deck');
  // reveal's own live region would read every word of the slide; ours reads its name.
  wrapper.querySelector('.aria-status')?.setAttribute('aria-live', 'off');
  const announce = () => {
    region.textContent = slideAnnouncement(
      deck.getSlidePastCount() + 1,
      deck.getTotalSlides(),
      slideHeading(deck.getCurrentSlide()),
    );
  };
  deck.on('slidechanged', announce);
}
