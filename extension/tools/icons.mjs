// The icon, drawn from shapes: a blue rounded square with a white gateway
// (an arch on two pillars) with a red light in its opening. Each pixel is the average
// of 8x8 samples, so the edges are smooth at 16 px and sharp at 128 px.

import { encodePng } from './png.mjs';

const BLUE = [11, 87, 208];
const WHITE = [255, 255, 255];
const RED = [217, 48, 37];

function inRoundedSquare(x, y, r) {
    const dx = Math.max(r - x, 0, x - (1 - r));
    const dy = Math.max(r - y, 0, y - (1 - r));
    return dx * dx + dy * dy <= r * r;
}

function inArch(x, y, half, top, bottom) {
    if (y > bottom || Math.abs(x - 0.5) > half) return false;
    return y >= top || (x - 0.5) ** 2 + (y - top) ** 2 <= half * half;
}

/** The colour at (x, y) in the unit square, or null for transparent. */
function shade(x, y) {
    if (!inRoundedSquare(x, y, 0.22)) return null;
    if ((x - 0.5) ** 2 + (y - 0.6) ** 2 <= 0.095 ** 2) return RED;
    const gate = inArch(x, y, 0.3, 0.46, 0.84) && !inArch(x, y, 0.15, 0.46, 0.9);
    return gate ? WHITE : BLUE;
}

export function drawIcon(size) {
    const n = 8;
    const rgba = new Uint8Array(size * size * 4);
    for (let py = 0; py < size; py++) {
        for (let px = 0; px < size; px++) {
            let r = 0, g = 0, b = 0, a = 0;
            for (let sy = 0; sy < n; sy++) {
                for (let sx = 0; sx < n; sx++) {
                    const c = shade((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
                    if (!c) continue;
                    r += c[0]; g += c[1]; b += c[2]; a += 1;
                }
            }
            const i = (py * size + px) * 4;
            if (a) rgba.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / (n * n))], i);
        }
    }
    return encodePng(size, size, rgba);
}
