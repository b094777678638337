/** Transitions follow the reader's reduced-motion setting, live. */
export function transitionFor(reduce: boolean): 'none' | 'slide' {
  return reduce ? 'none' : 'slide';
}

export function watchReducedMotion(onChange: (reduce: boolean) => void): boolean {
  const query = window.matchMedia('(prefers-reduced-motion: reduce)');
  query.addEventListener('change', (e) => onChange(e.matches));
  return query.matches;
}
