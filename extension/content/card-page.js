// The card in an error page. Injected by the background only into pages that
// failed; draws into a shadow root at the top of the page (the page's CSS
// cannot reach it, and it leaves the page's own text below it untouched).
// A classic script: content scripts cannot be ES modules, so the build puts
// the shared modules (the namespace pick, card.js) in content/card-global.js.

(async () => {
    const { api, renderCard } = globalThis.Gatewise;
    const send = (type) => api.runtime.sendMessage({ type }).catch(() => null);

    globalThis.GatewiseView?.destroy();
    document.querySelector('gatewise-card')?.remove();

    const state = await send('card:get');
    if (!state?.card) return;

    const host = document.createElement('gatewise-card');
    (document.body ?? document.documentElement).prepend(host);

    let due = 0;
    // A nudge when the wait is over: it wakes a stopped background worker
    // sooner than its alarm would (which browsers may round up to 30 s).
    function nudge(retry) {
        clearTimeout(due);
        if (retry?.state === 'waiting') due = setTimeout(() => send('card:due'), Math.max(0, retry.at_ms - Date.now()) + 500);
    }

    const view = renderCard(host, state.card, {
        mode: 'page',
        audience: state.audience,
        retry: state.retry,
        onRetryNow: () => send('card:retry-now'),
        onStop: () => send('card:stop'),
        onResend: () => send('card:resend'),
    });
    nudge(state.retry);
    globalThis.GatewiseView = {
        destroy() {
            clearTimeout(due);
            view.destroy();
            host.remove();
        },
    };

    api.runtime.onMessage.addListener((msg) => {
        if (msg?.type !== 'card:update') return;
        view.update(msg.retry);
        nudge(msg.retry);
    });
})();
