// The options page: every change is saved at once to storage.local
// "options"; the background reads them at each failure. The numbers start
// from the core's defaultPolicy(). Settings an organisation sets
// (storage.managed) are shown as set, locked, and never written over the
// person's own: the core says which (effectiveOptions).

import { api } from '../src/browser.js';
import { OPTION_DEFAULTS, loadOptions, saveOptions, loadManaged } from '../src/options-store.js';
import { localize, shippedLanguages, t } from '../src/i18n.js';
import { core } from '../src/core.js';

// Codes offered; the core's defaults are checked until the person changes them.
const OFFERED = [500, 502, 503, 504, 520, 521, 522, 523, 524];

const form = document.getElementById('form');
const c = await core();
const defaults = c.defaultPolicy();
let options = await loadOptions();        // the person's own
let managed = await loadManaged();        // the organisation's
let shown = c.effectiveOptions(options, managed); // {options in force, locked, ignored}

const policy = () => ({ ...defaults, ...shown.options.policy });
const locked = (name) => shown.locked.includes(name);

/** The form's controls for each policy an organisation may set. */
const CONTROLS = {
    auto_retry: () => [form.auto_retry],
    notify: () => [form.notify],
    card_in_page: () => [...form.querySelectorAll('input[name="card_in_page"]')],
    offer_resend: () => [form.offer_resend],
    network: () => [form.network],
    codes: () => [...form.querySelectorAll('input[name="code"]')],
    max_attempts: () => [form.max_attempts],
    max_total_minutes: () => [form.max_total_min],
};

function managedMark() {
    const mark = document.createElement('span');
    mark.className = 'managed';
    mark.textContent = t('optManaged');
    return mark;
}

/** Locks what the organisation set, with a word next to each. */
function drawLocks() {
    document.querySelectorAll('.managed[id^="managed-"]').forEach((m) => m.remove());
    document.getElementById('managed-note').hidden = shown.locked.length === 0;
    for (const [name, controls] of Object.entries(CONTROLS)) {
        const inputs = controls();
        for (const input of inputs) {
            input.disabled = locked(name);
            input.dataset.managed = String(locked(name));
        }
        if (!locked(name) || !inputs.length) continue;
        const mark = managedMark();
        mark.id = `managed-${name}`;
        // One word per group: after the last control's label (or the group's legend).
        const group = inputs[0].closest('fieldset.codes');
        if (group) group.querySelector('legend').append(' ', mark);
        else inputs[inputs.length - 1].closest('label').append(' ', mark);
        for (const input of inputs) input.setAttribute('aria-describedby', mark.id);
    }
}

function drawCodes() {
    const box = document.getElementById('codes');
    box.querySelectorAll('label').forEach((l) => l.remove());
    for (const code of OFFERED) {
        const label = document.createElement('label');
        const input = document.createElement('input');
        input.type = 'checkbox';
        input.name = 'code';
        input.value = String(code);
        label.append(input, ` ${code}`);
        box.append(label);
    }
}

function drawSites() {
    const list = document.getElementById('sites');
    list.replaceChildren(...Object.entries(shown.options.sites).sort().map(([host, rule]) => {
        const item = document.createElement('li');
        const name = document.createElement('span');
        name.className = 'host';
        name.textContent = host;
        const what = document.createElement('span');
        what.textContent = t(rule === 'always' ? 'optAlways' : 'optNever');
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.textContent = t('optRemove');
        remove.setAttribute('aria-label', `${t('optRemove')} ${host}`);
        remove.addEventListener('click', () => save({ sites: Object.fromEntries(Object.entries(options.sites).filter(([h]) => h !== host)) }));
        if (locked(`sites:${host}`)) {
            item.dataset.managed = 'true';
            item.append(name, what, managedMark());
            return item;
        }
        item.append(name, what, remove);
        return item;
    }));
}

