// Mutant: sparse_ zeroes floor(sparsity · rows) entries per column instead of torch's ceil.
// Copyright 2026 the torch-parity authors. MIT license.
import { as, mutant } from "./_mutant.ts";

export default mutant("sparse_ rounds the zero count down", ["sparse_"], (r, self) => {
  if (r.shape.length !== 2) return self.init!(r);
  const k = Math.floor((r.args.sparsity as number) * r.shape[0]);
  // The same draws as torch (normal_, then one randperm per column), k zeros per column.
  return self.init!(as(r, "sparse_", { ...r.args, sparsity: k > 0 ? (k - 0.5) / r.shape[0] : 0 }));
});
