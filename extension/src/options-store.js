// The person's options (storage.local "options") and the retry policy they
// give. The policy's numbers start from the core's defaultPolicy(): polite to
// a struggling server unless the person changes them.

import { api } from './browser.js';

export const OPTION_DEFAULTS = Object.freeze({
    auto_retry: true,     // retry by itself at all
    notify: true,         // a notification when a site is back
    card_in_page: true,   // the card in the error page (else only in the popup)
    audience: 'visitor',  // which list the card puts first
    sites: {},            // hostname -> 'always' | 'never'
    policy: {},           // overrides of the core's defaultPolicy()
});

export async function loadOptions() {
    const { options } = await api.storage.local.get('options');
    return { ...OPTION_DEFAULTS, ...(options ?? {}) };
}

export async function saveOptions(options) {
    await api.storage.local.set({ options });
}

/** The policy for one URL: the defaults, the person's changes, and the site's rule. */
export function policyFor(core, options, url) {
    const policy = { ...core.defaultPolicy(), ...options.policy };
    let host = '';
    try { host = new URL(url).hostname; } catch { /* no host: no site rule */ }
    const rule = options.sites[host];
    if (rule === 'never' || (!options.auto_retry && rule !== 'always')) {
        // Nothing selected: the core answers "not-selected" and no retry is planned.
        return { ...policy, codes: [], network: false };
    }
    return policy;
}
