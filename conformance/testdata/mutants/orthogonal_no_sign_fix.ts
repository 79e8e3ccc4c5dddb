// Mutant: orthogonal_ without torch's sign fix Q *= sign(diag(R)) (still orthogonal, not Haar).
// Copyright 2026 the torch-parity authors. MIT license.
import { as, mutant, ofDtype } from "./_mutant.ts";
import { householderQ } from "./_householder.ts";

export default mutant("orthogonal_ without the sign fix", ["orthogonal_"], async (r, self) => {
  if (r.shape.length < 2 || r.shape.includes(0)) return self.init!(r);
  const rows = r.shape[0];
  const cols = r.shape.reduce((a, b) => a * b, 1) / rows;
  const gain = (r.args.gain as number | undefined) ?? 1;
  // torch's draws: normal_(0, 1) on a fresh rows × cols tensor; a wide one is factored transposed.
  const a = await self.init!({ ...as(r, "normal_", { mean: 0, std: 1 }), shape: [rows, cols] });
  const out = new Float64Array(rows * cols);
  if (rows >= cols) {
    const q = householderQ(a, rows, cols);
    for (let k = 0; k < q.length; k++) out[k] = q[k] * gain;
  } else {
    const t = new Float64Array(rows * cols);
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) t[j * rows + i] = a[i * cols + j];
    const q = householderQ(t, cols, rows);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) out[i * cols + j] = q[j * rows + i] * gain;
    }
  }
  return ofDtype(r.dtype, out);
});
