// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import {
  applyPolynomial,
  applyPolynomialTs,
  charPoly,
  jumpPolynomial,
  jumpTwists,
  jumpWords,
} from "./_jump.ts";
import { JUMP_WASM_BASE64 } from "./_jump_wasm.ts";
import { computeCharPoly, MT_DEGREE, POLY_WORDS, PolyRing } from "./_jump_poly.ts";
import { JUMP_TWISTS_BASE64, PHI_TERMS } from "./_jump_table.ts";
import { buildJumpTable, JUMP_TABLE_SIZE } from "./_jump_build.ts";
import { fillUint32, MT_N, type MtState, nextUint32, seedState, twist } from "./_mt19937.ts";
import { engineOf, Generator } from "./generator.ts";
import { normal } from "../init/normal.ts";
import { empty } from "../tensor.ts";

function seeded(seed: number): MtState {
  const s: MtState = { words: new Uint32Array(MT_N), left: 1, next: 0 };
  seedState(s, seed);
  return s;
}

function copy(s: MtState): MtState {
  return { words: s.words.slice(), left: s.left, next: s.next };
}

function assertSameState(a: MtState, b: MtState, what: string): void {
  assert.equal(a.left, b.left, `${what}: left`);
  assert.equal(a.next, b.next, `${what}: next`);
  for (let i = 0; i < MT_N; i++) {
    if (a.words[i] !== b.words[i]) assert.fail(`${what}: word ${i} ${a.words[i]} != ${b.words[i]}`);
  }
}

function step(s: MtState, k: number): void {
  const scratch = new Uint32Array(1 << 16);
  while (k > 0) {
    const n = Math.min(k, scratch.length);
    fillUint32(s, scratch, n);
    k -= n;
  }
}

Deno.test("jump table: φ and every entry match a fresh computation, and the file is the build's output", () => {
  const phi = computeCharPoly();
  const terms: number[] = [];
  for (let i = 0; i <= MT_DEGREE; i++) if ((phi[i >>> 5] >>> (i & 31)) & 1) terms.push(i);
  assert.equal(terms.length, 135);
  assert.deepEqual(terms, [...PHI_TERMS]);
  assert.equal(JUMP_TWISTS_BASE64.length, JUMP_TABLE_SIZE);
  const ring = new PolyRing(phi);
  for (let j = 0; j < JUMP_TABLE_SIZE; j += 6) {
    // Square-and-multiply straight from t, independent of the table's squaring chain.
    const fresh = ring.powT(624n << BigInt(j));
    assert.deepEqual(jumpPolynomial(j), fresh, `entry ${j}`);
  }
  const file = Deno.readTextFileSync(new URL("./_jump_table.ts", import.meta.url));
  assert.equal(file, buildJumpTable());
});

Deno.test("φ(f) annihilates the state; t^k mod φ by square-and-multiply steps k words", () => {
  const s = seeded(123);
  twist(s.words);
  const zero = s.words.slice();
  applyPolynomial(zero, charPoly());
  assert.ok(zero.every((w) => w === 0));
  const ring = new PolyRing(charPoly());
  for (const k of [624 * 3, 624 * 1000 + 624 * 7]) {
    const a = copy(s);
    const b = copy(s);
    applyPolynomial(a.words, ring.powT(BigInt(k)));
    for (let i = 0; i < k / 624; i++) twist(b.words);
    assert.deepEqual(a.words, b.words, `k=${k}`);
  }
  assert.equal(POLY_WORDS, 624);
});

Deno.test("jumpTwists equals twisting for every table entry up to 2^12 and for mixed counts", () => {
  const base = seeded(5);
  const stepped = base.words.slice();
  let done = 0;
  for (const count of [1, 2, 3, 4, 5, 17, 64, 65, 255, 1024, 1025, 4096, 4097]) {
    while (done < count) {
      twist(stepped);
      done++;
    }
    const jumped = base.words.slice();
    jumpTwists(jumped, count);
    assert.deepEqual(jumped, stepped, `count=${count}`);
  }
});

