// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Replay of the golden module cases (`golden/<cap>/modules.json`, format
 * `torch-parity-modules/1`, see README "Module cases") with this library's
 * `buildModule`: state_dict names and order, dtypes, shapes, kinds, bytes (or
 * SHA-256), refusals and the generator state after each case, bit for bit,
 * for torch 1.13 (`golden/<cap>/`) and the later releases
 * (`golden/torch-2.6/<cap>/`, `golden/torch-2.14/<cap>/`, whose unchanged
 * tensors are read from 1.13's file through `base_tensors`).
 * Runtime-neutral (node:fs/promises and Web Crypto only).
 *
 * @module
 */
import {
  GOLDEN_DIR,
  GOLDEN_DIRS,
  loadModuleGolden as loadModules,
  type ModuleGoldenCase,
  type ModuleGoldenEntry,
  type ModuleGoldenSet,
  sha256Hex,
} from "../conformance/golden.ts";
import {
  type CpuCapability,
  getCpuCapability,
  getRngState,
  getTorchVersion,
  manualSeed,
  setCpuCapability,
  setTorchVersion,
  setWarningHandler,
  type TorchVersion,
} from "../src/mod.ts";
import { buildModule, type ModuleSpec } from "../src/nn/build_module.ts";
import type { Module } from "../src/nn/module.ts";

/** One state_dict entry of a module case (conformance/golden.ts). */
export type ModuleEntry = ModuleGoldenEntry;

/** One module case (conformance/golden.ts). */
export type ModuleCase = ModuleGoldenCase;

export type { ModuleGoldenSet };

/** One difference from torch. */
export interface ModuleMismatch {
  caseId: string;
  detail: string;
}

/** The outcome of {@linkcode replayModules}. */
export interface ModuleReplayResult {
  capability: string;
  torchVersion: TorchVersion;
  cases: number;
  refusals: number;
  entries: number;
  mismatches: ModuleMismatch[];
}

/**
 * Load `dir/<capability>/modules.json` and its tensors (see
 * conformance/golden.ts's loadModuleGolden; `dir` defaults to torch 1.13's).
 */
export function loadModuleGolden(
  capability: string,
  dir: URL = GOLDEN_DIR,
): Promise<ModuleGoldenSet> {
  return loadModules(capability, dir);
}

function bytesOf(a: ArrayBufferView): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

function dtypeOf(t: { data: ArrayBufferView; dtype?: string }): string {
  const data = t.data;
  if (data instanceof Uint16Array && (t.dtype === "float16" || t.dtype === "bfloat16")) {
    return t.dtype;
  }
  if (data instanceof Float32Array) return "float32";
  if (data instanceof Float64Array) return "float64";
  if (data instanceof BigInt64Array) return "int64";
  return data.constructor.name;
}

const ST_DTYPE: Record<string, string> = {
  float32: "F32",
  float64: "F64",
  int64: "I64",
  float16: "F16",
  bfloat16: "BF16",
};

/** Bytes per element of each state_dict dtype. */
const SIZE: Record<string, number> = { float32: 4, float64: 8, int64: 8, float16: 2, bfloat16: 2 };

/** The contiguous row-major bytes of a (possibly strided) state_dict tensor. */
function contiguousBytes(t: {
  data: Float32Array | Float64Array | BigInt64Array | Uint16Array;
  shape: readonly number[];
  strides?: readonly number[];
  offset?: number;
}): Uint8Array {
  const n = t.shape.reduce((a, b) => a * b, 1);
  const strides = t.strides ?? (() => {
    const s = new Array<number>(t.shape.length);
    let acc = 1;
    for (let i = t.shape.length - 1; i >= 0; i--) {
      s[i] = acc;
      acc *= t.shape[i];
    }
    return s;
  })();
  const offset = t.offset ?? 0;
  let contiguous = true;
  let acc = 1;
  for (let i = t.shape.length - 1; i >= 0; i--) {
    if (t.shape[i] !== 1 && strides[i] !== acc) contiguous = false;
    acc *= t.shape[i];
  }
  if (contiguous || n === 0) return bytesOf(t.data.subarray(offset, offset + n));
  const out = new (t.data.constructor as new (n: number) => typeof t.data)(n);
  const idx = new Array<number>(t.shape.length).fill(0);
  for (let k = 0; k < n; k++) {
    let p = offset;
    for (let d = 0; d < idx.length; d++) p += idx[d] * strides[d];
    (out as unknown as ArrayLike<unknown> & Record<number, unknown>)[k] = t.data[p];
    for (let d = idx.length - 1; d >= 0; d--) {
      if (++idx[d] < t.shape[d]) break;
      idx[d] = 0;
    }
  }
  return bytesOf(out);
}

async function compareStateDict(
  net: Module,
  c: ModuleCase,
  golden: ModuleGoldenSet,
  out: ModuleMismatch[],
): Promise<number> {
  const want = c.state_dict!;
  const sd = [...net.stateDict()];
  const params = new Set([...net.namedParameters()].map(([n]) => n));
  const gotNames = sd.map(([n]) => n);
  const wantNames = want.map((e) => e.name);
  if (gotNames.join("\n") !== wantNames.join("\n")) {
    out.push({
      caseId: c.id,
      detail: `state_dict keys ${JSON.stringify(gotNames)}, torch ${JSON.stringify(wantNames)}`,
    });
    return 0;
  }
  for (let i = 0; i < want.length; i++) {
    const e = want[i];
    const t = sd[i][1];
    const what = `${e.name}:`;
    const dtype = dtypeOf(t);
    if (dtype !== e.dtype) {
      out.push({ caseId: c.id, detail: `${what} dtype ${dtype}, torch ${e.dtype}` });
      continue;
    }
    if (t.shape.join(",") !== e.shape.join(",")) {
      out.push({ caseId: c.id, detail: `${what} shape [${t.shape}], torch [${e.shape}]` });
      continue;
    }
    const kind = params.has(e.name) ? "parameter" : "buffer";
    if (kind !== e.kind) out.push({ caseId: c.id, detail: `${what} a ${kind}, torch a ${e.kind}` });
    const bytes = contiguousBytes(t);
    if (e.tensor !== null) {
      const stored = golden.tensors.get(e.tensor);
      if (stored === undefined || stored.dtype !== ST_DTYPE[e.dtype]) {
        out.push({ caseId: c.id, detail: `${what} stored tensor ${e.tensor} missing or mistyped` });
        continue;
      }
      if (stored.bytes.length !== bytes.length || stored.bytes.some((b, k) => b !== bytes[k])) {
        const size = SIZE[e.dtype];
        let first = -1;
        let count = 0;
        for (let k = 0; k < bytes.length; k += size) {
          for (let j = 0; j < size; j++) {
            if (bytes[k + j] !== stored.bytes[k + j]) {
              if (first < 0) first = k / size;
              count++;
              break;
            }
          }
        }
        out.push({
          caseId: c.id,
          detail: `${what} ${count} of ${bytes.length / size} elements differ, first at ${first}`,
        });
      }
    } else if (await sha256Hex(bytes) !== e.sha256) {
      out.push({ caseId: c.id, detail: `${what} SHA-256 differs (head ${e.head})` });
    }
  }
  return want.length;
}

/**
 * Replay every module case of `capability` recorded by torch `torchVersion`
 * (default 1.13) and compare with torch's record. The CPU capability and
 * torch release are set for the replay and restored afterwards.
 */
export async function replayModules(
  capability: CpuCapability,
  golden?: ModuleGoldenSet,
  torchVersion: TorchVersion = "1.13",
): Promise<ModuleReplayResult> {
  const set = golden ?? await loadModuleGolden(capability, GOLDEN_DIRS[torchVersion]);
  const previous = [getCpuCapability(), getTorchVersion()] as const;
  setCpuCapability(capability);
  setTorchVersion(torchVersion);
  const mismatches: ModuleMismatch[] = [];
  let refusals = 0;
  let entries = 0;
  try {
    for (const c of set.cases) {
      manualSeed(BigInt(c.seed));
      let net: Module | null = null;
      let thrown: unknown = null;
      const warnings: string[] = [];
      const previousHandler = setWarningHandler((message) => warnings.push(message));
      try {
        net = buildModule(c.spec as ModuleSpec);
      } catch (error) {
        thrown = error;
      } finally {
        setWarningHandler(previousHandler);
      }
      if (warnings.join("\n") !== c.warnings.join("\n")) {
        mismatches.push({
          caseId: c.id,
          detail: `warnings ${JSON.stringify(warnings)}, torch ${JSON.stringify(c.warnings)}`,
        });
      }
      if (c.error !== undefined) {
        refusals++;
        if (thrown === null) {
          mismatches.push({
            caseId: c.id,
            detail: `built, torch refused: ${c.error.type}: ${c.error.message}`,
          });
          continue;
        }
        if (String((thrown as Error)?.message).startsWith("Cannot build module")) {
          // buildModule's own refusal (e.g. an unknown type), not the constructor's
          mismatches.push({ caseId: c.id, detail: `threw ${String(thrown)}` });
          continue;
        }
        if (!(thrown instanceof TypeError || thrown instanceof RangeError)) {
          mismatches.push({
            caseId: c.id,
            detail: `threw ${String(thrown)}, not a TypeError or RangeError`,
          });
        }
        if (c.tags.includes("late-refusal")) continue; // torch drew before refusing; we do not
      } else if (thrown !== null) {
        mismatches.push({ caseId: c.id, detail: `threw ${String(thrown)}` });
        continue;
      } else {
        entries += await compareStateDict(net!, c, set, mismatches);
      }
      const sha = await sha256Hex(getRngState());
      if (sha !== c.state_after.sha256) {
        mismatches.push({ caseId: c.id, detail: "generator state after differs" });
      }
    }
  } finally {
    setCpuCapability(previous[0]);
    setTorchVersion(previous[1]);
  }
  return { capability, torchVersion, cases: set.cases.length, refusals, entries, mismatches };
}

/** Mismatches as text, grouped by case (at most `limit` lines). */
export function formatModuleMismatches(ms: readonly ModuleMismatch[], limit = 40): string {
  const lines = ms.slice(0, limit).map((m) => `  ${m.caseId}: ${m.detail}`);
  if (ms.length > limit) lines.push(`  ... and ${ms.length - limit} more`);
  return lines.join("\n");
}
