// Mutant: nn.Linear's bias bound taken from fan_out (1/√out_features) instead of fan_in.
// Copyright 2026 the torch-parity authors. MIT license.
import { type ModuleBug, moduleMutant, prefixOf } from "./_module_mutant.ts";
import { entryNamed, hasReinit } from "./_module_mutant.ts";

// torch: bound = 1/√fan_in for the bias of every Linear (a 2-D weight [out, in] beside it).
// The same draws, scaled by √in/√out: U(±1/√in) becomes U(±1/√out). Cases with re-init steps
// are left unbroken (a step may overwrite the bias).
const bug: ModuleBug = {
  result(stateDict, spec) {
    if (hasReinit(spec)) return;
    for (const e of stateDict) {
      if (!/(^|\.)bias$/.test(e.name) || e.dtype === "int64") continue;
      const w = entryNamed(stateDict, `${prefixOf(e.name)}weight`);
      if (w === undefined || w.shape.length !== 2 || w.shape[0] === 0) continue;
      const [out, inF] = w.shape;
      const scale = Math.sqrt(inF) / Math.sqrt(out);
      const d = e.data as Float32Array | Float64Array;
      for (let i = 0; i < d.length; i++) d[i] *= scale;
    }
  },
};
export default moduleMutant("Linear bias bound from fan_out", bug);
export const withoutParity = moduleMutant("Linear bias bound from fan_out", bug, {
  parity: false,
});
