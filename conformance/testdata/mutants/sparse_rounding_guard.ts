// Mutant: sparse_ counts zeros as ceil(sparsity · rows − 1e-9), a rounding guard torch does not have (0.07 · 100 → 7, torch 8).
// Copyright 2026 the torch-parity authors. MIT license.
import { as, mutant } from "./_mutant.ts";

export default mutant("sparse_ zero count with a rounding guard", ["sparse_"], (r, self) => {
  if (r.shape.length !== 2) return self.init!(r);
  const k = Math.ceil((r.args.sparsity as number) * r.shape[0] - 1e-9);
  return self.init!(as(r, "sparse_", { ...r.args, sparsity: k > 0 ? (k - 0.5) / r.shape[0] : 0 }));
});
