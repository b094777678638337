/*
 * Optional host script for the Immutable Linux simulator embeds: sizes each iframe showing one of
 * this site's /lab/<system>/embed/ pages to the height the simulator reports, so the terminal, the
 * timeline and the file-system map show without an inner scroll bar. Load it once on the page
 * that holds the iframes: <script src="…/embed.js" async></script>. It reads only height messages
 * from frames of this site's origin and changes nothing but those frames' heights.
 */
(() => {
  const script = document.currentScript;
  const origin = script ? new URL(script.src, location.href).origin : '';
  addEventListener('message', (event) => {
    const data = event.data;
    if (event.origin !== origin || !data || data.type !== 'immutable-linux:embed-height') return;
    const height = Number(data.height);
    if (!(height > 0 && height < 20000)) return;
    for (const frame of document.getElementsByTagName('iframe')) {
      if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(height)}px`;
    }
  });
})();
