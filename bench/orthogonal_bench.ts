// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `deno bench`: `orthogonal` (`torch.nn.init.orthogonal_`: the normal draws
 * plus a double-precision Householder QR) at 64², 256², 512² and 1024² (the
 * last with `BENCH_FULL=1`).
 *
 * Each group is one op at one size; its cases are capability `avx2`/`default`
 * × `float32`/`float64` (baseline: `avx2 float32`). Tensors are allocated
 * outside the timed function. Run with `deno task bench`; the largest sizes
 * run only with `BENCH_FULL=1 deno task bench` (see bench/_register.ts).
 *
 * @module
 */
import { OPS, ORTHOGONAL_SIZES } from "./_ops.ts";
import { benchInit } from "./_register.ts";

benchInit(OPS.orthogonal, ORTHOGONAL_SIZES, (shape) => shape[0] >= 1024);
