// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Golden replay through the library's public API only (`src/mod.ts`): replays
 * the golden cases recorded from real PyTorch (golden/generate.py) and
 * compares bit patterns: every output tensor and the generator state after
 * every case. No runtime-specific API is used. The two steps the public API
 * cannot take (`random32`, raw MT19937 words, and `randperm`) come from
 * {@linkcode InternalDraws}: `_replay.ts` passes the library's internals
 * (every case replayed); the browser test's page for the shipped bundle
 * (`_tools/browser/shipped_page.ts`) passes none and skips those cases.
 *
 * @module
 */
import {
  type GoldenCase,
  type GoldenSet,
  type GoldenStep,
  loadGolden,
  sha256Hex,
} from "../conformance/golden.ts";
import {
  calculateFanInAndFanOut,
  calculateGain,
  type CpuCapability,
  defaultGenerator,
  empty,
  Generator,
  getCpuCapability,
  type HalfTensor,
  type Nonlinearity,
  setCpuCapability,
  setWarningHandler,
  type Tensor,
} from "../src/mod.ts";
import { getTorchVersion, setTorchVersion, type TorchVersion } from "../src/mod.ts";
import { applyInit } from "../conformance/_apply_init.ts";
import type { TensorOp } from "../conformance/port.ts";

/** The steps only the library's internals can take. */
export interface InternalDraws {
  /** `count` raw 32-bit words of `gen`'s MT19937 stream (golden op `random32`). */
  random32(gen: Generator, count: number): Uint32Array;
  /** `torch.randperm(n, generator=gen)` (golden op `randperm`). */
  randperm(gen: Generator, n: number): ArrayLike<number>;
}

/** The golden ops that need {@linkcode InternalDraws}. */
export const INTERNAL_OPS: readonly string[] = ["random32", "randperm"];

/** One difference from the recorded torch behaviour. */
export interface Mismatch {
  /** The golden case id. */
  caseId: string;
  /** The step index, or -1 for the generator state after the case. */
  step: number;
  /** What differs. */
  detail: string;
}

/**
 * orthogonal_ goes through LAPACK's QR in torch and a Householder QR here, so
 * its values are compared with a tolerance (see README); everything else is
 * compared bit for bit. The largest deviation seen is collected here.
 */
export const ORTHOGONAL_TOLERANCE = { float32: 1e-5, float64: 1e-12 } as const;

