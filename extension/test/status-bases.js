// Test builds only (copied over src/status-bases.js by build.mjs --test):
// the local stand-ins of the status pages a test has set, if any.
export const statusBases = () => globalThis.gatewiseStatusBases ?? null;
