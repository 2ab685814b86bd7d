// Test builds only: lets a test page ask the background's test hooks.
//   window.postMessage({ gatewiseTest: { id, type, ...args } }, '*')
// answers with window.postMessage({ gatewiseTestReply: { id, result } }).

(() => {
    const api = globalThis.browser ?? globalThis.chrome;
    window.addEventListener('message', async (event) => {
        const ask = event.source === window && event.data?.gatewiseTest;
        if (!ask) return;
        const result = await api.runtime.sendMessage(ask).catch((e) => ({ error: String(e) }));
        window.postMessage({ gatewiseTestReply: { id: ask.id, result } }, '*');
    });
})();
