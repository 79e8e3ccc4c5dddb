// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { Generator } from "../random/generator.ts";
import type { Tensor } from "../tensor.ts";

/**
 * Assert that `call` throws `cls` with a message matching `message`, and that
 * neither the tensor's bytes nor the generator's state changed.
 */
export function assertThrowsUnchanged(
  tensor: Tensor,
  generator: Generator,
  call: () => unknown,
  cls: typeof TypeError | typeof RangeError,
  message: RegExp,
): void {
  const data = new Uint8Array(tensor.data.buffer.slice(0));
  const state = generator.getState();
  assert.throws(call, (e: unknown) => {
    assert.ok(e instanceof cls, `expected ${cls.name}, got ${(e as Error)?.name}: ${e}`);
    assert.match((e as Error).message, message);
    return true;
  });
  assert.deepEqual(new Uint8Array(tensor.data.buffer.slice(0)), data, "tensor changed");
  assert.deepEqual(generator.getState(), state, "generator state changed");
}

/** A generator that has drawn a few numbers, so its state is not trivial. */
export function usedGenerator(seed: number): Generator {
  return new Generator().manualSeed(seed);
}
