// The options page: every change is saved at once to storage.local
// "options"; the background reads them at each failure. The numbers start
// from the core's defaultPolicy().

import { api } from '../src/browser.js';
import { OPTION_DEFAULTS, loadOptions, saveOptions } from '../src/options-store.js';
import { localize, t } from '../src/i18n.js';
import { core } from '../src/core.js';

// Codes offered; the core's defaults are checked until the person changes them.
const OFFERED = [500, 502, 503, 504, 520, 521, 522, 523, 524];

const form = document.getElementById('form');
const defaults = (await core()).defaultPolicy();
let options = await loadOptions();

const policy = () => ({ ...defaults, ...options.policy });

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
    list.replaceChildren(...Object.entries(options.sites).sort().map(([host, rule]) => {
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
        item.append(name, what, remove);
        return item;
    }));
}

function fill() {
    const p = policy();
    form.auto_retry.checked = options.auto_retry;
    form.network.checked = p.network;
    form.max_attempts.value = p.max_attempts;
    form.max_total_min.value = Math.round(p.max_total_ms / 60000);
    form.notify.checked = options.notify;
    form.offer_resend.checked = options.offer_resend;
    form.audience.value = options.audience;
    form.card_in_page.value = options.card_in_page ? 'page' : 'popup';
    for (const box of form.querySelectorAll('input[name="code"]')) box.checked = p.codes.includes(Number(box.value));
    drawSites();
}

async function save(change) {
    options = { ...options, ...change };
    await saveOptions(options);
    fill();
    const saved = document.getElementById('saved');
    saved.textContent = t('optSaved');
    setTimeout(() => { saved.textContent = ''; }, 1500);
}

function fromForm() {
    const number = (input, min, max) => Math.min(max, Math.max(min, Math.round(Number(input.value)) || min));
    return {
        auto_retry: form.auto_retry.checked,
        notify: form.notify.checked,
        offer_resend: form.offer_resend.checked,
        audience: form.audience.value,
        card_in_page: form.card_in_page.value === 'page',
        policy: {
            ...options.policy,
            codes: [...form.querySelectorAll('input[name="code"]:checked')].map((b) => Number(b.value)),
            network: form.network.checked,
            max_attempts: number(form.max_attempts, 1, 60),
            max_total_ms: number(form.max_total_min, 1, 1440) * 60000,
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

localize();
drawCodes();
fill();
form.addEventListener('change', (e) => {
    if (e.target.closest('.add-site')) return;
    if (e.target.matches('input[type="number"]') && !e.target.checkValidity()) return;
    save(fromForm());
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
document.body.dataset.ready = 'true';
