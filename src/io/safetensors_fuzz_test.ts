// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Fuzzing of {@linkcode loadSafetensors}: random bytes and mutated valid
 * files either load or throw {@linkcode SafetensorsError}, and what loads
 * never takes more memory than the input. Replay a failure with
 * `fc.assert(..., { seed: 20261128, path })`.
 */
import fc from "npm:fast-check@4.11.0";
import assert from "node:assert/strict";
import { type LoadedSafetensors, loadSafetensors } from "./load_safetensors.ts";
import { saveSafetensors } from "./save_safetensors.ts";
import { SafetensorsError } from "./safetensors_error.ts";
import type { Tensor } from "../tensor.ts";

const SEED = 20261128;
const RUNS = 3000;

/** Load `bytes`; any error other than SafetensorsError, or an oversized result, fails. */
function checkLoad(bytes: Uint8Array): boolean {
  let out: LoadedSafetensors;
  try {
    out = loadSafetensors(bytes);
  } catch (e) {
    if (e instanceof SafetensorsError) return false;
    throw e;
  }
  let total = 0;
  for (const name of Object.keys(out.tensors)) {
    const t = out.tensors[name];
    total += t.data.byteLength;
    let numel = 1;
    for (const s of t.shape) numel *= s;
    assert.equal(t.data.length, numel);
  }
  assert.ok(total <= bytes.length, `loaded ${total} bytes from a ${bytes.length}-byte file`);
  for (const v of Object.values(out.metadata)) assert.equal(typeof v, "string");
  return true;
}

const tensorArb: fc.Arbitrary<Tensor> = fc
  .tuple(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }), fc.boolean())
  .chain(([shape, f64]) => {
    const numel = shape.reduce((a, b) => a * b, 1);
    return fc.array(fc.double(), { minLength: numel, maxLength: numel }).map((xs) => ({
      data: f64 ? Float64Array.from(xs) : Float32Array.from(xs),
      shape,
    }));
  });

const validFile = fc
  .tuple(
    fc.dictionary(fc.string({ minLength: 1, maxLength: 6, unit: "grapheme" }), tensorArb, {
      maxKeys: 4,
    }),
    fc.option(fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 6 }), {
      maxKeys: 3,
    })),
  )
  .filter(([t]) => !Object.hasOwn(t, "__metadata__"))
  .map(([tensors, metadata]) => ({
    tensors,
    metadata: metadata ?? undefined,
    bytes: saveSafetensors(tensors, metadata ?? undefined),
  }));

function headerOf(bytes: Uint8Array): Record<string, unknown> {
  const n = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true);
  if (bytes.length < 8 || n > bytes.length - 8) throw new Error("no header to mutate");
  return JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + n)));
}

function withHeader(bytes: Uint8Array, header: string, lengthDelta = 0): Uint8Array {
  const n = Math.min(
    new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true),
    bytes.length - 8,
  );
  const h = new TextEncoder().encode(header);
  const out = new Uint8Array(8 + h.length + bytes.length - 8 - n);
  new DataView(out.buffer).setUint32(0, Math.max(0, h.length + lengthDelta), true);
  out.set(h, 8);
  out.set(bytes.subarray(8 + n), 8 + h.length);
  return out;
}

const weirdNumber = fc.oneof(
  fc.integer({ min: -4, max: 300 }),
  fc.constantFrom(-1, 0.5, 2 ** 31, 2 ** 32, 2 ** 53, 2 ** 53 + 2, 2 ** 64, 1e308, -0),
  fc.double(),
);
const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  weirdNumber,
  fc.constantFrom(null, true, "3", [], {}, [1, 2, 3]),
  fc.array(weirdNumber, { maxLength: 4 }),
);
const dtypeArb = fc.constantFrom(
  "F64",
  "F32",
  "F16",
  "BF16",
  "I64",
  "U64",
  "I32",
  "U32",
  "I16",
  "U16",
  "I8",
  "U8",
  "BOOL",
  "F8_E4M3",
  "C64",
  "f32",
  "",
  "__proto__",
  "constructor",
); // deno-fmt-ignore

