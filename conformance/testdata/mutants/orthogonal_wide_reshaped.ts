// Mutant: orthogonal_ on a wide matrix reshapes the tall factor instead of transposing it (rows not orthonormal).
// Copyright 2026 the torch-parity authors. MIT license.
import { mutant } from "./_mutant.ts";

export default mutant("orthogonal_ wide: reshape, not transpose", ["orthogonal_"], (r, self) => {
  if (r.shape.length < 2 || r.shape.includes(0)) return self.init!(r);
  const rows = r.shape[0];
  const cols = r.shape.reduce((a, b) => a * b, 1) / rows;
  if (rows >= cols) return self.init!(r);
  // The cols × rows orthonormal-column factor, written out row-major into rows × cols.
  return self.init!({ ...r, shape: [cols, rows] });
});
