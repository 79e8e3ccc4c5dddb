// Mutant: MultiheadAttention keeps out_proj's Linear bias (U(±1/√E)) instead of zeroing it.
// Copyright 2026 the torch-parity authors. MIT license.
import { empty, Generator, uniform } from "../../../src/mod.ts";
import { entryNamed, hasReinit, type ModuleBug, moduleMutant, prefixOf } from "./_module_mutant.ts";

// torch builds out_proj as a Linear(E, E) (its bias drawn from U(±1/√E)), then
// _reset_parameters sets out_proj.bias (and in_proj_bias) to 0. A port that forgets the
// constant_ keeps the Linear's draws: here from a generator of the mutant's own (seeded with
// the case's seed), so the module's own generator moves as torch's. Cases with re-init steps
// are left unbroken.
const bug: ModuleBug = {
  result(stateDict, spec, seed) {
    if (hasReinit(spec)) return;
    const side = new Generator();
    side.manualSeed(seed);
    for (const e of stateDict) {
      if (!/(^|\.)out_proj\.bias$/.test(e.name) || e.data.length === 0) continue;
      const p = prefixOf(prefixOf(e.name).slice(0, -1)); // "a.self_attn.out_proj.bias" → "a.self_attn."
      const inProj = entryNamed(stateDict, `${p}in_proj_weight`) ??
        entryNamed(stateDict, `${p}q_proj_weight`);
      if (inProj === undefined) continue;
      const bound = 1 / Math.sqrt(e.data.length);
      const t = empty([e.data.length], { dtype: e.dtype === "float64" ? "float64" : "float32" });
      uniform(t, { a: -bound, b: bound, generator: side });
      (e.data as Float32Array | Float64Array).set(t.data as Float32Array | Float64Array);
    }
  },
};
export default moduleMutant("out_proj bias not zeroed", bug);
export const withoutParity = moduleMutant("out_proj bias not zeroed", bug, { parity: false });
