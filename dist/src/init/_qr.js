/* @ts-self-types="./_qr.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Householder QR in double precision, for `orthogonal`. LAPACK's `geqrf` +
 * `orgqr` (what `torch.linalg.qr` calls) cannot be reproduced bit for bit, so
 * this computes the same mathematical object: the reduced Q of a tall matrix,
 * with each column multiplied by the sign of R's diagonal entry — the unique
 * Q whose R has a positive diagonal (a zero diagonal entry zeroes the column,
 * as `sign(0) = 0` does in torch).
 *
 * The factorisation is blocked the way LAPACK blocks it: a panel of `NB`
 * columns is reduced one reflector at a time, its reflectors are gathered into
 * the compact WY form `H = I - V T Vᵀ`, and the rest of the matrix is updated
 * with two matrix products (`W = Vᵀ C`, `C -= V (Tᵀ W)`); Q is then formed in
 * place, block by block from the last, the same way. The O(n³) work goes
 * through three kernels ({@linkcode QrKernels}) whose arithmetic is fixed
 * element by element (see their docs): the plain TypeScript kernels here and
 * the WebAssembly SIMD kernels in `_qr_kernels.wat` perform the same IEEE
 * operations in the same order, so both paths give the same bits. The module
 * also holds the driver itself (`qr`, the steps of `qrInPlace` below, with
 * the reflector and the sign fix as {@linkcode QrKernels} members) and the
 * copies in and out of {@linkcode orthogonalFill}, so that a first call runs
 * compiled code rather than this file's loops in the interpreter.
 *
 * @module
 */
import { QR_KERNELS_WASM } from "./_qr_wasm.js";
import { decodeBase64 } from "../_base64.js";
/**
 * Panel width: how many reflectors are gathered into one block. 12 to 24 ran
 * equally fast at 1024×1024 with these kernels, 16 fastest at 256×256.
 */
