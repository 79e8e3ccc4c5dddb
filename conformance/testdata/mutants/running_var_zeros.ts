// Mutant: BatchNorm/InstanceNorm running_var starts at zeros (as running_mean) instead of ones.
// Copyright 2026 the torch-parity authors. MIT license.
import { type ModuleBug, moduleMutant } from "./_module_mutant.ts";

const bug: ModuleBug = {
  result(stateDict) {
    for (const e of stateDict) {
      if (/(^|\.)running_var$/.test(e.name)) (e.data as Float32Array | Float64Array).fill(0);
    }
  },
};
export default moduleMutant("running_var zeros", bug);
export const withoutParity = moduleMutant("running_var zeros", bug, { parity: false });
