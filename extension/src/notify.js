// The optional "site is back" notification. Its words come from the core.

import { api } from './browser.js';

export async function notifyBack(origin, labels) {
    let host = origin;
    try { host = new URL(origin).host; } catch { /* keep the origin */ }
    await api.notifications.create(`back:${origin}`, {
        type: 'basic',
        iconUrl: api.runtime.getURL('icons/icon-128.png'),
        title: host,
        message: labels.back,
    }).catch((e) => console.warn('gatewise: notification', e));
}
