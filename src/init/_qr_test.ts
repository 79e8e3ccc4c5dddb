// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { NB, orthogonalFill, orthogonalQ, signFixedQ, wasmAvailable } from "./_qr.ts";

/** A reproducible matrix of roughly normal values (sum of uniforms, xorshift32). */
function matrix(len: number, seed: number): Float64Array {
  let s = seed >>> 0 || 1;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
  const a = new Float64Array(len);
  for (let i = 0; i < len; i++) a[i] = next() + next() + next() - 1.5;
  return a;
}

/** Shapes around the block size and with every remainder the kernels special-case. */
const SHAPES: [number, number][] = [
  [1, 1],
  [2, 1],
  [2, 2],
  [3, 3],
  [5, 3],
  [7, 7],
  [8, 5],
  [9, 9],
  [NB - 1, NB - 1],
  [NB, NB],
  [NB + 1, NB + 1],
  [NB + 2, NB],
  [2 * NB + 1, 2 * NB + 1],
  [3 * NB + 3, 2 * NB - 1],
  [200, 128],
  [131, 130],
  [257, 3],
  [256, 256],
];

function orthonormalityError(q: Float64Array, m: number, n: number, skip = new Set<number>()) {
  let worst = 0;
  for (let i = 0; i < n; i++) {
    if (skip.has(i)) continue;
    for (let j = 0; j < n; j++) {
      if (skip.has(j)) continue;
      let s = 0;
      for (let r = 0; r < m; r++) s += q[r + i * m] * q[r + j * m];
      worst = Math.max(worst, Math.abs(s - (i === j ? 1 : 0)));
    }
  }
  return worst;
}

Deno.test("qr: the WebAssembly SIMD kernels load under Deno", () => {
  assert.ok(wasmAvailable());
});

Deno.test("qr: the WebAssembly and TypeScript kernels give the same bits", () => {
  for (const [m, n] of SHAPES) {
    const a = matrix(m * n, m * 1000 + n);
    const copy = a.slice();
    const ts = signFixedQ(a, m, n, "ts");
    const wasm = signFixedQ(a, m, n, "wasm");
    assert.deepEqual(a, copy, "the input is left as is");
    for (let i = 0; i < ts.length; i++) {
      if (!Object.is(ts[i], wasm[i])) {
        assert.fail(`${m}x${n}: element ${i} is ${ts[i]} (ts) and ${wasm[i]} (wasm)`);
      }
    }
  }
});

Deno.test("qr: Q is orthonormal and QᵀA is upper triangular with a positive diagonal", () => {
  for (const backend of ["ts", "wasm"] as const) {
    for (const [m, n] of SHAPES) {
      const a = matrix(m * n, 7 * m + n);
      const q = signFixedQ(a, m, n, backend);
      assert.ok(orthonormalityError(q, m, n) < 4e-15, `${backend} ${m}x${n}`);
      for (let j = 0; j < n; j++) {
        for (let i = j; i < n; i++) {
          let r = 0; // R[i][j] = (Qᵀ A)[i][j], on and below the diagonal
          for (let k = 0; k < m; k++) r += q[k + i * m] * a[k + j * m];
          if (i === j) assert.ok(r > 0, `${backend} ${m}x${n}: R[${j}][${j}] = ${r}`);
          else assert.ok(Math.abs(r) < 1e-13, `${backend} ${m}x${n}: R[${i}][${j}] = ${r}`);
        }
      }
    }
  }
});

Deno.test("qr: a zero diagonal entry of R zeroes its column of Q, as sign(0) = 0 does", () => {
  for (const backend of ["ts", "wasm"] as const) {
    for (const [m, n, zero] of [[6, 4, 0], [50, 40, 33], [70, 70, 69]]) {
      const a = matrix(m * n, 99 + zero);
      a.fill(0, zero * m, (zero + 1) * m);
      const q = signFixedQ(a, m, n, backend);
      for (let i = 0; i < m; i++) assert.equal(q[i + zero * m], 0, `${backend} ${m}x${n}`);
      assert.ok(orthonormalityError(q, m, n, new Set([zero])) < 4e-15, `${backend} ${m}x${n}`);
    }
  }
});

Deno.test("qr: orthogonalQ lays out Q (tall) or Qᵀ of the transpose (wide) row-major", () => {
  for (const [rows, cols] of [[7, 3], [3, 7], [5, 5], [1, 9], [9, 1], [70, 33], [33, 70]]) {
    const flat = new Float32Array(matrix(rows * cols, rows + 31 * cols));
    const got = orthogonalQ(flat, rows, cols);
    const tall = rows >= cols;
    const m = tall ? rows : cols;
    const n = tall ? cols : rows;
    const a = new Float64Array(m * n);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) a[tall ? r + c * m : c + r * m] = flat[r * cols + c];
    }
    const q = signFixedQ(a, m, n, "ts");
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        assert.ok(Object.is(got[r * cols + c], tall ? q[r + c * m] : q[c + r * m]));
      }
    }
  }
});

Deno.test("qr: orthogonalFill is orthogonalQ times gain, the same bits on both kernels", () => {
  // Large problems first, so that later small ones reuse the kept memory's old contents.
  const shapes: [number, number][] = [
    [300, 200],
    [256, 256],
    [70, 33],
    [33, 70],
    [40, 40],
    [
      7,
      3,
    ],
    [3, 7],
    [1, 9],
    [9, 1],
    [1, 1],
  ];
  for (const [rows, cols] of shapes) {
    for (const f32 of [true, false]) {
      for (const gain of [1, 0.7, -1.3, 0]) {
        const src = matrix(rows * cols, rows * 7 + cols);
        const flat = f32 ? new Float32Array(src) : src;
        const copy = flat.slice();
        const q = orthogonalQ(flat, rows, cols, "ts");
        const label = `${rows}x${cols} ${f32 ? "float32" : "float64"} gain ${gain}`;
        const g = Math.fround(gain);
        const want = q.map((x) => f32 ? Math.fround(Math.fround(x) * g) : x * gain);
        for (const backend of ["ts", "wasm"] as const) {
          const got = orthogonalFill(flat, rows, cols, gain, backend);
          assert.equal(got instanceof Float32Array, f32, label);
          assert.equal(got.length, rows * cols, label);
          for (let i = 0; i < want.length; i++) {
            if (!Object.is(got[i], want[i])) {
              assert.fail(`${label} ${backend}: element ${i} is ${got[i]}, want ${want[i]}`);
            }
          }
        }
        assert.deepEqual(flat, copy, `${label}: the input is left as is`);
      }
    }
  }
});
