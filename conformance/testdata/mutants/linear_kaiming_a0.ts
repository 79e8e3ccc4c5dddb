// Mutant: nn.Linear's weight drawn by kaiming_uniform_ with a = 0 (bound √6/√in), not a = √5.
// Copyright 2026 the torch-parity authors. MIT license.
import { entryNamed, hasReinit, type ModuleBug, moduleMutant, prefixOf } from "./_module_mutant.ts";

// torch's Linear.reset_parameters calls kaiming_uniform_(weight, a=√5): gain √(2/6), bound
// 1/√in. Leaving out a (the function's default, 0) gives gain √2, bound √6/√in: the same draws
// scaled by √6. A Linear weight is a 2-D `weight` beside a 1-D `bias` of out_features values
// (this misses bias=False Linears; Embedding has no bias, LayerNorm's bias has the weight's
// shape). Cases with re-init steps are left unbroken.
const bug: ModuleBug = {
  result(stateDict, spec) {
    if (hasReinit(spec)) return;
    for (const e of stateDict) {
      if (!/(^|\.)weight$/.test(e.name) || e.shape.length !== 2) continue;
      const b = entryNamed(stateDict, `${prefixOf(e.name)}bias`);
      if (b === undefined || b.shape.length !== 1 || b.shape[0] !== e.shape[0]) continue;
      const d = e.data as Float32Array | Float64Array;
      for (let i = 0; i < d.length; i++) d[i] *= Math.sqrt(6);
    }
  },
};
export default moduleMutant("Linear weight with kaiming's a = 0", bug);
export const withoutParity = moduleMutant("Linear weight with kaiming's a = 0", bug, {
  parity: false,
});
