// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `deno bench`: `truncNormal` (`torch.nn.init.trunc_normal_`) at 32×32,
 * 1024×1024 and 4096×4096 (the last with `BENCH_FULL=1`).
 *
 * Each group is one op at one size; its cases are capability `avx2`/`default`
 * × `float32`/`float64` (baseline: `avx2 float32`). Tensors are allocated
 * outside the timed function. Run with `deno task bench`; the largest sizes
 * run only with `BENCH_FULL=1 deno task bench` (see bench/_register.ts).
 *
 * @module
 */
import { MATRIX_SIZES, OPS } from "./_ops.ts";
import { benchInit } from "./_register.ts";

benchInit(OPS.truncNormal, MATRIX_SIZES);
