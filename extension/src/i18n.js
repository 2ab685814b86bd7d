// Fills the extension pages' own words (popup, options) from _locales: every
// element with data-i18n="key" gets that message as its text.

import { api } from './browser.js';

export const t = (key, subs) => api.i18n.getMessage(key, subs) || key;

export function localize(root = document) {
    for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
    for (const node of root.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel));
    document.documentElement.lang = api.i18n.getUILanguage?.() ?? 'en';
}
