// The card inside an error page. The background injects this only into
// pages that failed (nothing runs in ordinary pages); the card is drawn in a
// shadow root at the top of the page, so the page's CSS cannot reach it and
// the page's own text below stays as it was. A classic script: content
// scripts cannot be ES modules, so the build puts the shared modules (the
// namespace pick, card.js) in content/card-global.js.

(async () => {
    const { api, renderCard } = globalThis.Gatewise;
    const send = (msg) => api.runtime.sendMessage(msg).catch(() => null);

    globalThis.GatewiseView?.destroy();

    const state = await send({ type: 'card:get' });
    if (!state?.card) return;

    // A fresh host each time, a plain element: a page that defined a custom
    // element or made a host of its own gets nothing of ours (we never look
    // ours up in the page, we keep it).
    const host = document.createElement('div');
    host.setAttribute('data-gatewise-card', '');
    (document.body ?? document.documentElement).prepend(host);

    let due = 0;
    // A nudge when the wait is over: it wakes a stopped background worker
    // sooner than its alarm would (which browsers may round up to 30 s).
    function nudge(retry) {
        clearTimeout(due);
        if (retry?.state === 'waiting') due = setTimeout(() => send({ type: 'card:due' }), Math.max(0, retry.at_ms - Date.now()) + 500);
    }

    const act = (action) => send({ type: 'card:action', action });
    const view = renderCard(host, state.card, {
        mode: 'page',
        audience: state.audience,
        retry: state.retry,
        canRetryNow: state.can_retry_now,
        onRetryNow: () => act('retry-now'),
        onStop: () => act('stop'),
        onResend: () => act('resend'),
        // Content scripts have no permissions API: the background checks
        // that the status hosts are allowed before it asks them.
        onCheckStatus: () => send({ type: 'card:status' }),
    });
    nudge(state.retry);
    globalThis.GatewiseView = {
        destroy() {
            clearTimeout(due);
            view.destroy();
            host.remove();
        },
    };

    /**
     * Sends the form again from inside a closed shadow root of its own, made
     * for this one submission: the page's scripts cannot see into it, and
     * its "formdata" event does not leave it.
     */
    function resend(url, fields) {
        const form = document.createElement('form');
        form.method = 'POST';
        form.action = url;
        form.hidden = true;
        for (const [name, values] of fields) {
            for (const value of values) {
                const input = document.createElement('input');
                input.type = 'hidden';
                input.name = name;
                input.value = value;
                form.append(input);
            }
        }
        const vault = document.createElement('div');
        vault.hidden = true;
        vault.attachShadow({ mode: 'closed' }).append(form);
        (document.body ?? document.documentElement).append(vault);
        form.submit();
        return true;
    }

    api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
        if (sender.id !== api.runtime.id) return false;
        if (msg?.type === 'card:update') {
            view.update(msg.retry);
            nudge(msg.retry);
        } else if (msg?.type === 'card:resend-form' && typeof msg.url === 'string' && Array.isArray(msg.fields)) {
            sendResponse(resend(msg.url, msg.fields));
        }
        return false;
    });
})();
