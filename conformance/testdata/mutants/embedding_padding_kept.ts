// Mutant: nn.Embedding validates padding_idx but does not zero its row.
// Copyright 2026 the torch-parity authors. MIT license.
import { mapSpecs, type ModuleBug, moduleMutant, type SpecNode } from "./_module_mutant.ts";

// torch draws normal_ over the whole weight, then fills row padding_idx with 0. Building the
// same Embedding without padding_idx makes the same draws and keeps that row; out-of-range
// indices are left in place, so torch's refusals stay refusals.
const NAMES = ["num_embeddings", "embedding_dim", "padding_idx"];
const bug: ModuleBug = {
  spec: (spec) =>
    mapSpecs(spec, (s) => {
      if (s.type !== "Embedding") return s;
      const args = s.args ?? [];
      const kwargs = s.kwargs ?? {};
      const get = (i: number) => (i < args.length ? args[i] : kwargs[NAMES[i]]);
      const n = get(0);
      const idx = get(2);
      if (typeof n !== "number" || typeof idx !== "number" || idx < -n || idx >= n) return s;
      const out: SpecNode = { ...s, args: [...args], kwargs: { ...kwargs } };
      if (args.length > 2) out.args![2] = null;
      else out.kwargs!.padding_idx = null;
      return out;
    }) as SpecNode,
};
export default moduleMutant("padding_idx row not zeroed", bug);
export const withoutParity = moduleMutant("padding_idx row not zeroed", bug, { parity: false });
