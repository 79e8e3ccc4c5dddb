// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Browser bundles made by a pinned esbuild from npm
 * ({@linkcode ESBUILD_VERSION}; its native binary comes from the npm cache
 * after the first install, so no network is needed afterwards):
 *
 * - the library for a page's import map: `@torch-parity/init`,
 *   `@torch-parity/init/nn` and `@torch-parity/init/safetensors` as
 *   `mod.js`, `nn.js` and `safetensors.js` sharing one chunk (one
 *   generator, one capability setting across the three), and `_worker.js`,
 *   the module `initWorkers` starts (self-contained);
 * - a README/docs snippet as a page module: its `@torch-parity/init…`
 *   imports left for the import map, `node:assert/strict` replaced by a
 *   small strict shim;
 * - the test page (`page.ts`), self-contained, with `node:fs/promises`
 *   replaced by a `fetch` shim (the golden loader);
 * - the shipped bundle's test page (`shipped_page.ts`): the library's
 *   imports left for the import map (the shipped `dist/browser/`), anything
 *   else of `src/` refused.
 *
 * Other `node:` modules are left external when imported dynamically (Node's
 * `worker_threads`, never loaded in a browser) and empty when imported
 * statically (the process port's `spawn`, never called on a page).
 *
 * ```sh
 * # the library only: OUTDIR/{mod,nn,safetensors}.js, their chunks and _worker.js
 * deno run --allow-read --allow-write --allow-env --allow-run _tools/browser/bundle.ts --library OUTDIR
 * # the test's files: OUTDIR/lib/ (the library, fresh), OUTDIR/page.js and _worker.js,
 * # OUTDIR/shipped_page.js, OUTDIR/snippets/snippet_N.js and OUTDIR/snippets.json
 * deno run --allow-read --allow-write --allow-env --allow-run _tools/browser/bundle.ts OUTDIR
 * ```
 *
 * @module
 */

import * as esbuild from "npm:esbuild@0.28.2";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import { documentSnippets } from "./_snippets.ts";

/** The esbuild release that makes the bundles. */
export const ESBUILD_VERSION = "0.28.2";

const root = fileURLToPath(new URL("../../", import.meta.url));
const here = fileURLToPath(new URL("./", import.meta.url));

/** The package's export paths (deno.json `exports`) that the library bundle holds. */
export const LIBRARY_ENTRIES: Readonly<Record<string, string>> = {
  "@torch-parity/init": "src/mod.ts",
  "@torch-parity/init/nn": "src/nn/mod.ts",
  "@torch-parity/init/safetensors": "src/io/mod.ts",
};

/** `@torch-parity/init` → `mod`, `@torch-parity/init/nn` → `nn`. */
export function bundleName(specifier: string): string {
  return specifier === "@torch-parity/init" ? "mod" : specifier.split("/").pop()!;
}

/** Replace `node:fs/promises` and `node:assert/strict`; leave other `node:` modules external. */
const nodeShims: esbuild.Plugin = {
  name: "torch-parity-node-shims",
  setup(build) {
    build.onResolve({ filter: /^node:/ }, (args) => {
      if (args.path === "node:fs/promises") return { path: `${here}_fs_shim.ts` };
      if (args.path === "node:assert/strict" || args.path === "node:assert") {
        return { path: `${here}_assert_shim.ts` };
      }
      // A dynamic import runs only on a path a browser never takes (Node's worker_threads).
      if (args.kind === "dynamic-import") return { path: args.path, external: true };
      // A static import of a module the page never calls (the process port's spawn): empty.
      return { path: args.path, namespace: "node-stub" };
    });
    build.onLoad({ filter: /.*/, namespace: "node-stub" }, () => ({
      contents: "module.exports = {};",
      loader: "js",
    }));
  },
};

const COMMON: esbuild.BuildOptions = {
  // Paths in the output's comments (`// src/tensor.ts`) are relative to the checkout, whatever
  // the working directory: the shipped bundle is the same bytes wherever it is built.
  absWorkingDir: root,
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  write: false,
  logLevel: "silent",
  legalComments: "none",
  charset: "utf8",
};

function files(result: esbuild.BuildResult, outdir: string): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const f of result.outputFiles ?? []) {
    out.set(f.path.slice(outdir.length + 1), f.contents);
  }
  return out;
}

/**
 * The library bundle: `mod.js`, `nn.js`, `safetensors.js` and their shared chunk(s).
 *
 * @returns File name → contents.
 */
export async function bundleLibrary(): Promise<Map<string, Uint8Array>> {
  const outdir = `${root}.browser-out`;
  const entryPoints = Object.entries(LIBRARY_ENTRIES).map(([spec, path]) => ({
    in: `${root}${path}`,
    out: bundleName(spec),
  }));
  const result = await esbuild.build({
    ...COMMON,
    entryPoints,
    outdir,
    splitting: true,
    chunkNames: "chunk-[hash]",
    plugins: [nodeShims],
  });
  return files(result, outdir);
}

/**
 * The worker module of `initWorkers` (`src/random/_worker.ts`), self-contained.
 * The pool starts it from `./_worker.js` beside the module holding its code,
 * so it goes next to each bundle (`mod.js`' directory, the test page's).
 *
 * @returns Its JavaScript.
 */
