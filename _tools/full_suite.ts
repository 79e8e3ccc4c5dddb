// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Which test suite is running. `deno task test` is the light default: Deno
 * only, offline apart from `npm:fast-check`, no live PyTorch. `deno task
 * test:full` sets `TORCH_PARITY_FULL=1` and adds what needs a download, a
 * second runtime or live PyTorch: Node 24, Bun and esbuild running the README
 * snippets from an installed checkout, the npm build rebuilt with
 * `npm:typescript`, the WebAssembly rebuilds (`wabt`, `assemblyscript`),
 * Pyodide, TF.js and every test against `/usr/bin/python3`'s torch.
 *
 * A test that needs any of those is skipped by default with
 * `ignore: !FULL_SUITE`; a file whose static imports pull in a large npm
 * package is also listed in the `--ignore` of deno.json's `test` task
 * (`_tools/light_suite_test.ts` checks that the default suite's module graph
 * stays free of them).
 *
 * @module
 */

/**
 * `true` under `deno task test:full` (`TORCH_PARITY_FULL=1`).
 *
 * @example
 * ```ts
 * import { FULL_SUITE } from "./full_suite.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(typeof FULL_SUITE, "boolean");
 * ```
 */
export const FULL_SUITE: boolean = (() => {
  try {
    return Deno.env.get("TORCH_PARITY_FULL") === "1";
  } catch {
    return false;
  }
})();
