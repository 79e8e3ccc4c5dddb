// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The files `deno publish` would upload to JSR, as Deno itself lists them in a
 * dry run (deno.json's `publish.include`/`exclude`, .gitignore and Deno's own
 * rules applied by Deno, not re-implemented here).
 *
 * @module
 */

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Run `deno publish --dry-run` in the package at `root` and return the paths
 * it lists, relative to `root`, with a leading slash (`/src/mod.ts`), sorted.
 *
 * @param root The package directory (holding deno.json).
 * @param deno The Deno executable to run; the current one by default.
 * @returns The package's file paths as JSR stores them.
 * @throws {Error} If the dry run fails or lists no file.
 *
 * @example
 * ```ts ignore
 * import { publishFiles } from "./publish_files.ts";
 *
 * const files = publishFiles(new URL("../", import.meta.url));
 * console.log(files.includes("/src/mod.ts")); // true
 * ```
 */
export function publishFiles(root: URL, deno: string = Deno.execPath()): string[] {
  const dir = fileURLToPath(root).replace(/\/$/, "");
  const run = spawnSync(deno, ["publish", "--dry-run", "--allow-dirty", "--no-check"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...Deno.env.toObject(), NO_COLOR: "1" },
    timeout: 120_000,
  });
  if (run.status !== 0) {
    throw new Error(`deno publish --dry-run failed with status ${run.status}:\n${run.stderr}`);
  }
  const prefix = `file://${dir}/`;
  const files = `${run.stdout}\n${run.stderr}`
    .split("\n")
    .map((line) => line.trim().split(" ")[0])
    .filter((word) => word.startsWith(prefix))
    .map((url) => `/${decodeURIComponent(url.slice(prefix.length))}`)
    .sort();
  if (files.length === 0) throw new Error(`deno publish --dry-run listed no file:\n${run.stderr}`);
  return files;
}
