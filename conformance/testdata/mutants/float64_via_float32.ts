// Mutant: float64 normal_ is computed in float32 and widened.
// Copyright 2026 the torch-parity authors. MIT license.
import { mutant } from "./_mutant.ts";

export default mutant(
  "float64 values computed in float32",
  ["normal_"],
  async (r, self) =>
    r.dtype === "float64"
      ? Float64Array.from(await self.init!({ ...r, dtype: "float32" }))
      : self.init!(r),
);