export const NB = 16;
/** The reference kernels, in plain TypeScript, on `mem`. */
export function tsKernels(mem) {
    return {
        mem,
        dots(v, ldv, b, c, ldc, nc, len, w) {
            const end = len & ~1;
            const odd = (len & 1) === 1;
            const last = len - 1;
            let p = 0;
            // Two columns of V at a time (four independent pairs of partial sums).
            for (; p + 2 <= b; p += 2) {
                const v0 = v + p * ldv;
                const v1 = v0 + ldv;
                for (let j = 0; j < nc; j++) {
                    const cj = c + j * ldc;
                    let e0 = 0, o0 = 0, e1 = 0, o1 = 0;
                    for (let i = 0; i < end; i += 2) {
                        const x = mem[cj + i];
                        const y = mem[cj + i + 1];
                        e0 += mem[v0 + i] * x;
                        o0 += mem[v0 + i + 1] * y;
                        e1 += mem[v1 + i] * x;
                        o1 += mem[v1 + i + 1] * y;
                    }
                    let r0 = e0 + o0;
                    let r1 = e1 + o1;
                    if (odd) {
                        r0 += mem[v0 + last] * mem[cj + last];
                        r1 += mem[v1 + last] * mem[cj + last];
                    }
                    mem[w + p * nc + j] = r0;
                    mem[w + (p + 1) * nc + j] = r1;
                }
            }
            for (; p < b; p++) {
                const v0 = v + p * ldv;
                for (let j = 0; j < nc; j++) {
                    const cj = c + j * ldc;
                    let e0 = 0, o0 = 0;
                    for (let i = 0; i < end; i += 2) {
                        e0 += mem[v0 + i] * mem[cj + i];
                        o0 += mem[v0 + i + 1] * mem[cj + i + 1];
                    }
                    let r0 = e0 + o0;
                    if (odd)
                        r0 += mem[v0 + last] * mem[cj + last];
                    mem[w + p * nc + j] = r0;
                }
            }
        },
        update(v, ldv, b, c, ldc, nc, len, w) {
            for (let j = 0; j < nc; j++) {
                const cj = c + j * ldc;
                let p = 0;
                // Four columns of V per pass over C's column; per element the
                // subtractions still run in increasing p.
                for (; p + 4 <= b; p += 4) {
                    const s0 = mem[w + p * nc + j];
                    const s1 = mem[w + (p + 1) * nc + j];
                    const s2 = mem[w + (p + 2) * nc + j];
                    const s3 = mem[w + (p + 3) * nc + j];
                    const v0 = v + p * ldv;
                    const v1 = v0 + ldv;
                    const v2 = v1 + ldv;
                    const v3 = v2 + ldv;
                    for (let i = 0; i < len; i++) {
                        let x = mem[cj + i];
                        x -= mem[v0 + i] * s0;
                        x -= mem[v1 + i] * s1;
                        x -= mem[v2 + i] * s2;
                        x -= mem[v3 + i] * s3;
                        mem[cj + i] = x;
                    }
                }
                for (; p < b; p++) {
                    const s0 = mem[w + p * nc + j];
                    const v0 = v + p * ldv;
                    for (let i = 0; i < len; i++)
                        mem[cj + i] -= mem[v0 + i] * s0;
                }
            }
        },
        triangular(t, b, w, nc, transpose) {
            // Row by row into a scratch row, each element summed over q in order.
            const acc = new Float64Array(nc);
            for (let k = 0; k < b; k++) {
                const p = transpose ? b - 1 - k : k;
                const q0 = transpose ? 0 : p;
                const q1 = transpose ? p + 1 : b;
                acc.fill(0);
                for (let q = q0; q < q1; q++) {
                    const s = transpose ? mem[t + q + p * b] : mem[t + p + q * b];
                    const row = w + q * nc;
                    for (let j = 0; j < nc; j++)
                        acc[j] += s * mem[row + j];
                }
                mem.set(acc, w + p * nc);
            }
        },
        reflector(x, l, tau, diag) {
            let norm2 = 0;
            for (let i = 0; i < l; i++)
                norm2 += mem[x + i] * mem[x + i];
            const alpha = mem[x];
            const norm = Math.sqrt(norm2);
            if (norm === 0) {
                mem[tau] = 0;
                mem[diag] = 0;
                return 0;
            }
            // beta = -sign(alpha)·‖x‖, v = (x - beta e1) / (alpha - beta), so v[0] = 1,
            // tau = (beta - alpha) / beta, and H x = beta e1 with H = I - tau v vᵀ.
            const beta = alpha >= 0 ? -norm : norm;
            const scale = 1 / (alpha - beta);
            for (let i = 1; i < l; i++)
                mem[x + i] *= scale;
            mem[tau] = (beta - alpha) / beta;
            mem[diag] = beta;
            return 1;
        },
        signFix(a, m, n, diag) {
            for (let j = 0; j < n; j++) {
                const d = mem[diag + j];
                if (d > 0)
                    continue;
                const cj = a + j * m;
                if (d < 0) {
                    for (let i = 0; i < m; i++)
                        mem[cj + i] = -mem[cj + i];
                }
                else
                    mem.fill(0, cj, cj + m);
            }
        },
    };
}
/** Doubles of workspace needed for an m×n problem (after the matrix itself). */
function workspaceSize(m, n) {
    const nb = Math.min(NB, n);
    // V panel (m×nb), W (nb×n), all T blocks (nb×nb per block), taus, diag.
    return m * nb + nb * n + Math.ceil(n / nb) * nb * nb + 2 * n;
}
/**
 * The sign-fixed reduced Q, in place. `k.mem[a .. a + m*n)` holds the m×n
 * matrix (m ≥ n ≥ 1) column-major and is overwritten with Q (column j
 * multiplied by sign(R[j][j])); `k.mem[ws ..)` is workspace of
 * `workspaceSize(m, n)` doubles.
 */
