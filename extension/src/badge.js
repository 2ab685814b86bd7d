// The toolbar badge of a tab: the failing code ("502"), or "DNS" / "ERR"
// when no server answered, so that the card stays one click away where no
// script can run (the browser's own error pages).

import { api } from './browser.js';

export function badgeText(diagnosis) {
    if (!diagnosis?.is_error) return '';
    if (diagnosis.status) return String(diagnosis.status);
    return diagnosis.network === 'name-not-resolved' ? 'DNS' : 'ERR';
}

export async function setBadge(tabId, diagnosis) {
    const text = badgeText(diagnosis);
    try {
        await api.action.setBadgeText({ tabId, text });
        if (text) await api.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
        if (text && api.action.setBadgeTextColor) await api.action.setBadgeTextColor({ tabId, color: '#ffffff' });
    } catch {
        // The tab is gone.
    }
}