type Mutation =
  | { kind: "flip"; at: number; xor: number }
  | { kind: "truncate"; at: number }
  | { kind: "append"; extra: Uint8Array }
  | { kind: "length"; lo: number; hi: number }
  | { kind: "field"; pick: number; field: string; value: unknown }
  | { kind: "dtype"; pick: number; value: string }
  | { kind: "headerDelta"; delta: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant("flip" as const),
    at: fc.nat(),
    xor: fc.integer({ min: 1, max: 255 }),
  }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("append" as const), extra: fc.uint8Array({ maxLength: 16 }) }),
  fc.record({
    kind: fc.constant("length" as const),
    lo: fc.oneof(fc.integer({ min: 0, max: 400 }), fc.nat({ max: 2 ** 32 - 1 })),
    hi: fc.oneof(fc.constant(0), fc.nat({ max: 2 ** 32 - 1 })),
  }),
  fc.record({
    kind: fc.constant("field" as const),
    pick: fc.nat(),
    field: fc.constantFrom("shape", "data_offsets", "dtype", "extra"),
    value: weirdValue,
  }),
  fc.record({ kind: fc.constant("dtype" as const), pick: fc.nat(), value: dtypeArb }),
  fc.record({
    kind: fc.constant("headerDelta" as const),
    delta: fc.integer({ min: -9, max: 9 }),
  }),
);

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  switch (m.kind) {
    case "flip": {
      const out = bytes.slice();
      if (out.length > 0) out[m.at % out.length] ^= m.xor;
      return out;
    }
    case "truncate":
      return bytes.slice(0, m.at % (bytes.length + 1));
    case "append": {
      const out = new Uint8Array(bytes.length + m.extra.length);
      out.set(bytes);
      out.set(m.extra, bytes.length);
      return out;
    }
    case "length": {
      const out = bytes.slice();
      if (out.length >= 8) {
        new DataView(out.buffer).setUint32(0, m.lo, true);
        new DataView(out.buffer).setUint32(4, m.hi, true);
      }
      return out;
    }
    case "field":
    case "dtype": {
      let header: Record<string, unknown>;
      try {
        header = headerOf(bytes);
      } catch {
        return bytes;
      }
      const names = Object.keys(header).filter((k) => k !== "__metadata__");
      if (names.length === 0) return bytes;
      const entry = header[names[m.pick % names.length]] as Record<string, unknown>;
      if (m.kind === "dtype") entry.dtype = m.value;
      else entry[m.field] = m.value;
      return withHeader(bytes, JSON.stringify(header));
    }
    case "headerDelta": {
      try {
        return withHeader(bytes, JSON.stringify(headerOf(bytes)), m.delta);
      } catch {
        return bytes;
      }
    }
  }
}

Deno.test("fuzz: random bytes load or throw SafetensorsError", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      checkLoad(bytes);
    }),
    { seed: SEED, numRuns: RUNS },
  );
  // Random bytes behind a plausible header length.
  fc.assert(
    fc.property(fc.nat({ max: 64 }), fc.uint8Array({ maxLength: 100 }), (n, rest) => {
      const bytes = new Uint8Array(8 + rest.length);
      bytes[0] = n;
      bytes.set(rest, 8);
      checkLoad(bytes);
    }),
    { seed: SEED, numRuns: RUNS },
  );
});

Deno.test("fuzz: random JSON headers load or throw SafetensorsError", () => {
  let loaded = 0;
  const entryArb = fc.record({
    dtype: fc.oneof(dtypeArb, weirdValue),
    shape: fc.oneof(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }), weirdValue),
    data_offsets: fc.oneof(fc.tuple(fc.nat({ max: 40 }), fc.nat({ max: 40 })), weirdValue),
  }, { requiredKeys: [] });
  fc.assert(
    fc.property(
      fc.dictionary(fc.constantFrom("a", "b", "c", "__metadata__", "__proto__"), entryArb, {
        maxKeys: 4,
      }),
      fc.uint8Array({ maxLength: 48 }),
      (header, data) => {
        const h = new TextEncoder().encode(JSON.stringify(header));
        const bytes = new Uint8Array(8 + h.length + data.length);
        bytes[0] = h.length & 0xff;
        bytes[1] = h.length >> 8;
        bytes.set(h, 8);
        bytes.set(data, 8 + h.length);
        if (checkLoad(bytes)) loaded++;
      },
    ),
    { seed: SEED, numRuns: RUNS },
  );
  // The generator reaches past validation: some headers are accepted.
  assert.ok(loaded > 0, `none of ${RUNS} loaded`);
});

Deno.test("fuzz: valid files round trip, mutated ones load or throw SafetensorsError", () => {
  let loaded = 0;
  fc.assert(
    fc.property(validFile, fc.array(mutation, { minLength: 1, maxLength: 3 }), (file, ms) => {
      const original = loadSafetensors(file.bytes);
      assert.deepEqual(original.metadata, { ...file.metadata }); // fc dictionaries have no prototype
      for (const [name, t] of Object.entries(file.tensors)) {
        assert.deepEqual(original.tensors[name].shape, t.shape);
        assert.deepEqual(original.tensors[name].data, t.data);
      }
      let bytes = file.bytes;
      for (const m of ms) bytes = mutate(bytes, m);
      if (checkLoad(bytes)) loaded++;
    }),
    { seed: SEED, numRuns: RUNS },
  );
  assert.ok(loaded > RUNS / 50 && loaded < RUNS, `${loaded} of ${RUNS} mutated files loaded`);
});