function qrInPlace(k, a, m, n, ws) {
    const nb = Math.min(NB, n);
    if ("ex" in k) {
        // The same steps as below, in the module (`qr` in _qr_kernels.wat): a first call
        // then runs compiled code, not this function in the interpreter.
        k.ex.qr(a, m, n, ws, nb);
        return;
    }
    const mem = k.mem;
    const vbuf = ws;
    const wbuf = vbuf + m * nb;
    const tall = wbuf + nb * n;
    const taus = tall + Math.ceil(n / nb) * nb * nb;
    const diag = taus + n;
    // --- Factorisation: A = H0 H1 … H(n-1) R, reflectors below the diagonal.
    for (let k0 = 0; k0 < n; k0 += nb) {
        const b = Math.min(nb, n - k0);
        const len = m - k0;
        // Panel: one reflector at a time, applied to the rest of the panel.
        for (let j = 0; j < b; j++) {
            const col = k0 + j;
            const x = a + col + col * m; // A[col, col]
            const l = m - col;
            // H = I when the norm is 0; the stored v (all zero) is never used with tau 0.
            if (k.reflector(x, l, taus + col, diag + col) === 0)
                continue;
            const tau = mem[taus + col];
            const beta = mem[diag + col];
            if (j + 1 < b) {
                mem[x] = 1;
                const c = x + m;
                k.dots(x, m, 1, c, m, b - j - 1, l, wbuf);
                for (let q = 0; q < b - j - 1; q++)
                    mem[wbuf + q] *= tau;
                k.update(x, m, 1, c, m, b - j - 1, l, wbuf);
            }
            mem[x] = beta;
        }
        const t = tall + (k0 / nb) * nb * nb;
        gatherPanel(mem, a, m, k0, b, vbuf);
        formT(k, vbuf, len, b, taus + k0, t);
        const nc = n - k0 - b;
        if (nc > 0) {
            // C = A[k0.., k0+b..] ← Hᵀ C = C - V Tᵀ (Vᵀ C).
            const c = a + k0 + (k0 + b) * m;
            k.dots(vbuf, len, b, c, m, nc, len, wbuf);
            k.triangular(t, b, wbuf, nc, 1);
            k.update(vbuf, len, b, c, m, nc, len, wbuf);
        }
    }
    // --- Q = H0 … H(n-1) [I; 0], formed in place from the last block.
    const lastK0 = Math.floor((n - 1) / nb) * nb;
    for (let k0 = lastK0; k0 >= 0; k0 -= nb) {
        const b = Math.min(nb, n - k0);
        const len = m - k0;
        gatherPanel(mem, a, m, k0, b, vbuf);
        // The panel's own columns start as identity columns.
        for (let j = k0; j < k0 + b; j++) {
            const cj = a + j * m;
            mem.fill(0, cj, cj + m);
            mem[cj + j] = 1;
        }
        // C = A[k0.., k0..] ← H C = C - V T (Vᵀ C).
        const c = a + k0 + k0 * m;
        const nc = n - k0;
        const t = tall + (k0 / nb) * nb * nb;
        k.dots(vbuf, len, b, c, m, nc, len, wbuf);
        k.triangular(t, b, wbuf, nc, 0);
        k.update(vbuf, len, b, c, m, nc, len, wbuf);
    }
    // --- torch's sign fix: Q[:, j] *= sign(R[j][j]).
    k.signFix(a, m, n, diag);
}
/**
 * Copy the panel's reflectors (columns k0..k0+b-1 of A, rows k0..m-1) into
 * `vbuf` (len×b, leading dimension len = m - k0) as an explicit unit lower
 * trapezoid: zeros above the diagonal, ones on it. A reflector with tau = 0
 * has a zero row and column in T, so it contributes nothing.
 */
function gatherPanel(mem, a, m, k0, b, vbuf) {
    const len = m - k0;
    for (let p = 0; p < b; p++) {
        const dst = vbuf + p * len;
        const src = a + k0 + (k0 + p) * m;
        mem.fill(0, dst, dst + p);
        mem[dst + p] = 1;
        mem.copyWithin(dst + p + 1, src + p + 1, src + len);
    }
}
/**
 * The b×b upper triangular T (column-major at `t`) with
 * H(0) … H(b-1) = I - V T Vᵀ: T[j][j] = tau_j and
 * T[0..j, j] = -tau_j · T[0..j, 0..j] · (V[:, 0..j]ᵀ v_j).
 */
function formT(k, vbuf, len, b, taus, t) {
    const mem = k.mem;
    mem.fill(0, t, t + b * b);
    for (let j = 0; j < b; j++) {
        const tau = mem[taus + j];
        const tj = t + j * b;
        mem[tj + j] = tau;
        if (j === 0 || tau === 0)
            continue;
        // z = V[j.., 0..j]ᵀ v_j[j..] (v_j is zero above row j), into T[0..j, j].
        k.dots(vbuf + j, len, j, vbuf + j + j * len, len, 1, len - j, tj);
        // T[0..j, j] = -tau · T[0..j, 0..j] z, upper triangular, top row first.
        for (let i = 0; i < j; i++) {
            let s = 0;
            for (let q = i; q < j; q++)
                s += mem[t + i + q * b] * mem[tj + q];
            mem[tj + i] = -tau * s;
        }
    }
}
let wasmModule;
/** The compiled WebAssembly kernels, or null where WebAssembly SIMD is unavailable. */
function kernelModule() {
    if (wasmModule === undefined) {
        wasmModule = null;
        try {
            const bytes = decodeBase64(QR_KERNELS_WASM);
            if (typeof WebAssembly === "object" && WebAssembly.validate(bytes)) {
                wasmModule = new WebAssembly.Module(bytes);
            }
        }
        catch {
            wasmModule = null;
        }
    }
    return wasmModule;
}
/** Whether the WebAssembly SIMD kernels can run here. */
export function wasmAvailable() {
    return kernelModule() !== null;
}
/**
 * Largest WebAssembly memory kept between calls (bytes): 4 MiB, enough for
 * 512×512. Creating an instance and its zeroed memory cost 15–150 µs per call
 * (a tenth of a 64×64 `orthogonal`); larger problems take a fresh memory,
 * dropped after the call, so no large buffer outlives it.
 */
