// Mutant: dirac_ puts the 1 at (k − 1) // 2, left of torch's k // 2 for even kernel sizes.
// Copyright 2026 the torch-parity authors. MIT license.
import { mutant } from "./_mutant.ts";
import { diracExpected } from "../../levels/structure.ts";

export default mutant("dirac_ off-centre for even kernels", ["dirac_"], (r, self) => {
  // torch's checks (rank, groups) first, through the unbroken port.
  self.init!(r);
  const shifted = r.shape.map((s, k) => (k < 2 ? s : s % 2 === 0 ? s - 1 : s));
  const small = diracExpected(shifted, (r.args.groups as number | undefined) ?? 1, r.dtype);
  // Re-index the smaller tensor's ones into the real shape (same centre index for odd sizes).
  const out = r.dtype === "float32"
    ? new Float32Array(r.shape.reduce((a, b) => a * b, 1))
    : new Float64Array(r.shape.reduce((a, b) => a * b, 1));
  for (let i = 0; i < small.length; i++) {
    if (small[i] === 0) continue;
    let rest = i;
    let flat = 0;
    let stride = 1;
    const idx: number[] = [];
    for (let k = shifted.length - 1; k >= 0; k--) {
      idx[k] = rest % shifted[k];
      rest = Math.floor(rest / shifted[k]);
    }
    for (let k = r.shape.length - 1; k >= 0; k--) {
      flat += idx[k] * stride;
      stride *= r.shape[k];
    }
    out[flat] = 1;
  }
  return out;
});
