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
import { dirname, join, posix } from "node:path";
import ts from "npm:typescript@5.9.3";

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

const NPM_SPECIFIER = /^npm:(@[^@/]+\/[^@/]+|[^@/]+)(?:@([^/]+))?(\/.*)?$/;

function toJs(path: string): string {
  return path.replace(/\.ts$/, ".js");
}

function toDts(path: string): string {
  return path.replace(/\.ts$/, ".d.ts");
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
  const dependencies: Record<string, string> = {};
  const files: string[] = [];
  const queue = Object.values(config.exports).map((p) => posix.normalize(`/${p}`));
  const seen = new Set<string>();
  for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
    if (seen.has(path)) continue;
    seen.add(path);
    const source = readFileSync(new URL(`.${path}`, root), "utf8");
    const edits: { pos: number; end: number; text: string }[] = [];
    for (const ref of ts.preProcessFile(source, true, true).importedFiles) {
      const spec = ref.fileName;
      // `ref.pos` is where the string literal starts (its quote); find the text itself.
      const pos = source.indexOf(spec, ref.pos);
      const end = pos + spec.length;
      if (spec.startsWith("./") || spec.startsWith("../")) {
        queue.push(posix.join(posix.dirname(path), spec));
        edits.push({ pos, end, text: toJs(spec) });
      } else if (spec.startsWith("npm:")) {
        const m = NPM_SPECIFIER.exec(spec);
        if (m === null) throw new TypeError(`Cannot map npm specifier in ${path}: ${spec}`);
        dependencies[m[1]] = m[2] ?? "*";
        edits.push({ pos, end, text: m[1] + (m[3] ?? "") });
      } else if (!spec.startsWith("node:")) {
        throw new TypeError(`Cannot map import specifier in ${path}: ${spec}`);
      }
    }
    let rewritten = source;
    for (const e of edits.sort((a, b) => b.pos - a.pos)) {
      rewritten = rewritten.slice(0, e.pos) + e.text + rewritten.slice(e.end);
    }
    const compilerOptions = {
      target: ts.ScriptTarget.ESNext,
      module: ts.ModuleKind.ESNext,
      declaration: true,
    };
    const js = ts.transpileModule(rewritten, {
      compilerOptions,
      fileName: path,
      reportDiagnostics: true,
    });
    const dts = ts.transpileDeclaration(rewritten, { compilerOptions, fileName: path });
    const errors = [...(js.diagnostics ?? [])].filter((d) =>
      d.category === ts.DiagnosticCategory.Error
    );
    if (errors.length > 0) {
      const text = errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      throw new Error(`Cannot transpile ${path}: ${text.join("; ")}`);
    }
    for (const [file, text] of [[toJs(path), js.outputText], [toDts(path), dts.outputText]]) {
      mkdirSync(dirname(join(out, file)), { recursive: true });
      writeFileSync(join(out, file), text);
      files.push(file.slice(1));
    }
  }
  const exports: Record<string, { types: string; default: string }> = {};
  for (const [key, path] of Object.entries(config.exports)) {
    exports[key] = { types: toDts(path), default: toJs(path) };
  }
  const sortedDependencies = Object.fromEntries(
    Object.entries(dependencies).sort(([a], [b]) => a < b ? -1 : 1),
  );
  const packageJson = {
    name,
    version: config.version,
    type: "module",
    exports,
    dependencies: sortedDependencies,
  };
  writeFileSync(join(out, "package.json"), JSON.stringify(packageJson, null, 2) + "\n");
  files.push("package.json");
  const tgz = join(workDir, "package.tgz");
  const tar = spawnSync("tar", ["-czf", tgz, "-C", workDir, "package"], { encoding: "utf8" });
  if (tar.status !== 0) throw new Error(`tar failed with status ${tar.status}: ${tar.stderr}`);
  return { name, packageJson, tarball: new Uint8Array(readFileSync(tgz)), files: files.sort() };
}
