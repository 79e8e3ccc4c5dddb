// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The project's modules import each other without circles: every static,
 * type-only and dynamic import between the repository's own TypeScript files
 * (doc-comment examples aside) forms an acyclic graph.
 *
 * @module
 */

import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const FOLDERS = ["src", "conformance", "golden", "bench", "_tools"];

function listTs(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) listTs(path, out);
    else if (name.endsWith(".ts")) out.push(path);
  }
  return out;
}

/** Source text without comments (so `@example` imports in JSDoc do not count). */
function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
}

const IMPORT_PATTERNS = [
  /\b(?:import|export)\s+(?:type\s+)?[^;"'`]*?\bfrom\s*["']([^"']+)["']/g,
  /\bimport\s*["']([^"']+)["']/g,
  /\bimport\(\s*["']([^"']+)["']\s*\)/g,
];

/** The repository files that `file` imports (relative specifiers only). */
export function localImports(file: string, source: string): string[] {
  const code = stripComments(source);
  const found = new Set<string>();
  for (const pattern of IMPORT_PATTERNS) {
    for (const m of code.matchAll(pattern)) {
      const spec = m[1];
      if (spec.startsWith("./") || spec.startsWith("../")) found.add(resolve(dirname(file), spec));
    }
  }
  return [...found];
}

/** Every cycle's member list (strongly connected components of size > 1, or a self-import). */
export function findCycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const members: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        members.push(w);
      } while (w !== v);
      if (members.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(members.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

Deno.test("findCycles finds a type-only circle and accepts a tree", () => {
  const a = "/a.ts", b = "/b.ts", c = "/c.ts";
  assert.deepEqual(
    findCycles(new Map([[a, localImports(a, `import type { B } from "./b.ts";`)], [b, [a]]])),
    [[a, b]],
  );
  assert.deepEqual(findCycles(new Map([[a, [b, c]], [b, [c]], [c, []]])), []);
  assert.deepEqual(localImports(a, `/** import { x } from "./b.ts"; */\nexport {};`), []);
});

Deno.test("the repository's TypeScript modules import each other without circles", () => {
  const graph = new Map<string, string[]>();
  for (const folder of FOLDERS) {
    for (const file of listTs(join(ROOT, folder), [])) {
      graph.set(file, localImports(file, readFileSync(file, "utf8")));
    }
  }
  assert.ok(graph.size > 100, `expected the whole tree, found ${graph.size} files`);
  const cycles = findCycles(graph).map((c) => c.map((f) => relative(ROOT, f)).join(" <-> "));
  assert.deepEqual(cycles, []);
});