const KEEP_BYTES = 4 * 2 ** 20;
/** The kept instance, its memory and its exports. */
let kept = null;
/**
 * Kernels over a WebAssembly memory of at least `doubles` doubles: the kept
 * one (grown if need be) for problems up to {@linkcode KEEP_BYTES}, else a
 * fresh one. The memory's contents are not cleared: `qrInPlace` writes every
 * value it reads.
 */
function wasmKernels(module, doubles) {
    const pages = Math.ceil((doubles * 8) / 65536);
    if (pages * 65536 <= KEEP_BYTES) {
        if (kept === null || kept.module !== module) {
            const memory = new WebAssembly.Memory({ initial: pages });
            const instance = new WebAssembly.Instance(module, { env: { memory } });
            kept = { memory, ex: instance.exports, module };
        }
        const { memory, ex } = kept;
        const have = memory.buffer.byteLength / 65536;
        if (have < pages)
            memory.grow(pages - have);
        return withMemory(memory, ex, doubles);
    }
    const memory = new WebAssembly.Memory({ initial: pages });
    const instance = new WebAssembly.Instance(module, { env: { memory } });
    return withMemory(memory, instance.exports, doubles);
}
function withMemory(memory, ex, doubles) {
    return {
        mem: new Float64Array(memory.buffer, 0, doubles),
        buffer: memory.buffer,
        ex,
        dots: ex.dots,
        update: ex.update,
        triangular: ex.triangular,
        reflector: ex.reflector,
        signFix: ex.signFix,
    };
}
/**
 * The kernels address bytes with signed 32-bit integers, so WebAssembly is
 * used for workspaces below 2 GiB; larger problems run in TypeScript.
 */
const WASM_MAX_DOUBLES = 2 ** 28;
/**
 * Below this many multiply-adds (about m·n²) a fresh WebAssembly instance
 * costs more than it saves (measured crossover near 28×28), so small problems
 * run in TypeScript, with the same bits.
 */
const WASM_MIN_WORK = 28 ** 3;
/**
 * Kernels over at least `total` doubles for an m×n problem: WebAssembly when
 * `backend` is "wasm" or (by default) the problem is large enough, unless
 * WebAssembly SIMD is unavailable, the problem is too large for it, or its
 * memory cannot be had; TypeScript otherwise.
 */
function kernelsFor(m, n, total, backend) {
    const wanted = backend === "wasm" ||
        (backend === undefined && m * n * n >= WASM_MIN_WORK);
    const module = wanted && total < WASM_MAX_DOUBLES ? kernelModule() : null;
    if (module !== null) {
        try {
            return wasmKernels(module, total);
        }
        catch {
            // Out of memory for a WebAssembly.Memory: the TypeScript kernels below.
        }
    }
    return tsKernels(new Float64Array(total));
}
/**
 * The sign-fixed reduced Q of the m×n matrix `a` (m ≥ n), given column-major
 * (`a[i + j * m]`). Returns Q column-major (m×n), with column j multiplied by
 * sign(R[j][j]). `a` itself is left as is. `backend` picks the kernels
 * (default: WebAssembly where available, for all but small problems); both
 * give the same bits.
 */
