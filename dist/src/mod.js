/* @ts-self-types="./mod.d.ts" */
// Copyright 2026 the torch-parity authors. MIT license.
/**
 * PyTorch's CPU random streams and `torch.nn.init`, bit for bit, in
 * TypeScript. After `manualSeed(s)`, every fill produces the same bits as
 * PyTorch's CPU after `torch.manual_seed(s)`, for the chosen CPU capability
 * (`"avx2"` by default; see {@linkcode setCpuCapability}).
 *
 * | PyTorch | here |
 * | --- | --- |
 * | `torch.Generator()` | `new Generator()` |
 * | `torch.manual_seed(s)` | `manualSeed(s)` |
 * | `torch.get_rng_state()` / `torch.set_rng_state(b)` | `getRngState()` / `setRngState(b)` |
 * | `torch.default_generator` | `defaultGenerator` |
 * | `torch.zeros(shape, dtype=...)` | `empty(shape, { dtype })` |
 * | `nn.init.uniform_(t, a, b)` | `uniform(t, { a, b, generator })` |
 * | `nn.init.normal_(t, mean, std)` | `normal(t, { mean, std, generator })` |
 * | `nn.init.trunc_normal_(t, mean, std, a, b)` | `truncNormal(t, { mean, std, a, b, generator })` |
 * | `nn.init.calculate_gain(nonlinearity, param)` | `calculateGain(nonlinearity, param)` |
 * | `nn.init._calculate_fan_in_and_fan_out(t)` | `calculateFanInAndFanOut(t)` |
 * | `nn.init.constant_(t, val)`, `ones_(t)`, `zeros_(t)` | `constant(t, val)`, `ones(t)`, `zeros(t)` |
 * | `nn.init.eye_(t)`, `nn.init.dirac_(t, groups)` | `eye(t)`, `dirac(t, { groups })` |
 * | `nn.init.xavier_uniform_(t, gain)`, `xavier_normal_` | `xavierUniform(t, { gain, generator })`, `xavierNormal` |
 * | `nn.init.kaiming_uniform_(t, a, mode, nonlinearity)`, `kaiming_normal_` | `kaimingUniform(t, { a, mode, nonlinearity, generator })`, `kaimingNormal` |
 * | `nn.init.orthogonal_(t, gain)` | `orthogonal(t, { gain, generator })` |
 * | `nn.init.sparse_(t, sparsity, std)` | `sparse(t, sparsity, { std, generator })` |
 * | `ATEN_CPU_CAPABILITY=avx2` | `setCpuCapability("avx2")` |
 * | `torch.__version__` (1.13, 2.6, 2.14) | `setTorchVersion("2.14")` |
 * | the glibc torch runs on | `setLibm("glibc-2.43")` (default: follows the torch version) |
 *
 * @example Reproduce `torch.manual_seed(0); torch.randn(2, 8)`
 * ```ts
 * import { empty, manualSeed, normal } from "@torch-parity/init";
 * import assert from "node:assert/strict";
 *
 * manualSeed(0);
 * const w = normal(empty([2, 8]));
 * // torch: tensor([[-1.1258, -1.1524, -0.2506, -0.4339, ...
 * assert.equal(w.data[0].toFixed(4), "-1.1258");
 * ```
 *
 * @module
 */
export { empty } from "./tensor.js";
export { halfBits } from "./half_bits.js";
export { halfValue } from "./half_value.js";
export { defaultGenerator, Generator } from "./random/generator.js";
export { manualSeed } from "./random/manual_seed.js";
export { getRngState } from "./random/get_rng_state.js";
export { setRngState } from "./random/set_rng_state.js";
export { getCpuCapability, setCpuCapability } from "./random/capability.js";
export { getTorchVersion, setTorchVersion } from "./random/torch_version.js";
export { getLibm, setLibm } from "./random/libm.js";
export { initKernels } from "./random/init_kernels.js";
export { kernelBackend } from "./random/kernel_backend.js";
export { initWorkers } from "./random/init_workers.js";
export { uniform } from "./init/uniform.js";
export { normal } from "./init/normal.js";
export { truncNormal } from "./init/trunc_normal.js";
export { calculateGain } from "./init/calculate_gain.js";
export { calculateFanInAndFanOut } from "./init/fan.js";
export { constant } from "./init/constant.js";
export { ones } from "./init/ones.js";
export { zeros } from "./init/zeros.js";
export { eye } from "./init/eye.js";
export { dirac } from "./init/dirac.js";
export { xavierUniform } from "./init/xavier_uniform.js";
export { xavierNormal } from "./init/xavier_normal.js";
export { kaimingUniform } from "./init/kaiming_uniform.js";
export { kaimingNormal } from "./init/kaiming_normal.js";
export { orthogonal } from "./init/orthogonal.js";
export { sparse } from "./init/sparse.js";
export { setWarningHandler } from "./init/warnings.js";