Deno.test("jumpWords equals stepping k words, with ATen's left/next bookkeeping", () => {
  const ks = [
    0,
    1,
    2,
    396,
    397,
    623,
    624,
    625,
    1247,
    1248,
    1249,
    624 * 16 - 1,
    624 * 16,
    624 * 16 + 1,
    1_000_000,
    1 << 20,
    (1 << 21) + 5,
  ];
  // Start states: fresh seed (left 1), mid-block, last word before a twist, and
  // a setState with independent left/next.
  const starts: [string, MtState][] = [];
  starts.push(["seeded", seeded(42)]);
  const mid = seeded(7);
  step(mid, 1000);
  starts.push(["mid-block", mid]);
  const edge = seeded(9);
  step(edge, 624 * 3);
  starts.push(["left=1 after draws", edge]);
  const odd = seeded(11);
  odd.left = 100;
  odd.next = 3;
  starts.push(["left=100 next=3", odd]);
  for (const [name, start] of starts) {
    for (const k of ks) {
      const a = copy(start);
      const b = copy(start);
      if (k < 5000) { for (let i = 0; i < k; i++) nextUint32(a); }
      else step(a, k);
      jumpWords(b, k);
      assertSameState(b, a, `${name}, k=${k}`);
    }
  }
});

Deno.test("jumpWords on a Generator's engine: same getState bytes as drawing, cached normal kept", () => {
  for (const k of [0, 1, 623, 624, 625, 1_000_000]) {
    const a = new Generator().manualSeed(2026);
    // One scalar normal element leaves the second Box–Muller sample cached.
    normal(empty([1], { dtype: "float64" }), { generator: a });
    const b = new Generator().setState(a.getState());
    assert.equal(a.getState()[5040], 1);
    step(engineOf(a).mt, k);
    jumpWords(engineOf(b).mt, k);
    assert.deepEqual(b.getState(), a.getState(), `k=${k}`);
    // The next draws agree too, cached sample first.
    const ta = normal(empty([3], { dtype: "float64" }), { generator: a });
    const tb = normal(empty([3], { dtype: "float64" }), { generator: b });
    assert.deepEqual(tb.data, ta.data);
  }
});

Deno.test("applyPolynomial: the WebAssembly kernel equals the TypeScript evaluation", () => {
  const s = seeded(77);
  twist(s.words);
  const polys = [charPoly(), ...Array.from({ length: 25 }, (_, j) => jumpPolynomial(j))];
  // Dense random polynomials too (every byte non-zero somewhere).
  let x = 12345;
  for (let r = 0; r < 4; r++) {
    const p = new Uint32Array(POLY_WORDS);
    for (let i = 0; i < POLY_WORDS; i++) p[i] = x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    p[POLY_WORDS - 1] &= 1; // degree below 19937
    polys.push(p);
  }
  for (const [i, p] of polys.entries()) {
    const a = s.words.slice();
    const b = s.words.slice();
    applyPolynomial(a, p);
    applyPolynomialTs(b, p);
    assert.deepEqual(a, b, `polynomial ${i}`);
  }
});

Deno.test({
  name: "_jump_wasm.ts is the build's output (wabt from npm: full suite only)",
  ignore: Deno.env.get("TORCH_PARITY_FULL") !== "1",
  async fn() {
    // A computed specifier keeps the build (and wabt) out of the default suite's module graph.
    const builder: string = "./_jump_wasm_build.ts";
    const { buildJumpWasm } = await import(builder) as { buildJumpWasm(): Promise<string> };
    const file = Deno.readTextFileSync(new URL("./_jump_wasm.ts", import.meta.url));
    assert.equal(file, await buildJumpWasm());
    assert.ok(JUMP_WASM_BASE64.length > 0);
  },
});

Deno.test("jumpWords refuses a negative or fractional count", () => {
  assert.throws(() => jumpWords(seeded(1), -1), RangeError);
  assert.throws(() => jumpWords(seeded(1), 1.5), RangeError);
});
