// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The package's JavaScript build, for `npm install ./path`, `bun add ./path`,
 * workspaces and bundlers: every module reachable from deno.json's exports,
 * transpiled by a pinned TypeScript (`npm:typescript@5.9.3`, target ESNext: types stripped, nothing else rewritten) to
 * `dist/<path>.js` with `dist/<path>.d.ts` beside it, and a `package.json`
 * whose `exports` map each of deno.json's export paths to them (`types`
 * first). Node.js refuses to strip types from `.ts` files under
 * `node_modules` (`ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING`), so the
 * package ships JavaScript; Deno keeps using the TypeScript sources through
 * deno.json.
 *
 * The modules a worker loads by URL rather than by import (`initWorkers`'
 * `_worker.ts`, started from `./_worker.js` beside `init_workers.js`) are
 * built as entry points too ({@linkcode URL_LOADED_MODULES}).
 *
 * The same command writes the browser bundle the package ships,
 * `dist/browser/` (`mod.js`, `nn.js`, `safetensors.js`, their shared chunk
 * and `_worker.js`; esbuild 0.28.2, see `browser/bundle.ts`), exported as
 * `@torch-parity/init/browser`, `…/browser/nn` and `…/browser/safetensors`
 * with the types of `.`, `./nn` and `./safetensors`.
 *
 * ```sh
 * deno task build:npm            # write package.json and dist/ (dist/browser/ included)
 * deno task build:npm --check    # exit 1 unless all equal a fresh build
 * ```
 *
 * The build is deterministic (no paths, dates or absolute URLs), so the
 * committed files can be compared with a fresh build byte for byte.
 *
 * @module
 */

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, posix, relative } from "node:path";
import { fileURLToPath } from "node:url";
import process from "node:process";
import { compileModules, toDts, toJs } from "./compile_modules.ts";
import { BROWSER_DIR, browserBuild, bundleName, LIBRARY_ENTRIES } from "./browser/bundle.ts";

/** The build directory, relative to the package root. */
export const DIST = "dist";

/**
 * Modules no import reaches, loaded by URL at run time: the worker
 * `initWorkers` starts (`new URL("./_worker.js", import.meta.url)` in
 * `init_workers.js`). Without them `initWorkers(n)` from the package finds no
 * worker and fills on one thread.
 */
export const URL_LOADED_MODULES: readonly string[] = ["./src/random/_worker.ts"];

/** The deno.json fields the build reads. */
interface DenoConfig {
  name: string;
  version: string;
  description?: string;
  license?: string;
  exports: Record<string, string>;
}

/** `./src/mod.ts` → `./dist/src/mod.js`. */
function distPath(path: string, to: (p: string) => string): string {
  return `./${DIST}/${to(path.replace(/^\.\//, ""))}`;
}

/**
 * Build the package at `root` in memory.
 *
 * @param root The package directory (holding deno.json).
 * @returns Every file of the build (`package.json`, `dist/…`), path relative to `root` → text.
 * @throws {TypeError} On an import specifier the build cannot map (`jsr:`, bare).
 * @throws {Error} If TypeScript reports a syntax error.
 *
 * @example
 * ```ts ignore
 * import { npmBuild } from "./npm_build.ts";
 *
 * const files = npmBuild(new URL("../", import.meta.url));
 * console.log(JSON.parse(files.get("package.json")!).exports["."].default); // "./dist/src/mod.js"
 * ```
 */
