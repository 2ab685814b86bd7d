// Firefox's differences from manifest.json. Each key says why.
export default {
    background: {
        // Firefox runs MV3 backgrounds as event pages, not service workers:
        // it needs `scripts` (a module, for the core's ES-module glue).
        scripts: ['src/background.js'],
        type: 'module',
    },
    // The base permissions, and `captivePortal`: Firefox's own detection of
    // a Wi-Fi sign-in page, so that the card says "your network" and
    // retries wait for the sign-in (Chromium has no such API).
    permissions: ['webRequest', 'scripting', 'storage', 'alarms', 'notifications', 'captivePortal'],
    browser_specific_settings: {
        gecko: {
            // A fixed id: storage and the moz-extension origin stay the same across updates.
            id: 'gatewise@gatewise.dev',
            // data_collection_permissions needs 140 (and 142 on Android, not targeted).
            strict_min_version: '140.0',
            // Gatewise sends nothing anywhere: only probes to the site being visited.
            data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android got data_collection_permissions in 142: say so,
        // or Android's 140 would be promised a key it does not know.
        gecko_android: { strict_min_version: '142.0' },
    },
};
