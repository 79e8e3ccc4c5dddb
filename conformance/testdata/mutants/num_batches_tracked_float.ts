// Mutant: num_batches_tracked stored as float32 (a port without int64 tensors) instead of int64.
// Copyright 2026 the torch-parity authors. MIT license.
import { type ModuleBug, moduleMutant } from "./_module_mutant.ts";

const bug: ModuleBug = {
  result(stateDict) {
    for (const e of stateDict) {
      if (!/(^|\.)num_batches_tracked$/.test(e.name) || e.dtype !== "int64") continue;
      e.dtype = "float32";
      e.data = Float32Array.from(e.data as BigInt64Array, Number);
    }
  },
};
export default moduleMutant("num_batches_tracked float32", bug);
export const withoutParity = moduleMutant("num_batches_tracked float32", bug, { parity: false });
