// Mutant: eye_ writes the ones at i·rows + i (a column-major stride): right only for square matrices.
// Copyright 2026 the torch-parity authors. MIT license.
import { mutant } from "./_mutant.ts";

export default mutant("eye_ with the column-major stride", ["eye_"], (r, self) => {
  const out = self.init!(r) as Float32Array | Float64Array; // refusals and zeros
  out.fill(0);
  const [rows, cols] = r.shape;
  for (let i = 0; i < Math.min(rows, cols); i++) {
    if (i * rows + i < out.length) out[i * rows + i] = 1;
  }
  return out;
});
