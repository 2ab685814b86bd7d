// The extension's language: the one chosen in the options ("lang"), else
// the browser's UI language. The core decides which language a tag means
// (languageOf: de-AT is German, an unknown one English) and which table it
// lacks (wordsNeeded: the wasm keeps only English; words/<tag>.json holds
// each other language); this file only fetches words.
//
// The extension pages' own words (popup, options) come from _locales: every
// element with data-i18n="key" gets that message as its text. i18n.getMessage
// always answers in the browser's language, so for a language chosen in the
// options the page reads _locales/<locale>/messages.json itself.

import { api } from './browser.js';
import { core } from './core.js';

let messages = null;    // the chosen language's messages, when it is not the browser's

/** The tag of the language `options` speak: their choice, else the browser's. */
export const tagOf = (options) => options?.lang || api.i18n.getUILanguage?.() || 'en';

/** The tag of the language to speak, from the stored options. */
export async function chosenTag() {
    const { options } = await api.storage.local.get('options');
    return tagOf(options);
}

/** Gives the core the table of the language a tag asks for, if it lacks it and the package has it. */
export async function ensureWords(c, tag) {
    const needed = c.wordsNeeded(tag);
    if (!needed) return;
    try {
        const answer = await fetch(api.runtime.getURL(`words/${needed}.json`));
        if (answer.ok) c.loadWords(await answer.json());
    } catch (e) {
        console.warn('gatewise: no words for', needed, e?.message ?? e);
    }
}

/** The core's language for the chosen tag: `{tag, locale, name}`. */
export async function chosenLanguage() {
    const c = await core();
    const tag = await chosenTag();
    await ensureWords(c, tag);
    return c.languageOf(tag);
}

/** The languages the package has words for, `[{tag, locale, name}]`, English first. */
export async function shippedLanguages() {
    try {
        const answer = await fetch(api.runtime.getURL('words/languages.json'));
        if (answer.ok) return await answer.json();
    } catch { /* an unpacked source tree: the core's own list */ }
    return (await core()).languages();
}

/** The messages of a `_locales` folder, or null if it cannot be read. */
export async function readMessages(locale) {
    try {
        const answer = await fetch(api.runtime.getURL(`_locales/${locale}/messages.json`));
        return answer.ok ? await answer.json() : null;
    } catch {
        return null;
    }
}

/** A message in the chosen language (after `useLanguage`), else the browser's. */
export const t = (key, subs) => messages?.[key]?.message || api.i18n.getMessage(key, subs) || key;

/** Loads the chosen language's messages if the options chose one. */
export async function useLanguage() {
    const { options } = await api.storage.local.get('options');
    const language = await chosenLanguage();
    messages = options?.lang ? await readMessages(language.locale) : null;
    return language;
}

/** Fills the page's words in the chosen language. */
export async function localize(root = document) {
    const language = await useLanguage();
    for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
    for (const node of root.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel));
    document.documentElement.lang = language.tag;
    return language;
}
