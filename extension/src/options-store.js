// The person's options (storage.local "options") and the organisation's
// policies (storage.managed). The background's engine gets the options in
// force (the core merges the two: effectiveOptions); the options page edits
// the person's and shows which ones the organisation set.

import { api } from './browser.js';
import { core } from './core.js';

export const OPTION_DEFAULTS = Object.freeze({
    auto_retry: true,     // retry by itself at all
    notify: true,         // a notification when a site is back
    card_in_page: true,   // the card in the error page (else only in the popup)
    offer_resend: true,   // keep a failed form's fields (not passwords) to offer "Send again"
    audience: 'visitor',  // which list the card puts first
    lang: '',             // a BCP 47 tag, or '' for the browser's UI language
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

/**
 * The organisation's policies, `{}` when there are none. Chrome answers
 * `{}` then; Firefox rejects ("Managed storage manifest not found").
 */
export async function loadManaged() {
    try {
        const managed = await api.storage.managed.get();
        return managed && typeof managed === 'object' ? managed : {};
    } catch {
        return {};
    }
}

/**
 * The options in force. With no policy at all they are the person's as
 * stored (and the core is not loaded for nothing); otherwise the core
 * merges the policies over them.
 */
export async function currentOptions() {
    const [{ options }, managed] = await Promise.all([api.storage.local.get('options'), loadManaged()]);
    if (Object.keys(managed).length === 0) return options ?? {};
    return (await core()).effectiveOptions(options ?? {}, managed).options;
}
