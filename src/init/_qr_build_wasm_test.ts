// Copyright 2026 the torch-parity authors. MIT license.
// Full suite only (`deno task test:full`): the build imports `npm:wabt`.
import assert from "node:assert/strict";
import { buildWasm, generatedSource, OUT_URL, WAT_URL } from "./_qr_build_wasm.ts";

Deno.test("qr: the committed _qr_wasm.ts is what `deno task build:wasm` builds", async () => {
  const bytes = await buildWasm(await Deno.readTextFile(WAT_URL));
  assert.equal(await Deno.readTextFile(OUT_URL), generatedSource(bytes));
});
