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
 * | `ATEN_CPU_CAPABILITY=avx2` | `setCpuCapability("avx2")` |
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

export type { DType, EmptyOptions, Tensor } from "./tensor.ts";
export { empty } from "./tensor.ts";
export { defaultGenerator, Generator } from "./random/generator.ts";
export { manualSeed } from "./random/manual_seed.ts";
export { getRngState } from "./random/get_rng_state.ts";
export { setRngState } from "./random/set_rng_state.ts";
export type { CpuCapability } from "./random/capability.ts";
export { getCpuCapability, setCpuCapability } from "./random/capability.ts";
export type { UniformOptions } from "./init/uniform.ts";
export { uniform } from "./init/uniform.ts";
export type { NormalOptions } from "./init/normal.ts";
export { normal } from "./init/normal.ts";
