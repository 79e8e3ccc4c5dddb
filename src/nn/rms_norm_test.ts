// Copyright 2026 the torch-parity authors. MIT license.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { RMSNorm } from "./rms_norm.ts";
import { getTorchVersion, setTorchVersion } from "../random/torch_version.ts";
import { getRngState } from "../random/get_rng_state.ts";
import { FULL_SUITE } from "../../_tools/full_suite.ts";

Deno.test("RMSNorm: weight of ones, no bias; eps null by default; float64", () => {
  const m = new RMSNorm([2, 3]);
  assert.deepEqual([...m.stateDict().keys()], ["weight"]);
  assert.deepEqual(m.weight!.shape, [2, 3]);
  assert.ok(m.weight!.data.every((x) => x === 1));
  assert.equal(m.eps, null);
  assert.deepEqual([...new RMSNorm(4, { elementwiseAffine: false }).stateDict().keys()], []);
  const d = new RMSNorm(4, { eps: 1e-6, dtype: "float64" });
  assert.ok(d.weight!.data instanceof Float64Array);
  assert.equal(d.eps, 1e-6);
});

Deno.test("RMSNorm is refused under torch 1.13, before anything is drawn", () => {
  const previous = getTorchVersion();
  setTorchVersion("1.13");
  try {
    const before = getRngState();
    assert.throws(() => new RMSNorm(4), (e: Error) => {
      assert.ok(e instanceof TypeError);
      assert.match(e.message, /^Cannot create RMSNorm: torch 1\.13 has no nn\.RMSNorm/);
      return true;
    });
    assert.deepEqual(getRngState(), before);
  } finally {
    setTorchVersion(previous);
  }
});

Deno.test("RMSNorm: bad arguments name the argument", () => {
  assert.throws(() => new RMSNorm(-1), RangeError);
  assert.throws(() => new RMSNorm(4, { eps: "1" as unknown as number }), TypeError);
  assert.throws(() => new RMSNorm(4, { elementwiseAffine: 1 as unknown as boolean }), TypeError);
});

const ROOT = `${
  Deno.env.get("TORCH_PARITY_ROOTS") ??
    `${Deno.env.get("HOME") ?? "/root"}/.cache/torch-parity/roots`
}/trixie`;

Deno.test({
  name: "RMSNorm matches real torch 2.6's nn.RMSNorm (names, shapes, dtypes, values)",
  // Live torch (in its Debian root): the full suite only.
  ignore: !FULL_SUITE || !existsSync(`${ROOT}/usr/bin/python3`),
  fn() {
    const script = `
import json, torch
out = []
for args, kw in [([[2, 3]], {}), ([4], {"elementwise_affine": False}), ([5], {"dtype": torch.float64})]:
    m = torch.nn.RMSNorm(*args, **kw)
    out.append([[k, str(v.dtype), list(v.shape), v.tolist()] for k, v in m.state_dict().items()])
print(json.dumps(out))`;
    const r = spawnSync("chroot", [ROOT, "python3", "-c", script], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    const want = JSON.parse(r.stdout.trim().split("\n").at(-1)!);
    const mods = [
      new RMSNorm([2, 3]),
      new RMSNorm(4, { elementwiseAffine: false }),
      new RMSNorm(5, { dtype: "float64" }),
    ];
    const got = mods.map((m) =>
      [...m.stateDict()].map(([k, v]) => [
        k,
        v.data instanceof Float64Array ? "torch.float64" : "torch.float32",
        [...v.shape],
        Array.from(v.data as Float32Array),
      ])
    );
    // torch's tolist() nests by shape; compare flat values.
    const flat = (x: unknown): unknown[] => Array.isArray(x) ? x.flatMap(flat) : [x];
    assert.deepEqual(
      got.map((m) => m.map(([k, d, s, v]) => [k, d, s, flat(v)])),
      want.map((m: unknown[][]) => m.map(([k, d, s, v]) => [k, d, s, flat(v)])),
    );
  },
});
