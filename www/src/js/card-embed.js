// Reference pages: draws the card stored in the page (made by the core at
// build time) with the extension's card renderer, for either audience.
import { CardSlot } from './gw.js';

for (const block of document.querySelectorAll('[data-live-card]')) {
  const cards = {};
  for (const s of block.querySelectorAll('script[data-card]')) cards[s.dataset.card] = JSON.parse(s.textContent);
  const slot = new CardSlot(block.querySelector('[data-card-host]'));
  const show = (audience) => slot.show(cards[audience] ?? cards.visitor);
  block.querySelector('[data-audience-toggle]')?.addEventListener('change', (e) => show(e.target.value));
  show(block.querySelector('[data-audience-toggle] input:checked')?.value ?? 'visitor');
}