export function signFixedQ(a, m, n, backend) {
    if (n === 0)
        return new Float64Array(0);
    const size = m * n;
    const k = kernelsFor(m, n, size + workspaceSize(m, n), backend);
    k.mem.set(a.subarray(0, size), 0);
    qrInPlace(k, 0, m, n, size);
    return k.mem.slice(0, size);
}
/**
 * `orthogonal_`'s values for the rows×cols row-major matrix `flat` of normal
 * draws: {@linkcode orthogonalQ} times `gain`, row-major, in `flat`'s dtype
 * (float32: `fround(fround(q) · fround(gain))`, float64: `q · gain`). With the
 * WebAssembly kernels the copies in and out run in the module too (they are
 * as many element steps as a 64×64 QR's panel work, and cold JavaScript runs
 * them slowly on a first call), and the result is a view of the module's
 * memory, valid until the next call: copy it out at once. `flat` is left as is.
 */
export function orthogonalFill(flat, rows, cols, gain, backend) {
    const size = rows * cols;
    const f32 = flat instanceof Float32Array;
    if (size === 0)
        return f32 ? new Float32Array(0) : new Float64Array(0);
    const tall = rows >= cols;
    const m = tall ? rows : cols;
    const n = tall ? cols : rows;
    const work = size + workspaceSize(m, n);
    // After the matrix and the workspace: `size` doubles for the copies in and out.
    const k = kernelsFor(m, n, work + size, backend);
    if (!("ex" in k)) {
        const q = orthogonalQWith(k, flat, rows, cols);
        if (!f32) {
            for (let i = 0; i < size; i++)
                q[i] *= gain;
            return q;
        }
        const g = Math.fround(gain);
        const out = new Float32Array(size);
        for (let i = 0; i < size; i++)
            out[i] = Math.fround(q[i]) * g;
        return out;
    }
    const wasm = k;
    const staging = work * 8;
    const view = f32
        ? new Float32Array(wasm.buffer, staging, size)
        : new Float64Array(wasm.buffer, staging, size);
    view.set(flat.subarray(0, size));
    wasm.ex.load(staging, rows, cols, 0, f32 ? 1 : 0, tall ? 1 : 0);
    qrInPlace(k, 0, m, n, size);
    wasm.ex.store(0, rows, cols, staging, f32 ? 1 : 0, tall ? 1 : 0, gain);
    return view;
}
/** Tile edge of the blocked transposes. */
const TILE = 32;
/**
 * What `torch.linalg.qr` gives `orthogonal_` for the rows×cols matrix `flat`
 * (row-major): Q of `flat` when rows ≥ cols, else Qᵀ of `flatᵀ`, with torch's
 * sign fix, as a new row-major rows×cols array. `flat` is left as is.
 */
export function orthogonalQ(flat, rows, cols, backend) {
    const size = rows * cols;
    if (size === 0)
        return new Float64Array(0);
    const tall = rows >= cols;
    const m = tall ? rows : cols;
    const n = tall ? cols : rows;
    return orthogonalQWith(kernelsFor(m, n, size + workspaceSize(m, n), backend), flat, rows, cols);
}
/** {@linkcode orthogonalQ} on the kernels `k` (over enough memory), size ≥ 1. */
function orthogonalQWith(k, flat, rows, cols) {
    const size = rows * cols;
    const tall = rows >= cols;
    const m = tall ? rows : cols;
    const n = tall ? cols : rows;
    const mem = k.mem;
    // Column-major A[i + j m]: A = flat (tall: A[r + c m] = flat[r cols + c]) or
    // A = flatᵀ (wide: A[c + r m] = flat[r cols + c], a straight copy).
    if (tall)
        transposeInto(flat, rows, cols, mem);
    else
        mem.set(flat.subarray(0, size), 0);
    qrInPlace(k, 0, m, n, size);
    // Result (r, c): Q[r + c m] when tall (a transpose back), Q[c + r m] otherwise
    // (the same memory order).
    if (!tall)
        return mem.slice(0, size);
    const out = new Float64Array(size);
    transposeInto(mem, cols, rows, out);
    return out;
}
/**
 * `dst[r + c * rows] = src[r * cols + c]` for r < rows, c < cols: the
 * column-major copy of a row-major matrix (a transpose), walked in tiles so
 * both sides stay in cache.
 */
function transposeInto(src, rows, cols, dst) {
    for (let c0 = 0; c0 < cols; c0 += TILE) {
        const c1 = Math.min(c0 + TILE, cols);
        for (let r0 = 0; r0 < rows; r0 += TILE) {
            const r1 = Math.min(r0 + TILE, rows);
            for (let c = c0; c < c1; c++) {
                const d = c * rows;
                for (let r = r0; r < r1; r++)
                    dst[d + r] = src[r * cols + c];
            }
        }
    }
}
