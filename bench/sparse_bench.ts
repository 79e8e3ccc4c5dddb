// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `deno bench`: `sparse` (`torch.nn.init.sparse_(t, 0.1)`: normal draws, then
 * one `randperm` per column) at 1024×1024.
 *
 * Each group is one op at one size; its cases are capability `avx2`/`default`
 * × `float32`/`float64` (baseline: `avx2 float32`). Tensors are allocated
 * outside the timed function. Run with `deno task bench`; the largest sizes
 * run only with `BENCH_FULL=1 deno task bench` (see bench/_register.ts).
 *
 * @module
 */
import { OPS, SPARSE_SIZES } from "./_ops.ts";
import { benchInit } from "./_register.ts";

benchInit(OPS.sparse, SPARSE_SIZES);
