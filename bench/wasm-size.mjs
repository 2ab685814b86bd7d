// Where the release wasm's bytes go (issue 9, part 4), for the size goal.
//
//   1. The shipped file, dist/pkg/gatewise_bg.wasm, read section by section
//      (code, data, the rest), each section gzipped (-9) on its own.
//   2. The same build with its function names kept (wasm-bindgen
//      --keep-debug, then wasm-opt -Oz with the build's own flags and
//      --debuginfo), read by twiggy (`cargo install twiggy`), each function
//      and data segment put in one of a few groups by its name.
//
//   node bench/wasm-size.mjs [--wasm FILE]    (FILE: the cargo output, default
//                                              target/wasm32-unknown-unknown/wasm/gatewise.wasm)
//
// Writes target/bench/wasm-size.json for bench/report.mjs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const cargoWasm = argv[0] === '--wasm' && argv[1] ? path.resolve(argv[1]) : path.join(root, 'target/wasm32-unknown-unknown/wasm/gatewise.wasm');
const shipped = path.join(root, 'dist/pkg/gatewise_bg.wasm');
const out = path.join(root, 'target/bench/wasm-size.json');

const gzip = (buf) => {
    try {
        return execFileSync('gzip', ['-9c'], { input: buf, maxBuffer: 1 << 26 }).length;
    } catch {
        return zlib.gzipSync(buf, { level: 9 }).length;
    }
};

/** The sections of a wasm module: [{ id, name, bytes }]. */
function sections(buf) {
    const NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount', 'tag'];
    const out = [];
    let at = 8;
    const leb = () => {
        let v = 0;
        let shift = 0;
        for (;;) {
            const b = buf[at++];
            v += (b & 0x7f) * 2 ** shift;
            shift += 7;
            if (!(b & 0x80)) return v;
        }
    };
    while (at < buf.length) {
        const id = buf[at++];
        const size = leb();
        out.push({ id, name: NAMES[id] ?? `section ${id}`, bytes: buf.subarray(at, at + size) });
        at += size;
    }
    return out;
}

// The groups, tried in order; the first whose pattern matches a name wins.
const GROUPS = [
    ['names', /function names|subsection|custom section|^producers|^target_features/],
    ['data: text and tables (the knowledge base, the card\'s sentences, vendor signatures)', /^data segment/],
    ['JS boundary: serde (de)serialisers of the core\'s types and serde-wasm-bindgen', /serde|Deserialize|Serialize|Visitor|DeserializeSeed|to_js|from_js/],
    ['JS boundary: the exports\' bodies (wasm-bindgen shims, with what is inlined into them)', /shim|wasm_bindgen|__wbg|__wbindgen|js_sys|externref/],
    ['diagnosis (page reading, vendors, headers, codes)', /gatewise::(diagnose|text|vendors|headers|codes|network|catalog)/],
    ['explanation (the card)', /gatewise::explain/],
    ['retry engine', /gatewise::(engine|plan|incident)/],
    ['number and string formatting (core::fmt)', /fmt|Display|Debug|float|dec2flt|flt2dec|bignum|escape/],
    ['allocator, collections, sorting, strings', /dlmalloc|alloc::|__rdl|__rust|btree|sort|hashbrown|hash|core.*str|memchr|aho_corasick|slice|utf8/],
];

const result = { date: new Date().toISOString(), shipped: null, groups: null, error: null };
if (fs.existsSync(shipped)) {
    const buf = fs.readFileSync(shipped);
    const secs = sections(buf);
    const part = (pred) => Buffer.concat(secs.filter(pred).map((s) => s.bytes));
    const code = part((s) => s.name === 'code');
    const data = part((s) => s.name === 'data');
    const rest = part((s) => s.name !== 'code' && s.name !== 'data');
    result.shipped = {
        raw: buf.length,
        gzip: gzip(buf),
        code: { raw: code.length, gzip: gzip(code) },
        data: { raw: data.length, gzip: gzip(data) },
        rest: { raw: rest.length, gzip: gzip(rest) },
    };
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gatewise-wasm-size-'));
try {
    if (!fs.existsSync(cargoWasm)) throw new Error(`no ${path.relative(root, cargoWasm)} (run make build)`);
    execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-debug', '--out-dir', tmp, cargoWasm], { stdio: 'pipe', env: { ...process.env, PATH: `${os.homedir()}/.cargo/bin:${process.env.PATH}` } });
    const named = path.join(tmp, 'named.wasm');
    execFileSync(path.join(root, 'node_modules/.bin/wasm-opt'), ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--debuginfo', '--strip-producers', path.join(tmp, 'gatewise_bg.wasm'), '-o', named], { stdio: 'pipe' });
    let top;
    try {
        top = execFileSync('twiggy', ['top', '-n', '1000000', '-f', 'json', named], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, PATH: `${os.homedir()}/.cargo/bin:${process.env.PATH}` } });
    } catch (e) {
        throw new Error(`twiggy did not run (cargo install twiggy): ${e.message.split('\n')[0]}`);
    }
    const rows = JSON.parse(top).filter((r) => !r.name.startsWith('Σ') && !r.name.startsWith('... and'));
    const groups = new Map([...GROUPS.map(([g]) => [g, { bytes: 0, items: 0, largest: [] }]), ['other', { bytes: 0, items: 0, largest: [] }]]);
    for (const r of rows) {
        const g = groups.get(GROUPS.find(([, re]) => re.test(r.name))?.[0] ?? 'other');
        g.bytes += r.shallow_size;
        g.items += 1;
        g.largest.push([r.shallow_size, r.name.replace(/::h[0-9a-f]{16}$/, '').slice(0, 100)]);
    }
    const total = [...groups].filter(([g]) => g !== 'names').reduce((a, [, v]) => a + v.bytes, 0);
    result.groups = [...groups].filter(([g]) => g !== 'names').map(([group, v]) => ({
        group,
        bytes: v.bytes,
        share: v.bytes / total,
        items: v.items,
        largest: v.largest.sort((a, b) => b[0] - a[0]).slice(0, 3),
    })).sort((a, b) => b.bytes - a.bytes);
    result.namedTotal = total;
} catch (e) {
    result.error = e.message;
} finally {
    fs.rmSync(tmp, { recursive: true, force: true });
}

const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
if (result.shipped) {
    const s = result.shipped;
    console.log(`wasm-size: ${kib(s.raw)} raw, ${kib(s.gzip)} gzipped; code ${kib(s.code.raw)} (${kib(s.code.gzip)} gzipped alone), data ${kib(s.data.raw)} (${kib(s.data.gzip)}), the rest ${kib(s.rest.raw)} (${kib(s.rest.gzip)})`);
}
if (result.groups) {
    for (const g of result.groups) console.log(`  ${kib(g.bytes).padStart(10)} ${(g.share * 100).toFixed(1).padStart(5)}%  ${g.group}  (largest: ${g.largest.map(([b, n]) => `${n} ${b}`).join('; ')})`);
} else {
    console.log(`wasm-size: groups not measured: ${result.error}`);
}
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(result, null, 2));
console.log(`wasm-size: wrote ${path.relative(root, out)}`);
