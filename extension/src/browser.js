// The one place that picks the extension namespace: Firefox has `browser`
// (promises), Chromium `chrome` (promises too, in MV3). Every other file
// imports `api` from here and never touches either global.

export const api = globalThis.browser ?? globalThis.chrome;

/** "Firefox 153 on Linux", "Chromium 156 on Linux": for the support report. */
export async function browserLabel() {
    const info = await api.runtime.getPlatformInfo().catch(() => ({ os: '' }));
    const os = { win: 'Windows', mac: 'macOS', linux: 'Linux', cros: 'ChromeOS', android: 'Android', openbsd: 'OpenBSD' }[info.os] ?? info.os;
    let name = 'Browser';
    if (api.runtime.getBrowserInfo) {
        const b = await api.runtime.getBrowserInfo();
        name = `${b.name} ${b.version.split('.')[0]}`;
    } else {
        const brands = navigator.userAgentData?.brands ?? [];
        const brand = brands.find((b) => !/not.a.brand/i.test(b.brand) && b.brand !== 'Chromium') ?? brands.find((b) => b.brand === 'Chromium');
        if (brand) name = `${brand.brand} ${brand.version}`;
    }
    return os ? `${name} on ${os}` : name;
}

/** The core's name for the visitor's system (it picks keys and commands). */
export async function coreOs() {
    const info = await api.runtime.getPlatformInfo().catch(() => ({ os: 'linux' }));
    return { win: 'windows', mac: 'macos', linux: 'linux', cros: 'chromeos', android: 'android', openbsd: 'linux' }[info.os] ?? 'linux';
}
