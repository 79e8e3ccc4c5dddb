// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Mirror of ATen's CPU `uniform_` kernel (`uniform_kernel` with
 * `uniform_real_distribution`): one 32-bit draw per float32 element (24 random
 * bits), one 64-bit draw per float64 element (53 random bits, high word first),
 * then `x * (to - from) + from` in the tensor's dtype — fused into one FMA by
 * the AVX2/AVX-512 builds, two roundings in the default build.
 *
 * @module
 */

import { type CpuCapability, usesFma } from "./capability.ts";
import type { Engine } from "./generator.ts";
import { fillUint32 } from "./_mt19937.ts";
import { fma32, fma64 } from "./_fma.ts";
import { forEachIndex, type Layout } from "../_layout.ts";

const TWO_M24 = 2 ** -24;
const TWO_M53 = 2 ** -53;
const TWO_32 = 2 ** 32;
/** Scratch for raw draws; its size does not depend on the tensor. */
const BLOCK = 1024;
const words = new Uint32Array(BLOCK);

/** A source of raw words that refills a fixed block from the engine. */
class WordStream {
  #engine: Engine;
  #pos = BLOCK;
  #remaining: number;
  constructor(engine: Engine, total: number) {
    this.#engine = engine;
    this.#remaining = total;
  }
  next(): number {
    if (this.#pos === BLOCK) {
      // Never draw more than the fill needs: the generator state must end
      // exactly where torch's does.
      const n = Math.min(BLOCK, this.#remaining);
      fillUint32(this.#engine.mt, words, n);
      this.#remaining -= n;
      this.#pos = BLOCK - n;
      if (n < BLOCK) words.copyWithin(this.#pos, 0, n);
    }
    return words[this.#pos++];
  }
}

/** Per-element transform of raw bits into the output value. */
function makeTransform(
  layout: Layout,
  from: number,
  to: number,
  capability: CpuCapability,
  stream: WordStream,
): () => number {
  const fused = usesFma(capability);
  if (layout.dtype === "float32") {
    const from32 = Math.fround(from);
    const range = Math.fround(Math.fround(to) - from32);
    if (range === 1 && from32 === 0) return () => (stream.next() & 0xffffff) * TWO_M24;
    if (fused) return () => fma32((stream.next() & 0xffffff) * TWO_M24, range, from32);
    return () => Math.fround(Math.fround((stream.next() & 0xffffff) * TWO_M24 * range) + from32);
  }
  const range = to - from;
  const draw53 = () => {
    const hi = stream.next();
    const lo = stream.next();
    return ((hi & 0x1fffff) * TWO_32 + lo) * TWO_M53;
  };
  if (range === 1 && from === 0) return draw53;
  if (fused) return () => fma64(draw53(), range, from);
  return () => draw53() * range + from;
}

/**
 * Fill `layout` with uniform values in [from, to) exactly as torch's CPU
 * `uniform_` does for `capability`. `from`/`to` are the Python doubles passed
 * to torch; validation is the caller's job.
 */
export function uniformFill(
  layout: Layout,
  from: number,
  to: number,
  engine: Engine,
  capability: CpuCapability,
): void {
  const n = layout.numel;
  if (n === 0) return;
  const stream = new WordStream(engine, layout.dtype === "float32" ? n : 2 * n);
  const next = makeTransform(layout, from, to, capability, stream);
  const data = layout.data;
  if (layout.contiguous) {
    const end = layout.offset + n;
    for (let i = layout.offset; i < end; i++) data[i] = next();
  } else {
    forEachIndex(layout, (i) => {
      data[i] = next();
    });
  }
}
