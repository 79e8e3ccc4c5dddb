// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Every TypeScript snippet in README.md runs, so none can rot. Relative
 * imports (`./src/...`) are rewritten to this checkout; each snippet runs as
 * its own module.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const root = new URL("../", import.meta.url);
const readme = readFileSync(new URL("README.md", root), "utf8");
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);

Deno.test("README has TypeScript snippets to run", () => {
  assert.ok(blocks.length >= 2, `found ${blocks.length} ts blocks`);
});

blocks.forEach((code, i) => {
  Deno.test(`README snippet ${i + 1} runs`, async () => {
    const rewritten = code.replace(
      /from "\.\/(src\/[^"]+)"/g,
      (_m, path: string) => `from "${new URL(path, root).href}"`,
    );
    assert.ok(!/from "\.\//.test(rewritten), "a relative import was not rewritten");
    const dir = mkdtempSync(join(tmpdir(), "torch-parity-readme-"));
    try {
      const file = join(dir, `snippet_${i + 1}.ts`);
      writeFileSync(file, rewritten);
      await import(pathToFileURL(file).href);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
