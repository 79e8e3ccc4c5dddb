// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The published package carries golden/avx2 and not golden/avx512, because
 * torch 1.13 records the same cases and the same tensor bytes for both (only
 * the capability labels differ). This checks that claim on the checked-in
 * data, and that loadGolden serves avx2's data for avx512 when the avx512
 * directory is absent.
 */
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GOLDEN_ALIASES, GOLDEN_DIR, loadGolden, parseSafetensors } from "./golden.ts";

const LABELS = ["capability", "reported_capability"];

for (const [capability, alias] of Object.entries(GOLDEN_ALIASES)) {
  Deno.test(`golden/${capability} equals golden/${alias} except for the capability labels`, () => {
    const read = (c: string, f: string) => readFileSync(new URL(`${c}/${f}`, GOLDEN_DIR));
    const [a, b] = [capability, alias].map((c) => JSON.parse(read(c, "manifest.json").toString()));
    assert.deepEqual(a.cases, b.cases);
    assert.equal(a.tensors, b.tensors);
    for (const key of new Set([...Object.keys(a.meta), ...Object.keys(b.meta)])) {
      if (!LABELS.includes(key)) assert.equal(a.meta[key], b.meta[key], key);
    }
    const [ta, tb] = [capability, alias].map((c) => parseSafetensors(read(c, a.tensors)));
    assert.deepEqual([...ta.keys()], [...tb.keys()]);
    for (const [name, t] of ta) assert.deepEqual(t, tb.get(name), name);
  });

  Deno.test(`loadGolden serves golden/${alias} for ${capability} when its directory is absent`, async () => {
    const dir = mkdtempSync(join(tmpdir(), "torch-parity-golden-"));
    try {
      mkdirSync(join(dir, alias));
      for (const f of ["manifest.json", "tensors.safetensors"]) {
        copyFileSync(new URL(`${alias}/${f}`, GOLDEN_DIR), join(dir, alias, f));
      }
      const served = await loadGolden(dir, capability);
      const recorded = await loadGolden(GOLDEN_DIR, capability);
      assert.equal(served.meta.capability, capability);
      assert.equal(served.meta.golden_alias_of, alias);
      assert.deepEqual(served.cases, recorded.cases);
      assert.equal(served.tensors.size, recorded.tensors.size);
      await assert.rejects(loadGolden(dir, "default"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
