// The explanation card: draws a card made by the core's explain() into a
// closed shadow root. No extension API here, so that the extension's content
// script, its popup and the project's web page all use this very file.
//
//   const view = renderCard(host, card, { mode: 'page', retry, canRetryNow, moreOpen, onRetryNow, onStop, onCheckStatus });
//   view.update({ state: 'waiting', at_ms, attempt, max_attempts });   // or 'probing', 'offline', 'back', 'gave-up' (with its note), 'stopped', 'not-resent'
//   view.destroy();
//
// Every word shown comes from `card` (the core writes them, labels included);
// text goes in with textContent only, never as HTML.

export const CARD_CSS = `
:host {
  all: initial !important;
  display: block !important;
  contain: content;
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1f24; --muted: #505a64; --line: #d0d7de;
  --soft: #f3f5f7; --accent: #0b57d0; --on-accent: #ffffff;
  --bad: #b3261e; --bad-soft: #fdecea; --ok: #136c2e; --ok-soft: #e6f4ea;
  --unk: #6b5900; --unk-soft: #fbf4d8; --focus: #0b57d0;
}
@media (prefers-color-scheme: dark) {
  :host {
    --bg: #1f2124; --fg: #e8eaed; --muted: #b0b7bf; --line: #3c4046;
    --soft: #2a2d31; --accent: #8ab4f8; --on-accent: #0b1d3a;
    --bad: #f2b8b5; --bad-soft: #452321; --ok: #8fdcaa; --ok-soft: #1d3a27;
    --unk: #f0d77a; --unk-soft: #3a3318; --focus: #8ab4f8;
  }
}
* { box-sizing: border-box; }
.card {
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, Cantarell, "Noto Sans", sans-serif;
  color: var(--fg); background: var(--bg);
  max-width: 42rem; margin: 16px auto; padding: 20px 22px;
  border: 1px solid var(--line); border-radius: 14px;
  box-shadow: 0 2px 10px rgba(0, 0, 0, .08);
  text-align: left; overflow-wrap: anywhere;
}
.card[data-mode="popup"] { margin: 0; border: 0; border-radius: 0; box-shadow: none; max-width: none; padding: 14px 16px; }
.top { display: flex; gap: 14px; align-items: flex-start; }
.code {
  flex: none; min-width: 3.6em; padding: 6px 10px; border-radius: 10px;
  background: var(--bad-soft); color: var(--bad);
  font-weight: 700; font-size: 20px; line-height: 1.2; text-align: center;
  font-variant-numeric: tabular-nums;
}
.card[data-error="false"] .code { background: var(--soft); color: var(--muted); }
.title { margin: 0; color: var(--muted); font-size: 13px; }
h2 { margin: 0 0 2px; font-size: 19px; line-height: 1.3; font-weight: 650; }
h3 { margin: 16px 0 6px; font-size: 14px; font-weight: 650; }
p { margin: 8px 0; }
.muted { color: var(--muted); font-size: 13px; }
.diagram { list-style: none; display: flex; align-items: stretch; gap: 0; padding: 0; margin: 8px 0 10px; }
.hop {
  flex: 1 1 0; min-width: 0; padding: 6px 8px; border-radius: 10px;
  border: 2px solid var(--line); background: var(--soft); text-align: center;
}
.hop[data-state="ok"] { border-color: var(--ok); background: var(--ok-soft); }
.hop[data-state="failed"] { border-color: var(--bad); background: var(--bad-soft); }
.hop[data-state="unknown"] { border-style: dashed; }
.hop-label { display: block; font-weight: 600; font-size: 14px; line-height: 1.3; overflow-wrap: break-word; }
.hop-state { display: block; font-size: 12px; }
.hop[data-state="ok"] .hop-state { color: var(--ok); }
.hop[data-state="failed"] .hop-state { color: var(--bad); font-weight: 700; }
.hop[data-state="unknown"] .hop-state { color: var(--muted); }
.arrow { flex: none; align-self: center; width: 22px; text-align: center; color: var(--muted); }
.retry { margin: 14px 0 0; padding: 10px 12px; border-radius: 10px; background: var(--soft); font-variant-numeric: tabular-nums; }
.retry:empty { display: none; }
.retry[data-state="back"] { background: var(--ok-soft); color: var(--ok); font-weight: 600; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 12px; }
button {
  font: inherit; font-size: 14px; font-weight: 600; cursor: pointer;
  padding: 7px 14px; border-radius: 999px;
  border: 1px solid var(--line); background: var(--bg); color: var(--fg);
}
button.primary { background: var(--accent); border-color: var(--accent); color: var(--on-accent); }
button:hover { filter: brightness(0.96); }
button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
button[hidden] { display: none; }
.more[hidden] { display: none; }
ol.steps, ul.owner { margin: 4px 0; padding-left: 1.4em; }
ol.steps li, ul.owner li { margin: 6px 0; }
.step-title { font-weight: 600; }
.step-detail { display: block; color: var(--muted); font-size: 14px; }
code, pre {
  font: 13px/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
  background: var(--soft); border-radius: 6px;
}
code { display: inline-block; margin-top: 3px; padding: 2px 6px; user-select: all; }
pre { margin: 6px 0; padding: 8px 10px; white-space: pre-wrap; max-height: 14em; overflow: auto; }
.status { margin: 12px 0 0; padding: 10px 12px; border-radius: 10px; background: var(--soft); }
.status[hidden] { display: none; }
.status p { margin: 0 0 6px; font-weight: 600; }
.status ul { margin: 0; padding-left: 1.2em; }
.status li { margin: 4px 0; }
.status li[data-state="outage"], .status li[data-state="degraded"] { color: var(--bad); }
.status a { color: var(--accent); }
.status a:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 3px; }
.status-note { margin: 6px 0 0; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

// Each host's shadow root, kept here and nowhere else: the root is closed,
// so a page script that finds the host gets `host.shadowRoot === null`.
const roots = new WeakMap();

const RETRY_STATES = new Set(['waiting', 'probing', 'offline', 'stopped', 'back', 'gave-up', 'not-resent']);

/** Creates an element with optional class and text (always as text). */
function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
}

function button(label, className, onClick) {
    const b = el('button', className, label);
    b.type = 'button';
    // Only the person's own clicks and keys: a page script that calls
    // click() or dispatches events on the card achieves nothing.
    b.addEventListener('click', (event) => {
        if (event.isTrusted) onClick(event);
    });
    return b;
}

/** "0:07", "2:30": the time left until `atMs`, rounded up to the second. */
export function formatCountdown(atMs, nowMs = Date.now()) {
    const s = Math.max(0, Math.ceil((atMs - nowMs) / 1000));
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function drawHeader(card) {
    const top = el('div', 'top');
    if (card.code) top.append(el('div', 'code', card.code));
    const words = el('div');
    words.append(el('h2', null, card.headline));
    words.lastChild.id = 'gw-headline';
    words.append(el('p', 'title', card.title));
    top.append(words);
    return top;
}

function drawDiagram(card) {
    const labels = card.labels;
    const stateWord = { ok: labels.working, failed: labels.failing, unknown: labels.unknown };
    const list = el('ol', 'diagram');
    list.setAttribute('aria-label', labels.whose_fault);
    card.diagram.forEach((hop, i) => {
        if (i > 0) {
            const arrow = el('li', 'arrow', '→');
            arrow.setAttribute('aria-hidden', 'true');
            list.append(arrow);
        }
        const item = el('li', 'hop');
        item.dataset.hop = hop.id;
        item.dataset.state = hop.state;
        // A host name breaks after its dots, not in the middle of a word.
        const label = el('span', 'hop-label');
        hop.label.split(/(?<=\.)/).forEach((part, j) => label.append(...(j ? [document.createElement('wbr')] : []), part));
        label.title = hop.label;
        item.append(label, el('span', 'hop-state', stateWord[hop.state] ?? hop.state));
        list.append(item);
    });
    return list;
}

function drawSteps(card) {
    const list = el('ol', 'steps');
    for (const step of card.visitor_steps) {
        const item = el('li');
        item.dataset.step = step.id;
        item.append(el('span', 'step-title', step.title));
        if (step.detail) item.append(el('span', 'step-detail', step.detail));
        if (step.command) item.append(el('code', null, step.command));
        list.append(item);
    }
    return list;
}

/** The answers of "Down for everyone?" (`{summary, lines}` from the core's statusReport). */
function drawStatus(box, report) {
    box.replaceChildren();
    if (!report) return;
    box.append(el('p', 'status-summary', report.summary));
    const list = el('ul');
    for (const line of report.lines ?? []) {
        const item = el('li', null, `${line.text} `);
        item.dataset.state = line.state;
        item.dataset.source = line.id;
        if (/^https?:\/\//.test(line.page ?? '')) {
            const link = el('a', null, new URL(line.page).host);
            link.href = line.page;
            link.target = '_blank';
            link.rel = 'noopener noreferrer';
            item.append(link);
        }
        list.append(item);
    }
    box.append(list);
}

function drawOwner(card) {
    const list = el('ul', 'owner');
    for (const step of card.owner_steps) list.append(el('li', null, step.title));
    return list;
}

/** Copies text with the async clipboard, or the old way where it is missing (http pages). */
async function copyText(text, root) {
    if (navigator.clipboard && window.isSecureContext) {
        try {
            await navigator.clipboard.writeText(text);
            return true;
        } catch { /* fall back below */ }
    }
    const area = el('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;opacity:0;pointer-events:none';
    root.append(area);
    area.select();
    let ok = false;
    try { ok = document.execCommand('copy'); } catch { ok = false; }
    area.remove();
    return ok;
}

function drawMore(card, audience, onCopy, root) {
    const labels = card.labels;
    const more = el('div', 'more');
    more.id = 'gw-more';
    more.hidden = true;
    const visitor = [el('h3', null, labels.visitor_title), drawSteps(card)];
    const owner = card.owner_steps.length ? [el('h3', null, labels.owner_title), drawOwner(card)] : [];
    if (card.visitor_steps.length === 0) visitor.length = 0;
    more.append(...(audience === 'owner' ? [...owner, ...visitor] : [...visitor, ...owner]));
    if (card.report) {
        const report = el('pre', 'report', card.report);
        report.tabIndex = 0;
        report.setAttribute('aria-label', labels.copy_report);
        const copy = button(labels.copy_report, 'copy', async () => {
            const ok = onCopy ? await onCopy(card.report) !== false : await copyText(card.report, root);
            if (ok) {
                copy.textContent = labels.copied;
                setTimeout(() => { copy.textContent = labels.copy_report; }, 2000);
            }
        });
        const row = el('div', 'actions');
        row.append(copy);
        more.append(report, row);
    }
    return more;
}

/**
 * Draws `card` into a closed shadow root of `host` (attached, or reused).
 * `opts.shadow: 'open'` opens it, for a page that is its own (the web page).
 * Returns `{ update(retryState), destroy() }`.
 */
export function renderCard(host, card, opts = {}) {
    const mode = opts.mode ?? 'page';
    const audience = opts.audience ?? card.audience ?? 'visitor';
    const labels = card.labels;
    let root = roots.get(host);
    if (!root) {
        root = host.attachShadow({ mode: opts.shadow === 'open' ? 'open' : 'closed' });
        roots.set(host, root);
    }
    root.replaceChildren();

    const style = el('style', null, CARD_CSS);
    const section = el('section', 'card');
    section.setAttribute('role', 'region');
    section.setAttribute('aria-labelledby', 'gw-headline');
    section.dataset.mode = mode;
    section.dataset.error = String(Boolean(card.is_error));
    section.dataset.fault = card.fault ?? 'unknown';

    section.append(drawHeader(card));
    section.append(el('p', 'what', card.what_happened));
    if (card.is_error) {
        section.append(el('h3', null, labels.whose_fault), el('p', 'fault', card.fault_text), drawDiagram(card));
    } else if (card.fault_text) {
        // No outage (a 429): whose limit it is and how long to wait, no diagram of hops that all work.
        section.append(el('h3', null, labels.whose_fault), el('p', 'fault', card.fault_text));
    }
    if (card.vendor_line) section.append(el('p', 'muted vendor', card.vendor_line));
    if (card.reference) {
        const ref = el('p', 'muted reference', `${card.reference.label || labels.reference}: `);
        ref.append(el('code', null, card.reference.value));
        section.append(ref);
    }
    if (card.incident_text) section.append(el('p', 'incident', card.incident_text));

    // The visible countdown ticks every second; screen readers hear only the
    // changes of state, through the separate live region.
    const retryLine = el('p', 'retry');
    retryLine.setAttribute('aria-hidden', 'true');
    const live = el('p', 'sr-only');
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');

    const retryNow = button(labels.retry_now, 'primary retry-now', () => opts.onRetryNow?.());
    const stop = button(labels.stop, 'stop', () => opts.onStop?.());
    const resend = button(labels.resend, 'primary resend', () => opts.onResend?.());
    const more = drawMore(card, audience, opts.onCopy, root);
    const toggle = button(labels.more, 'toggle', () => {
        more.hidden = !more.hidden;
        toggle.textContent = more.hidden ? labels.more : labels.less;
        toggle.setAttribute('aria-expanded', String(!more.hidden));
    });
    // `moreOpen`: drawn with "More" already open (a page that draws the card
    // again keeps it as the person left it; a script's click would not count).
    more.hidden = !opts.moreOpen;
    toggle.textContent = more.hidden ? labels.more : labels.less;
    toggle.setAttribute('aria-expanded', String(!more.hidden));
    toggle.setAttribute('aria-controls', more.id);
    const actions = el('div', 'actions');
    actions.append(resend, retryNow, stop, toggle);
    section.append(retryLine, live, actions);
    if (opts.onCheckStatus && card.is_error) {
        // "Down for everyone?": asks nothing until clicked; the answer is
        // announced politely when it comes.
        const box = el('div', 'status');
        box.id = 'gw-status';
        box.hidden = true;
        box.setAttribute('role', 'status');
        box.setAttribute('aria-live', 'polite');
        let busy = false;
        const check = button(labels.check_status, 'check-status', async () => {
            // Not `disabled`: that would take the keyboard's focus away.
            if (busy) return;
            busy = true;
            check.setAttribute('aria-disabled', 'true');
            box.hidden = false;
            box.setAttribute('aria-busy', 'true');
            box.replaceChildren(el('p', null, labels.checking_status));
            const report = await Promise.resolve(opts.onCheckStatus()).catch(() => null);
            box.removeAttribute('aria-busy');
            drawStatus(box, report);
            box.hidden = !report;
            check.removeAttribute('aria-disabled');
            busy = false;
        });
        check.setAttribute('aria-describedby', 'gw-status-note');
        actions.append(check);
        const note = el('p', 'muted status-note', labels.check_status_note);
        note.id = 'gw-status-note';
        section.append(note, box);
    }
    section.append(more);
    root.append(style, section);

    let retry = null;
    let timer = 0;

    function retryText() {
        if (!retry) return '';
        switch (retry.state) {
            case 'waiting':
                return retry.at_ms > Date.now()
                    ? `${labels.next_retry} ${formatCountdown(retry.at_ms)}${retry.max_attempts ? ` · ${labels.attempt_of.replace('{n}', retry.attempt).replace('{m}', retry.max_attempts)}` : ''}`
                    : labels.retrying;
            case 'probing': return labels.retrying;
            case 'offline': return labels.offline;
            case 'back': return labels.back;
            // The core says why it gave up (the tries made, or the site's own wait).
            case 'gave-up': return typeof retry.note === 'string' && retry.note ? retry.note : labels.gave_up;
            case 'stopped': return labels.gave_up;
            case 'not-resent': return labels.not_resent;
            default: return '';
        }
    }

    function tick() {
        retryLine.textContent = retryText();
    }

    function update(next) {
        retry = next && RETRY_STATES.has(next.state) ? { ...next } : null;
        const state = retry?.state ?? 'none';
        retryLine.dataset.state = state;
        section.dataset.retry = state;
        tick();
        // The live region says what changed, once (the number of seconds left at that moment).
        live.textContent = retryText();
        clearInterval(timer);
        if (state === 'waiting') timer = setInterval(tick, 250);
        const focused = root.activeElement;
        resend.hidden = !(state === 'not-resent' && opts.onResend);
        // The core says whether the page may be asked again now (never a form, never a 429).
        retryNow.hidden = !opts.onRetryNow || opts.canRetryNow === false || ['probing', 'back', 'not-resent'].includes(state);
        stop.hidden = !opts.onStop || !['waiting', 'probing', 'offline'].includes(state);
        // A keyboard user whose button just went away (Stop, once stopped)
        // stays in the card's buttons instead of falling back to the page's top.
        if (focused?.hidden) [resend, retryNow, toggle].find((b) => !b.hidden)?.focus();
    }

    update(opts.retry ?? null);

    return {
        update,
        destroy() {
            clearInterval(timer);
            root.replaceChildren();
        },
    };
}
