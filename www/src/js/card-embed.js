// Reference pages: draws the card stored in the page (made by the core at
// build time) with the extension's card renderer.
import { CardSlot } from './gw.js';

for (const block of document.querySelectorAll('[data-live-card]')) {
  const card = JSON.parse(block.querySelector('script[data-card]').textContent);
  new CardSlot(block.querySelector('[data-card-host]')).show(card);
}
