// Copyright 2026 the torch-parity authors. MIT license.
// Full suite only (`deno task test:full`): the build imports `npm:typescript`.
import assert from "node:assert/strict";
import { npmBuild, staleFiles } from "./npm_build.ts";

const root = new URL("../", import.meta.url);

Deno.test("package.json and dist/ are what `deno task build:npm` builds from the sources", () => {
  const files = npmBuild(root);
  assert.ok(files.has("dist/src/mod.js") && files.has("dist/src/mod.d.ts"));
  assert.deepEqual(staleFiles(root, files), [], "run `deno task build:npm`");
});

Deno.test("the npm build is deterministic and names no local path", () => {
  const a = npmBuild(root);
  const b = npmBuild(root);
  assert.deepEqual([...a.keys()], [...b.keys()]);
  for (const [path, text] of a) {
    assert.equal(text, b.get(path), path);
    assert.ok(!text.includes(new URL(".", root).pathname), `${path} names the checkout's path`);
  }
});
