// Mutant: sparse_ draws its values after the permutations (same laws, other draws).
// Copyright 2026 the torch-parity authors. MIT license.
import { as, mutant } from "./_mutant.ts";

export default mutant("sparse_ draw order", ["sparse_"], async (r, self) => {
  const mask = await self.init!(r); // normal_ then randperms: the zero positions
  const values = await self.init!(as(r, "normal_", { mean: 0, std: r.args.std ?? 0.01 }));
  return values.map((v, i) => (mask[i] === 0 ? 0 : v));
});
