/**
 * Projector palette: dark (default) or light, switched by the T key or the toolbar button,
 * remembered in localStorage. The early inline script in the deck page applies the stored choice
 * before the first paint, so a reload never flashes the other palette.
 */
export type DeckTheme = 'dark' | 'light';

export const THEME_STORAGE_KEY = 'deck-theme';

export function parseTheme(value: string | null | undefined): DeckTheme {
  return value === 'light' ? 'light' : 'dark';
}

export function otherTheme(theme: DeckTheme): DeckTheme {
  return theme === 'dark' ? 'light' : 'dark';
}

function storedTheme(): DeckTheme {
  try {
    return parseTheme(localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'dark'; // storage blocked (private mode, file://): fall back quietly
  }
}

export function applyTheme(theme: DeckTheme, button?: HTMLButtonElement | null): void {
  const html = document.documentElement;
  html.dataset.deckTheme = theme;
  // Expressive Code's code blocks follow Starlight's data-theme.
  html.dataset.theme = theme;
  if (button) {
    button.setAttribute('aria-pressed', String(theme === 'light'));
    button.title = theme === 'light' ? 'Light projector theme is on (T)' : 'Light projector theme is off (T)';
  }
}

/** Wires the button and returns the toggle for the key binding. */
export function setUpThemeSwitch(button: HTMLButtonElement | null): () => void {
  applyTheme(storedTheme(), button);
  const toggle = () => {
    const next = otherTheme(parseTheme(document.documentElement.dataset.deckTheme));
    applyTheme(next, button);
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // not remembered, still switched
    }
  };
  button?.addEventListener('click', toggle);
  return toggle;
}
