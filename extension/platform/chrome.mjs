// Chromium's differences from manifest.json. Each key says why.
export default {
    background: {
        // Chromium runs MV3 backgrounds as service workers only. A module,
        // because the core's wasm-bindgen glue is an ES module.
        service_worker: 'src/background.js',
        type: 'module',
    },
    // Chromium 116+ has storage.session's trusted default we rely on and
    // scripting.executeScript with `files`; 120 is the oldest we test.
    minimum_chrome_version: '120',
    // What an organisation may set (storage.managed), checked by Chrome
    // against this schema. Firefox has no schema: it hands policies.json's
    // "3rdparty" -> "Extensions" -> <id> over as is, and the core checks
    // every value either way (src/managed.rs).
    storage: { managed_schema: 'options/managed_schema.json' },
};
