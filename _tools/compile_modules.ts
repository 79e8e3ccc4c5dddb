// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Transpile the package's TypeScript to JavaScript with `.d.ts` types, the
 * way JSR's npm layer does and the way this package's own npm build
 * (`dist/`, see `npm_build.ts`) does: every module reachable from the given
 * entry points, relative `.ts` specifiers rewritten to `.js`, and
 * `npm:name@version` rewritten to the bare `name` (collected as a
 * dependency). Types are emitted file by file (`transpileDeclaration`), which
 * JSR's "no slow types" rule makes possible.
 *
 * @module
 */

import { readFileSync } from "node:fs";
import { posix } from "node:path";
import ts from "npm:typescript@5.9.3";

/** One transpiled module. */
export interface CompiledModule {
  /** The JavaScript. */
  js: string;
  /** Its declarations. */
  dts: string;
  /** The TypeScript source it was made from. */
  source: string;
}

/** The result of {@linkcode compileModules}. */
export interface CompiledPackage {
  /** Source path (`/src/mod.ts`, with a leading slash) → its JavaScript and declarations. */
  modules: Map<string, CompiledModule>;
  /** Bare npm names imported through `npm:` specifiers → their version (`"*"` if none). */
  dependencies: Record<string, string>;
  /** The TypeScript version that transpiled them. */
  typescript: string;
}

const NPM_SPECIFIER = /^npm:(@[^@/]+\/[^@/]+|[^@/]+)(?:@([^/]+))?(\/.*)?$/;

/** `mod.ts` → `mod.js`. */
export function toJs(path: string): string {
  return path.replace(/\.ts$/, ".js");
}

/** `mod.ts` → `mod.d.ts`. */
export function toDts(path: string): string {
  return path.replace(/\.ts$/, ".d.ts");
}

/**
 * TypeScript 5.9's `transpileDeclaration` declares a method with a well-known
 * symbol name (`*[Symbol.iterator]() {…}`) twice, as a property
 * (`[Symbol.iterator]: () => …;`) and as the method, which `tsc` then
 * reports as a duplicate identifier; keep the method only.
 */
function withoutSymbolDuplicates(dts: string): string {
  return dts.replace(
    /^[ \t]*\[Symbol\.(\w+)\]: \(.*\) => .*;\r?\n/gm,
    (line, name: string) => dts.includes(`[Symbol.${name}](`) ? "" : line,
  );
}

/**
 * Transpile every module reachable from `entries` (paths relative to `root`,
 * such as `./src/mod.ts`).
 *
 * @param root The package directory.
 * @param entries The entry modules (deno.json's export targets).
 * @returns The modules by source path, the npm dependencies, TypeScript's version.
 * @throws {TypeError} On an import specifier that cannot be mapped (`jsr:`, bare).
 * @throws {Error} If TypeScript reports a syntax error.
 *
 * @example
 * ```ts ignore
 * import { compileModules } from "./compile_modules.ts";
 *
 * const { modules } = compileModules(new URL("../", import.meta.url), ["./src/mod.ts"]);
 * console.log(modules.get("/src/mod.ts")!.js.includes('from "./tensor.js"')); // true
 * ```
 */
export function compileModules(root: URL, entries: string[]): CompiledPackage {
  // ESNext: types are stripped and nothing else is rewritten (lower targets alias classes whose
  // static fields refer to the class, which breaks `static words = new Uint32Array(X.BLOCK)`).
  const compilerOptions = {
    target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.ESNext,
    declaration: true,
  };
  const modules = new Map<string, CompiledModule>();
  const dependencies: Record<string, string> = {};
  const queue = entries.map((p) => posix.normalize(`/${p}`)).reverse();
  for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
    if (modules.has(path)) continue;
    const source = readFileSync(new URL(`.${path}`, root), "utf8");
    const edits: { pos: number; end: number; text: string }[] = [];
    const found: string[] = [];
    for (const ref of ts.preProcessFile(source, true, true).importedFiles) {
      const spec = ref.fileName;
      // `ref.pos` is where the string literal starts (its quote); find the text itself.
      const pos = source.indexOf(spec, ref.pos);
      const end = pos + spec.length;
      if (spec.startsWith("./") || spec.startsWith("../")) {
        found.push(posix.join(posix.dirname(path), spec));
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
    const js = ts.transpileModule(rewritten, {
      compilerOptions,
      fileName: path,
      reportDiagnostics: true,
    });
    const errors = [...(js.diagnostics ?? [])].filter((d) =>
      d.category === ts.DiagnosticCategory.Error
    );
    if (errors.length > 0) {
      const text = errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      throw new Error(`Cannot transpile ${path}: ${text.join("; ")}`);
    }
    const dts = ts.transpileDeclaration(rewritten, { compilerOptions, fileName: path });
    modules.set(path, { js: js.outputText, dts: withoutSymbolDuplicates(dts.outputText), source });
    // Depth first in import order, so the modules come out in a stable order.
    queue.push(...found.reverse());
  }
  const sorted = Object.fromEntries(
    Object.entries(dependencies).sort(([a], [b]) => a < b ? -1 : 1),
  );
  return { modules, dependencies: sorted, typescript: ts.version };
}
