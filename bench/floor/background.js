// The floor of bench/overhead.mjs: the same listeners as Gatewise's
// extension/src/background.js (same filter, same extra info asked for), each
// doing nothing. What a browser pays for this is the least any extension
// that watches navigations can cost; Gatewise is measured against it.
const api = globalThis.browser ?? globalThis.chrome;
const FILTER = { urls: ['http://*/*', 'https://*/*'], types: ['main_frame'] };
const nothing = () => {};

api.webRequest.onBeforeRequest.addListener(nothing, FILTER, ['requestBody']);
api.webRequest.onCompleted.addListener(nothing, FILTER, ['responseHeaders']);
api.webRequest.onErrorOccurred.addListener(nothing, FILTER);
api.tabs.onUpdated.addListener(nothing);