export async function bundleWorker(): Promise<Uint8Array> {
  const result = await esbuild.build({
    ...COMMON,
    entryPoints: [`${root}src/random/_worker.ts`],
    outfile: `${root}.browser-out/_worker.js`,
    plugins: [nodeShims],
  });
  return result.outputFiles![0].contents;
}

/**
 * One snippet as a page module (imports of the package left to the import map).
 *
 * @param code The snippet's TypeScript.
 * @returns Its JavaScript.
 */
export async function bundleSnippet(code: string): Promise<Uint8Array> {
  const result = await esbuild.build({
    ...COMMON,
    stdin: { contents: code, loader: "ts", resolveDir: here, sourcefile: "snippet.ts" },
    external: ["@torch-parity/init", "@torch-parity/init/*"],
    plugins: [nodeShims],
  });
  return result.outputFiles![0].contents;
}

/**
 * The test page's script, self-contained.
 *
 * @returns Its JavaScript.
 */
export async function bundlePage(): Promise<Uint8Array> {
  const result = await esbuild.build({
    ...COMMON,
    entryPoints: [`${here}page.ts`],
    outfile: `${root}.browser-out/page.js`,
    plugins: [nodeShims],
  });
  return result.outputFiles![0].contents;
}

/** Where the package ships the library bundle: package.json's `./browser…` exports. */
export const BROWSER_DIR = "dist/browser";

/**
 * The browser bundle shipped in the npm package ({@linkcode BROWSER_DIR}):
 * {@linkcode bundleLibrary}'s files and the worker beside them. The output
 * names no local path and no date, so a fresh build equals the committed
 * files byte for byte. Stops esbuild's service when done.
 *
 * @returns Path relative to the package root (`dist/browser/mod.js`) → contents.
 */
export async function browserBuild(): Promise<Map<string, Uint8Array>> {
  try {
    const out = new Map<string, Uint8Array>();
    for (const [name, bytes] of await bundleLibrary()) out.set(`${BROWSER_DIR}/${name}`, bytes);
    out.set(`${BROWSER_DIR}/_worker.js`, await bundleWorker());
    return out;
  } finally {
    await stopBundler();
  }
}

/**
 * The library's entry modules → the specifier the shipped page imports them
 * by (the page's import map points it at `dist/browser/`). `buildModule` is
 * re-exported by `@torch-parity/init/nn`.
 */
const SHIPPED_SPECIFIERS: Readonly<Record<string, string>> = {
  "src/mod.ts": "@torch-parity/init",
  "src/nn/mod.ts": "@torch-parity/init/nn",
  "src/nn/build_module.ts": "@torch-parity/init/nn",
  "src/io/mod.ts": "@torch-parity/init/safetensors",
};

/** Imports of the library → the shipped bundle; any other module of `src/` is an error. */
const shippedLibrary: esbuild.Plugin = {
  name: "torch-parity-shipped-library",
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const path = resolve(args.resolveDir, args.path);
      if (!path.startsWith(`${root}src/`)) return undefined;
      const specifier = SHIPPED_SPECIFIERS[path.slice(root.length)];
      if (specifier) return { path: specifier, external: true };
      return {
        errors: [{
          text: `${args.importer} imports ${args.path}, which is not an export of the package: ` +
            "the shipped page may use the public API only",
        }],
      };
    });
  },
};

/**
 * The test page for the shipped bundle (`shipped_page.ts`): the library left
 * to the import map (so the page runs `dist/browser/`'s code), the golden
 * loader and replay bundled in.
 *
 * @returns Its JavaScript.
 */
export async function bundleShippedPage(): Promise<Uint8Array> {
  const result = await esbuild.build({
    ...COMMON,
    entryPoints: [`${here}shipped_page.ts`],
    outfile: `${root}.browser-out/shipped_page.js`,
    plugins: [shippedLibrary, nodeShims],
  });
  return result.outputFiles![0].contents;
}

/** Stop esbuild's service process. */
export function stopBundler(): Promise<void> {
  return esbuild.stop();
}

if (import.meta.main) {
  const libraryOnly = Deno.args.includes("--library");
  const outdir = Deno.args.find((a) => !a.startsWith("--"));
  if (!outdir) {
    console.error("usage: bundle.ts [--library] OUTDIR");
    Deno.exit(2);
  }
  const lib = libraryOnly ? outdir : `${outdir}/lib`;
  await Deno.mkdir(lib, { recursive: true });
  for (const [name, bytes] of await bundleLibrary()) await Deno.writeFile(`${lib}/${name}`, bytes);
  const worker = await bundleWorker();
  await Deno.writeFile(`${lib}/_worker.js`, worker);
  if (!libraryOnly) {
    await Deno.mkdir(`${outdir}/snippets`, { recursive: true });
    await Deno.writeFile(`${outdir}/page.js`, await bundlePage());
    await Deno.writeFile(`${outdir}/shipped_page.js`, await bundleShippedPage());
    await Deno.writeFile(`${outdir}/_worker.js`, worker);
    const snippets = documentSnippets(new URL("../../", import.meta.url));
    for (const [i, s] of snippets.entries()) {
      await Deno.writeFile(`${outdir}/snippets/snippet_${i + 1}.js`, await bundleSnippet(s.code));
    }
    await Deno.writeTextFile(`${outdir}/snippets.json`, JSON.stringify(snippets, null, 2) + "\n");
  }
  await stopBundler();
}
