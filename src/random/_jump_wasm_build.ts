// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Builds `_jump_wasm.ts`: the WebAssembly SIMD kernel behind
 * `applyPolynomial` (`_jump.ts`), from the text below, with wabt's `wat2wasm`
 * (the `wabt` package from the npm registry, pinned as for the QR kernels).
 *
 *     deno run --allow-read --allow-write=src/random/_jump_wasm.ts --allow-env src/random/_jump_wasm_build.ts
 *
 * Memory (bytes): the 256-row Horner table at 0 (row v = the sum of f^b(s)
 * over the set bits b of v, 624 words each), then a linear buffer for the
 * accumulator at 638976 (the 624-word window slides 8 words per polynomial
 * byte, so no ring arithmetic and every XOR is aligned v128), then the
 * polynomial at 721248. `combine()` fills the table rows that are not powers of
 * two; `horner(bytes)` evaluates the polynomial from its top byte down and
 * returns the byte address of the result window.
 *
 * @module
 */

/** The module's text. */
export const JUMP_WAT = `(module
  (memory (export "memory") 12 12)
  (global (export "TABLE") i32 (i32.const 0))
  (global (export "LINEAR") i32 (i32.const 638976))
  (global (export "POLY") i32 (i32.const 721248))
  (func (export "combine")
    (local $v i32) (local $low i32) (local $a i32) (local $b i32) (local $o i32) (local $k i32)
    (local.set $v (i32.const 3))
    (loop $rows
      (local.set $low (i32.and (local.get $v) (i32.sub (i32.const 0) (local.get $v))))
      (if (i32.ne (local.get $low) (local.get $v))
        (then
          (local.set $a (i32.mul (i32.xor (local.get $v) (local.get $low)) (i32.const 2496)))
          (local.set $b (i32.mul (local.get $low) (i32.const 2496)))
          (local.set $o (i32.mul (local.get $v) (i32.const 2496)))
          (local.set $k (i32.const 0))
          (loop $words
            (v128.store (i32.add (local.get $o) (local.get $k))
              (v128.xor
                (v128.load (i32.add (local.get $a) (local.get $k)))
                (v128.load (i32.add (local.get $b) (local.get $k)))))
            (local.set $k (i32.add (local.get $k) (i32.const 16)))
            (br_if $words (i32.lt_u (local.get $k) (i32.const 2496))))))
      (local.set $v (i32.add (local.get $v) (i32.const 1)))
      (br_if $rows (i32.lt_u (local.get $v) (i32.const 256)))))
  (func (export "horner") (param $bytes i32) (result i32)
    (local $c i32) (local $p i32) (local $i i32) (local $q i32) (local $y i32)
    (local $v i32) (local $o i32) (local $k i32) (local $end i32)
    ;; Zero the accumulator buffer: 624 + 8 * bytes words.
    (local.set $k (i32.const 638976))
    (local.set $end (i32.add (i32.const 641472) (i32.shl (local.get $bytes) (i32.const 5))))
    (loop $zero
      (v128.store (local.get $k) (v128.const i32x4 0 0 0 0))
      (local.set $k (i32.add (local.get $k) (i32.const 16)))
      (br_if $zero (i32.lt_u (local.get $k) (local.get $end))))
    (local.set $p (i32.const 638976))
    (local.set $c (i32.sub (local.get $bytes) (i32.const 1)))
    (loop $byte
      (if (i32.ne (local.get $c) (i32.sub (local.get $bytes) (i32.const 1)))
        (then
          ;; Eight steps of x[k+624] = x[k+397] ^ mix(x[k], x[k+1]).
          (local.set $i (i32.const 0))
          (loop $step
            (local.set $q (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 2))))
            (local.set $y
              (i32.or
                (i32.and (i32.load (local.get $q)) (i32.const 0x80000000))
                (i32.and (i32.load offset=4 (local.get $q)) (i32.const 0x7fffffff))))
            (i32.store offset=2496 (local.get $q)
              (i32.xor
                (i32.xor (i32.load offset=1588 (local.get $q)) (i32.shr_u (local.get $y) (i32.const 1)))
                (i32.and
                  (i32.sub (i32.const 0) (i32.and (local.get $y) (i32.const 1)))
                  (i32.const 0x9908b0df))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br_if $step (i32.lt_u (local.get $i) (i32.const 8))))
          (local.set $p (i32.add (local.get $p) (i32.const 32)))))
      (local.set $v (i32.load8_u (i32.add (i32.const 721248) (local.get $c))))
      (if (local.get $v)
        (then
          (local.set $o (i32.mul (local.get $v) (i32.const 2496)))
          (local.set $k (i32.const 0))
          (loop $words
            (v128.store (i32.add (local.get $p) (local.get $k))
              (v128.xor
                (v128.load (i32.add (local.get $p) (local.get $k)))
                (v128.load (i32.add (local.get $o) (local.get $k)))))
            (local.set $k (i32.add (local.get $k) (i32.const 16)))
            (br_if $words (i32.lt_u (local.get $k) (i32.const 2496))))))
      (local.set $c (i32.sub (local.get $c) (i32.const 1)))
      (br_if $byte (i32.ge_s (local.get $c) (i32.const 0))))
    (local.get $p)))
`;

/** The generated module's source text. */
export async function buildJumpWasm(): Promise<string> {
  const { default: wabtInit } = await import("npm:wabt@1.0.39");
  const wabt = await wabtInit();
  const module = wabt.parseWat("_jump.wat", JUMP_WAT, { simd: true });
  const { buffer } = module.toBinary({});
  module.destroy();
  let s = "";
  for (let i = 0; i < buffer.length; i++) s += String.fromCharCode(buffer[i]);
  return [
    "// Copyright 2026 the torch-parity authors. MIT license.",
    "// Generated by src/random/_jump_wasm_build.ts from JUMP_WAT; do not edit.",
    "/**",
    " * The WebAssembly SIMD kernel of the jump-ahead's Horner evaluation.",
    " *",
    " * @module",
    " */",
    "",
    "/** The module's bytes, base64. */",
    `export const JUMP_WASM_BASE64 =\n  "${btoa(s)}";`,
    "",
  ].join("\n");
}

if (import.meta.main) {
  const url = new URL("./_jump_wasm.ts", import.meta.url);
  Deno.writeTextFileSync(url, await buildJumpWasm());
  console.log(`wrote ${url.pathname}`);
}