/** The largest absolute difference between two same-length float buffers. */
function maxAbsDiff(got: Uint8Array, want: Uint8Array, float32: boolean): number {
  const a = float32 ? new Float32Array(got.slice().buffer) : new Float64Array(got.slice().buffer);
  const b = float32 ? new Float32Array(want.slice().buffer) : new Float64Array(want.slice().buffer);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

function bytesOf(a: ArrayBufferView): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

function firstDifference(got: Uint8Array, want: Uint8Array, elementSize: number): string {
  if (got.length !== want.length) return `length ${got.length} != ${want.length}`;
  let count = 0;
  let first = -1;
  for (let i = 0; i < got.length; i += elementSize) {
    for (let k = 0; k < elementSize; k++) {
      if (got[i + k] !== want[i + k]) {
        if (first < 0) first = i / elementSize;
        count++;
        break;
      }
    }
  }
  return count === 0
    ? ""
    : `${count} of ${got.length / elementSize} elements differ, first at ${first}`;
}

/** A refusal of a may-refuse step, with the buffer as the call left it. */
class RefusedAfter extends Error {
  /** What the call threw. */
  readonly refusal: unknown;
  /** The buffer after the call. */
  readonly bytes: Uint8Array;
  constructor(refusal: unknown, bytes: Uint8Array) {
    super(String(refusal));
    this.refusal = refusal;
    this.bytes = bytes;
  }
}

/** Whether `thrown` refuses a half-precision step as torch did (`error`). */
function refusesAsTorch(thrown: unknown, error: { type: string; message: string }): boolean {
  if (!(thrown instanceof Error)) return false;
  // torch's own dtype refusals are quoted in the message.
  const quoted = /not implemented for|without overflow/.test(error.message);
  return !quoted || thrown.message.includes(error.message);
}

/** Run one step; returns the produced bytes (or null) and the element size. */
function runStep(
  step: GoldenStep,
  gen: Generator,
  golden: GoldenSet,
  draws: InternalDraws,
): [Uint8Array | null, number] {
  switch (step.op) {
    case "random32":
      return [bytesOf(draws.random32(gen, step.count!)), 4];
    case "calculate_gain": {
      const args = step.args!;
      const param = args.param as number | null | undefined;
      return [
        new Uint8Array(
          new Float64Array([calculateGain(args.nonlinearity as Nonlinearity, param)]).buffer,
        ),
        8,
      ];
    }
    case "calculate_fan_in_and_fan_out":
      return [
        new Uint8Array(new Float64Array(calculateFanInAndFanOut({ shape: step.shape! })).buffer),
        8,
      ];
    case "uniform_":
    case "normal_":
    case "trunc_normal_":
    case "constant_":
    case "ones_":
    case "zeros_":
    case "eye_":
    case "dirac_":
    case "xavier_uniform_":
    case "xavier_normal_":
    case "kaiming_uniform_":
    case "kaiming_normal_":
    case "orthogonal_":
    case "sparse_": {
      const dtype = step.dtype!;
      const make = (shape: number[]): Tensor | HalfTensor =>
        dtype === "float16" || dtype === "bfloat16"
          ? empty(shape, { dtype })
          : empty(shape, { dtype });
      let base: Tensor | HalfTensor;
      let target: Tensor | HalfTensor;
      if (step.view) {
        base = make(step.view.base_shape);
        target = {
          ...base,
          shape: step.view.shape,
          strides: step.view.strides,
          offset: step.view.offset,
        };
      } else {
        base = make(step.shape!);
        target = base;
      }
      try {
        applyInit(step.op as TensorOp, target, step.args ?? {}, gen);
      } catch (e) {
        // A half-precision refusal may come after torch drew and wrote: the buffer is compared.
        if (step.may_refuse && step.error) throw new RefusedAfter(e, bytesOf(base.data));
        throw e;
      }
      return [bytesOf(base.data), dtype === "float32" ? 4 : dtype === "float64" ? 8 : 2];
    }
    case "randperm": {
      const p = Array.from(draws.randperm(gen, step.n!));
      return [bytesOf(BigInt64Array.from(p, (x) => BigInt(x))), 8];
    }
    case "get_state":
      return [gen.getState(), 1];
    case "set_state":
      gen.setState(golden.tensors.get(step.state!)!.bytes);
      return [null, 1];
    default:
      throw new Error(`unknown golden op ${step.op}`);
  }
}

async function replayCase(
  c: GoldenCase,
  golden: GoldenSet,
  orthogonalMaxError: Record<string, number>,
  draws: InternalDraws,
): Promise<Mismatch[]> {
  const out: Mismatch[] = [];
  const gen = c.generator === "default"
    ? defaultGenerator.manualSeed(BigInt(c.seed!))
    : new Generator();
  c.steps.forEach((step, i) => {
    const warnings: string[] = [];
    const previous = setWarningHandler((m) => warnings.push(m));
    let got: Uint8Array | null = null;
    let size = 1;
    let thrown: unknown = undefined;
    try {
      [got, size] = runStep(step, gen, golden, draws);
    } catch (e) {
      thrown = e;
    } finally {
      setWarningHandler(previous);
    }
    const fail = (detail: string) =>
      out.push({ caseId: c.id, step: i, detail: `${step.op}: ${detail}` });
    if (step.error && step.may_refuse) {
      // Half precision: torch refused, maybe after drawing and writing.
      const cause = thrown instanceof RefusedAfter ? thrown.refusal : thrown;
      if (!refusesAsTorch(cause, step.error)) {
        fail(
          `torch raised ${step.error.type} (${step.error.message}), we ${
            cause ? `threw ${cause}` : "did not throw"
          }`,
        );
        return;
      }
      if (step.output === null) return;
      const want = golden.tensors.get(step.output)!;
      const diff = thrown instanceof RefusedAfter
        ? firstDifference(thrown.bytes, want.bytes, 2)
        : "no buffer after the refusal";
      if (diff) fail(`after the refusal: ${diff}`);
      return;
    }
    if (step.error) {
      // torch raised: we must throw a TypeError/RangeError (state is checked below).
      if (!(thrown instanceof TypeError || thrown instanceof RangeError)) {
        fail(
          `torch raised ${step.error.type} (${step.error.message}), we ${
            thrown ? `threw ${thrown}` : "did not throw"
          }`,
        );
      }
      return;
    }
    if (thrown !== undefined) {
      fail(`threw ${thrown}`);
      return;
    }
    if (step.warnings !== undefined && JSON.stringify(warnings) !== JSON.stringify(step.warnings)) {
      fail(`warnings ${JSON.stringify(warnings)} != ${JSON.stringify(step.warnings)}`);
    }
    if (step.expected !== undefined) {
      const values = Array.from(new Float64Array(got!.slice().buffer));
      const want = Array.isArray(step.expected) ? step.expected : [step.expected];
      if (values.length !== want.length || values.some((v, k) => !Object.is(v, want[k]))) {
        fail(`got ${values} want ${want}`);
      }
      return;
    }
    if (step.output === null) return;
    const want = golden.tensors.get(step.output)!;
    if (step.op === "orthogonal_" && (step.dtype === "float32" || step.dtype === "float64")) {
      const dtype = step.dtype;
      const err = maxAbsDiff(got!, want.bytes, dtype === "float32");
      const n = step.shape!.reduce((a, b) => a * b, 1);
      const key = `${dtype} ${n <= 65536 ? "<=256x256" : ">256x256"}`;
      orthogonalMaxError[key] = Math.max(orthogonalMaxError[key] ?? 0, err);
      if (!(err <= ORTHOGONAL_TOLERANCE[dtype])) fail(`max abs error ${err} above tolerance`);
      return;
    }
    const diff = got === null ? "no output" : firstDifference(got, want.bytes, size);
    if (diff) fail(diff);
  });
  const state = gen.getState();
  const s = c.state_after;
  const v = new DataView(state.buffer);
  const fields = {
    initial_seed: v.getBigUint64(0, true).toString(),
    left: v.getInt32(8, true),
    next: Number(v.getBigUint64(16, true)),
    normal_y: v.getFloat64(5024, true),
    normal_is_valid: v.getInt32(5040, true),
  };
  for (const [k, val] of Object.entries(fields)) {
    const want = (s as unknown as Record<string, unknown>)[k];
    if (!Object.is(val, want)) {
      out.push({ caseId: c.id, step: -1, detail: `state ${k}: ${val} != ${want}` });
    }
  }
  if ((await sha256Hex(state)) !== s.sha256) {
    out.push({ caseId: c.id, step: -1, detail: "state sha256 differs" });
  }
  return out;
}

/** The outcome of replaying one capability's golden set. */
export interface ReplayResult {
  /** The capability recorded in the golden manifest. */
  capability: string;
  /** The golden metadata (torch version, capability, ...). */
  meta: Record<string, string>;
  /** How many cases were replayed. */
  cases: number;
  /** Cases not replayed: they need {@linkcode InternalDraws} and none were given. */
  skipped: number;
  /** Every difference found; empty when the replay is bit-identical. */
  mismatches: Mismatch[];
  /** The largest orthogonal_ deviation per dtype and size class. */
  orthogonalMaxError: Record<string, number>;
}

/**
 * The release a manifest's `meta.torch` (e.g. `"2.6.0+debian"`) names;
 * `setTorchVersion` refuses one the library does not reproduce.
 */
export function torchVersionOf(torch: string): TorchVersion {
  const [major, minor] = torch.split(".");
  return `${major}.${minor}` as TorchVersion;
}

/**
 * Replay the golden cases of `capability` with the CPU capability set to
 * it (restored afterwards) and collect every mismatch.
 *
 * @param capability The golden set (`default`, `avx2`, `avx512`).
 * @param dir The golden directory.
 * @param draws The internal steps, or null: skip the cases that use them.
 */
export async function replayGoldenWith(
  capability: string,
  dir: string | URL,
  draws: InternalDraws | null,
): Promise<ReplayResult> {
  const golden = await loadGolden(dir, capability);
  const previous = getCpuCapability();
  const previousVersion = getTorchVersion();
  setCpuCapability(capability as CpuCapability);
  setTorchVersion(torchVersionOf(golden.meta.torch));
  const orthogonalMaxError: Record<string, number> = {};
  const mismatches: Mismatch[] = [];
  const needsDraws = (c: GoldenCase) => c.steps.some((s) => INTERNAL_OPS.includes(s.op));
  const cases = draws === null ? golden.cases.filter((c) => !needsDraws(c)) : golden.cases;
  const refuse = (): never => {
    throw new Error("unreachable: a case needing internal draws was not skipped");
  };
  try {
    for (const c of cases) {
      mismatches.push(
        ...await replayCase(
          c,
          golden,
          orthogonalMaxError,
          draws ?? { random32: refuse, randperm: refuse },
        ),
      );
    }
  } finally {
    setCpuCapability(previous);
    setTorchVersion(previousVersion);
  }
  return {
    capability: golden.meta.capability,
    meta: golden.meta,
    cases: cases.length,
    skipped: golden.cases.length - cases.length,
    mismatches,
    orthogonalMaxError,
  };
}

/** The first `limit` mismatches, one per line. */
export function formatMismatches(mismatches: Mismatch[], limit = 20): string {
  return mismatches.slice(0, limit).map((m) => `${m.caseId} [step ${m.step}] ${m.detail}`)
    .join("\n");
}