function fill() {
    const p = policy();
    const o = shown.options;
    form.auto_retry.checked = o.auto_retry;
    form.network.checked = p.network;
    form.max_attempts.value = p.max_attempts;
    form.max_total_min.value = Math.round(p.max_total_ms / 60000);
    form.notify.checked = o.notify;
    form.offer_resend.checked = o.offer_resend;
    form.audience.value = options.audience; // never managed: the person's own
    form.lang.value = options.lang; // never managed: the person's own
    form.card_in_page.value = o.card_in_page ? 'page' : 'popup';
    for (const box of form.querySelectorAll('input[name="code"]')) box.checked = p.codes.includes(Number(box.value));
    drawSites();
    drawLocks();
}

async function save(change) {
    options = { ...options, ...change };
    await saveOptions(options);
    shown = c.effectiveOptions(options, managed);
    fill();
    const saved = document.getElementById('saved');
    saved.textContent = t('optSaved');
    setTimeout(() => { saved.textContent = ''; }, 1500);
}

/** The person's options from the form; what the organisation set keeps the person's own value. */
function fromForm() {
    const number = (input, min, max) => Math.min(max, Math.max(min, Math.round(Number(input.value)) || min));
    const own = (name, fromForm, mine) => (locked(name) ? mine : fromForm);
    const mine = { ...defaults, ...options.policy };
    return {
        auto_retry: own('auto_retry', form.auto_retry.checked, options.auto_retry),
        notify: own('notify', form.notify.checked, options.notify),
        offer_resend: own('offer_resend', form.offer_resend.checked, options.offer_resend),
        audience: form.audience.value,
        lang: form.lang.value,
        card_in_page: own('card_in_page', form.card_in_page.value === 'page', options.card_in_page),
        policy: {
            ...options.policy,
            codes: own('codes', [...form.querySelectorAll('input[name="code"]:checked')].map((b) => Number(b.value)), mine.codes),
            network: own('network', form.network.checked, mine.network),
            max_attempts: own('max_attempts', number(form.max_attempts, 1, 60), mine.max_attempts),
            max_total_ms: own('max_total_minutes', number(form.max_total_min, 1, 1440) * 60000, mine.max_total_ms),
        },
    };
}

function addSite() {
    const input = document.getElementById('site-host');
    let host = input.value.trim().toLowerCase();
    try { host = new URL(host.includes('://') ? host : `https://${host}`).hostname; } catch { return; }
    if (!host) return;
    input.value = '';
    save({ sites: { ...options.sites, [host]: document.getElementById('site-rule').value } });
}

/** The language select: the browser's language, then each language the core has, in its own name. */
function drawLanguages(languages) {
    for (const { tag, name } of languages) {
        const option = document.createElement('option');
        option.value = tag;
        option.lang = tag;
        option.textContent = name;
        form.lang.append(option);
    }
}

drawLanguages(await shippedLanguages());
await localize();
drawCodes();
fill();
form.addEventListener('change', (e) => {
    if (e.target.closest('.add-site')) return;
    if (e.target.matches('input[type="number"]') && !e.target.checkValidity()) return;
    const relabel = e.target === form.lang;
    save(fromForm()).then(() => relabel && localize().then(fill));
});
form.addEventListener('submit', (e) => e.preventDefault());
document.getElementById('site-add').addEventListener('click', addSite);
document.getElementById('site-host').addEventListener('keydown', (e) => {
    if (e.key === 'Enter') addSite();
});
document.getElementById('reset').addEventListener('click', () => save({ ...OPTION_DEFAULTS, sites: options.sites }));
document.getElementById('forget-all').addEventListener('click', async () => {
    await api.runtime.sendMessage({ type: 'history:forget-all' });
    const saved = document.getElementById('saved');
    saved.textContent = t('optForgotten');
    setTimeout(() => { saved.textContent = ''; }, 1500);
});
// A policy set or lifted while the page is open.
api.storage.onChanged.addListener(async (changes, area) => {
    if (area !== 'managed') return;
    managed = await loadManaged();
    shown = c.effectiveOptions(options, managed);
    fill();
});
document.body.dataset.ready = 'true';
