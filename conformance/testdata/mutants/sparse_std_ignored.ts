// Mutant: sparse_ ignores std (its non-zero values always have std 0.01).
// Copyright 2026 the torch-parity authors. MIT license.
import { as, mutant } from "./_mutant.ts";

export default mutant(
  "sparse_ ignores std",
  ["sparse_"],
  (r, self) => self.init!(as(r, "sparse_", { sparsity: r.args.sparsity })),
);
