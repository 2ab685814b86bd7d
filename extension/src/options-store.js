// The person's options (storage.local "options"). The background's engine
// reads them (the core fills in every default); the options page edits them.

import { api } from './browser.js';

export const OPTION_DEFAULTS = Object.freeze({
    auto_retry: true,     // retry by itself at all
    notify: true,         // a notification when a site is back
    card_in_page: true,   // the card in the error page (else only in the popup)
    offer_resend: true,   // keep a failed form's fields (not passwords) to offer "Send again"
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
