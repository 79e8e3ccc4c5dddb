// Copyright 2026 the torch-parity authors. MIT license.
// Full suite only (`deno task test:full`): the build imports `npm:typescript` and runs esbuild.
import assert from "node:assert/strict";
import { npmBuild, packageBuild, staleFiles } from "./npm_build.ts";
import { browserBuild } from "./browser/bundle.ts";

const root = new URL("../", import.meta.url);
const checkout = new URL(".", root).pathname;

Deno.test(
  "package.json and dist/ (dist/browser/ included) are what `deno task build:npm` builds",
  async () => {
    const files = await packageBuild(root);
    for (const f of ["dist/src/mod.js", "dist/src/mod.d.ts", "dist/src/random/_worker.js"]) {
      assert.ok(files.has(f), f);
    }
    for (const f of ["mod.js", "nn.js", "safetensors.js", "_worker.js"]) {
      assert.ok(files.has(`dist/browser/${f}`), f);
    }
    assert.deepEqual(staleFiles(root, files), [], "run `deno task build:npm`");
  },
);

Deno.test("the npm build is deterministic and names no local path", () => {
  const a = npmBuild(root);
  const b = npmBuild(root);
  assert.deepEqual([...a.keys()], [...b.keys()]);
  for (const [path, text] of a) {
    assert.equal(text, b.get(path), path);
    assert.ok(!text.includes(checkout), `${path} names the checkout's path`);
  }
});

Deno.test("the browser bundle is deterministic and names no local path or date", async () => {
  const a = await browserBuild();
  const b = await browserBuild();
  assert.deepEqual([...a.keys()], [...b.keys()]);
  const decoder = new TextDecoder();
  const year = String(new Date().getUTCFullYear());
  for (const [path, bytes] of a) {
    assert.deepEqual(bytes, b.get(path), path);
    const text = decoder.decode(bytes);
    assert.ok(!text.includes(checkout), `${path} names the checkout's path`);
    assert.ok(!text.includes(Deno.env.get("HOME") ?? "\0"), `${path} names HOME`);
    assert.ok(!new RegExp(`${year}-\\d\\d-\\d\\d`).test(text), `${path} holds a date`);
  }
});
