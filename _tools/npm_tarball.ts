// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The npm package JSR's npm compatibility layer (npm.jsr.io) builds from a
 * JSR package, rebuilt from this checkout: every module reachable from the
 * exports, transpiled to `.js` with a `.d.ts` beside it, relative `.ts`
 * specifiers rewritten to `.js`, `npm:name@version` rewritten to `name` and
 * listed in `dependencies`, and a package.json named `@jsr/<scope>__<name>`.
 * Used by the test that runs the README's `npx jsr add` and `bunx jsr add`
 * against a local registry.
 *
 * @module
 */

import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { compileModules, toDts, toJs } from "./compile_modules.ts";

/** An npm package as served by a registry. */
export interface NpmPackage {
  /** The npm name, `@jsr/<scope>__<name>`. */
  name: string;
  /** The package.json written into the tarball. */
  packageJson: Record<string, unknown>;
  /** The gzipped tarball (entries under `package/`). */
  tarball: Uint8Array;
  /** Paths of the files in the tarball, relative to `package/`. */
  files: string[];
}

/** The parts of deno.json the npm package is built from. */
export interface JsrConfig {
  /** `@scope/name`. */
  name: string;
  /** The version. */
  version: string;
  /** The export map (`"."` → `"./src/mod.ts"`). */
  exports: Record<string, string>;
}

/**
 * Build the npm tarball for the package at `root` in `workDir`.
 *
 * @param root The package directory.
 * @param config Name, version and exports from deno.json.
 * @param workDir An empty directory to build in.
 * @returns The package, its package.json and its tarball bytes.
 * @throws {TypeError} On an import specifier JSR's npm layer would not handle here (`jsr:`, bare).
 * @throws {Error} If TypeScript reports a syntax error or `tar` fails.
 *
 * @example
 * ```ts ignore
 * import { npmTarball } from "./npm_tarball.ts";
 *
 * const root = new URL("../", import.meta.url);
 * const config = JSON.parse(Deno.readTextFileSync(new URL("deno.json", root)));
 * const pkg = npmTarball(root, config, Deno.makeTempDirSync());
 * console.log(pkg.name); // "@jsr/torch-parity__init"
 * ```
 */
export function npmTarball(root: URL, config: JsrConfig, workDir: string): NpmPackage {
  const [scope, pkgName] = config.name.slice(1).split("/");
  const name = `@jsr/${scope}__${pkgName}`;
  const out = join(workDir, "package");
  const files: string[] = [];
  const { modules, dependencies } = compileModules(root, Object.values(config.exports));
  for (const [path, { js, dts }] of modules) {
    for (const [file, text] of [[toJs(path), js], [toDts(path), dts]]) {
      mkdirSync(dirname(join(out, file)), { recursive: true });
      writeFileSync(join(out, file), text);
      files.push(file.slice(1));
    }
  }
  const exports: Record<string, { types: string; default: string }> = {};
  for (const [key, path] of Object.entries(config.exports)) {
    exports[key] = { types: toDts(path), default: toJs(path) };
  }
  const packageJson = {
    name,
    version: config.version,
    type: "module",
    exports,
    dependencies,
  };
  writeFileSync(join(out, "package.json"), JSON.stringify(packageJson, null, 2) + "\n");
  files.push("package.json");
  const tgz = join(workDir, "package.tgz");
  const tar = spawnSync("tar", ["-czf", tgz, "-C", workDir, "package"], { encoding: "utf8" });
  if (tar.status !== 0) throw new Error(`tar failed with status ${tar.status}: ${tar.stderr}`);
  return { name, packageJson, tarball: new Uint8Array(readFileSync(tgz)), files: files.sort() };
}
