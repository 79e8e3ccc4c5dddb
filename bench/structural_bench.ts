// Copyright 2026 the torch-parity authors. MIT license.
/**
 * `deno bench`: the deterministic initializers `constant`, `ones`, `zeros`
 * and `eye` at 32×32, 1024×1024 and 4096×4096, and `dirac` at the same
 * element counts as conv weights (8×8×4×4, 256×256×4×4, 1024×1024×4×4); the
 * largest with `BENCH_FULL=1`.
 *
 * Each group is one op at one size; its cases are capability `avx2`/`default`
 * × `float32`/`float64` (baseline: `avx2 float32`). Tensors are allocated
 * outside the timed function. Run with `deno task bench`; the largest sizes
 * run only with `BENCH_FULL=1 deno task bench` (see bench/_register.ts).
 *
 * @module
 */
import { CONV_SIZES, MATRIX_SIZES, OPS } from "./_ops.ts";
import { benchInit } from "./_register.ts";

for (const op of [OPS.constant, OPS.ones, OPS.zeros, OPS.eye]) benchInit(op, MATRIX_SIZES);
benchInit(OPS.dirac, CONV_SIZES);