export function npmBuild(root: URL): Map<string, string> {
  const config = JSON.parse(readFileSync(new URL("deno.json", root), "utf8")) as DenoConfig;
  const { modules, dependencies } = compileModules(root, [
    ...Object.values(config.exports),
    ...URL_LOADED_MODULES,
  ]);
  const files = new Map<string, string>();
  for (const [path, { js, dts }] of modules) {
    // Deno reads a JavaScript file's types from this directive; Node's TypeScript and bundlers
    // find the `.d.ts` beside the `.js` (and the `types` condition of the exports).
    const types = `./${posix.basename(toDts(path))}`;
    files.set(`${DIST}${toJs(path)}`, `/* @ts-self-types="${types}" */\n${js}`);
    files.set(`${DIST}${toDts(path)}`, dts);
  }
  const exports: Record<string, { types: string; default: string } | string> = {};
  for (const [key, path] of Object.entries(config.exports)) {
    exports[key] = { types: distPath(path, toDts), default: distPath(path, toJs) };
  }
  // The prebuilt browser bundle (pages without a bundler: an import map, a CDN), typed as the
  // export path it was bundled from.
  for (const [specifier, path] of Object.entries(LIBRARY_ENTRIES)) {
    const name = bundleName(specifier);
    const key = name === "mod" ? "./browser" : `./browser/${name}`;
    exports[key] = {
      types: distPath(path, toDts),
      default: `./${BROWSER_DIR}/${name}.js`,
    };
  }
  exports["./package.json"] = "./package.json";
  // npm: imports become optional peers: only an adapter imports one (onnxruntime-common, whose
  // users already have it through onnxruntime-node or onnxruntime-web).
  const peers = Object.fromEntries(Object.entries(dependencies).map(([n, v]) => [n, `^${v}`]));
  const packageJson = {
    name: config.name,
    version: config.version,
    description: config.description,
    license: config.license,
    type: "module",
    exports,
    files: [`${DIST}/`, "README.md", "LICENSE"],
    peerDependencies: peers,
    peerDependenciesMeta: Object.fromEntries(
      Object.keys(peers).map((n) => [n, { optional: true }]),
    ),
  };
  files.set("package.json", JSON.stringify(packageJson, null, 2) + "\n");
  return new Map([...files].sort(([a], [b]) => a < b ? -1 : 1));
}

/**
 * Everything `deno task build:npm` writes: {@linkcode npmBuild}'s files and
 * the browser bundle (`dist/browser/`, made by esbuild through `--allow-run`).
 *
 * @param root The package directory (this checkout: the bundle is made from it).
 * @returns Path relative to `root` → text (the npm build) or bytes (the bundle).
 *
 * @example
 * ```ts ignore
 * import { packageBuild } from "./npm_build.ts";
 *
 * const files = await packageBuild(new URL("../", import.meta.url));
 * console.log(files.has("dist/browser/mod.js")); // true
 * ```
 */
export async function packageBuild(root: URL): Promise<Map<string, string | Uint8Array>> {
  const files = new Map<string, string | Uint8Array>(npmBuild(root));
  for (const [path, bytes] of await browserBuild()) files.set(path, bytes);
  return new Map([...files].sort(([a], [b]) => a < b ? -1 : 1));
}

/** Whether the file at `path` holds exactly `content`. */
function sameContent(path: string, content: string | Uint8Array): boolean {
  const bytes = readFileSync(path);
  const want = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return bytes.length === want.length && bytes.every((b, i) => b === want[i]);
}

/** Every file under `dir`, relative to `base`. */
function listFiles(dir: string, base: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listFiles(path, base, out);
    else out.push(relative(base, path));
  }
  return out;
}

/**
 * The differences between the files on disk and a build: paths that are
 * missing, different, or in `dist/` without being built.
 *
 * @param root The package directory.
 * @param files The build, from {@linkcode packageBuild} (or {@linkcode npmBuild}).
 * @returns One line per differing path; empty when the files on disk are the build.
 *
 * @example
 * ```ts ignore
 * import { packageBuild, staleFiles } from "./npm_build.ts";
 *
 * const root = new URL("../", import.meta.url);
 * console.log(staleFiles(root, await packageBuild(root))); // []
 * ```
 */
export function staleFiles(root: URL, files: Map<string, string | Uint8Array>): string[] {
  const dir = fileURLToPath(root);
  const stale: string[] = [];
  for (const [path, text] of files) {
    const file = join(dir, path);
    if (!existsSync(file)) stale.push(`missing: ${path}`);
    else if (!sameContent(file, text)) stale.push(`differs: ${path}`);
  }
  for (const path of listFiles(join(dir, DIST), dir)) {
    if (!files.has(path)) stale.push(`not built: ${path}`);
  }
  return stale.sort();
}

if (import.meta.main) {
  const root = new URL("../", import.meta.url);
  const files = await packageBuild(root);
  if (process.argv.includes("--check")) {
    const stale = staleFiles(root, files);
    if (stale.length > 0) {
      console.error(`package.json and dist/ are not a fresh build (run \`deno task build:npm\`):`);
      for (const line of stale) console.error(`  ${line}`);
      process.exit(1);
    }
    console.log(`package.json and dist/ are a fresh build (${files.size} files)`);
  } else {
    const dir = fileURLToPath(root);
    rmSync(join(dir, DIST), { recursive: true, force: true });
    for (const [path, text] of files) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    console.log(
      `Wrote package.json and ${files.size - 1} files to ${DIST}/ (${BROWSER_DIR}/ included)`,
    );
  }
}
