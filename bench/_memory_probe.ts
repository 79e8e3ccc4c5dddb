// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Peak extra memory of one initializer call, measured in a fresh process by
 * bench/compare.ts (Linux only: it reads `/proc/self/status`).
 *
 * `deno run --allow-all bench/_memory_probe.ts <op> <dim,dim,...> <dtype>` (Deno
 * grants `/proc/<pid>/…` only with `--allow-all`).
 *
 * Allocates the tensor and touches every page, warms the initializer up on
 * small tensors (so compiling it is not counted), resets the kernel's
 * resident-set high-water mark (`VmHWM`, by writing 5 to
 * `/proc/self/clear_refs`; when that is refused the measure is an upper
 * bound), then fills the tensor and prints, as JSON, the resident size
 * before the call, the high-water mark after it (the smaller of two calls),
 * and V8's heap and external memory around them. `peakExtraBytes = hwmAfter - rssBefore`: what the call
 * added on top of the process, tensor included, at its peak.
 *
 * @module
 */

import { type DType, setCpuCapability } from "../src/mod.ts";
import { type OpName, OPS } from "./_ops.ts";
import { applyBenchTorchVersion } from "./_torch_version.ts";

/** A `Vm*` field of /proc/self/status, in bytes. */
function vm(field: string): number {
  const status = Deno.readTextFileSync(`/proc/${Deno.pid}/status`);
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
  if (match === null) throw new Error(`No ${field} in /proc/${Deno.pid}/status`);
  return Number(match[1]) * 1024;
}

const [opName, dims, dtype] = Deno.args;
const op = OPS[opName as OpName];
if (op === undefined) throw new TypeError(`Unknown op ${JSON.stringify(opName)}`);
const shape = dims.split(",").map(Number);
const numel = shape.reduce((a, b) => a * b, 1);
const make = (n: number) =>
  (dtype as DType) === "float64" ? new Float64Array(n) : new Float32Array(n);

setCpuCapability("avx2");
applyBenchTorchVersion();
const data = make(numel);
data.fill(1); // every page resident before the measurement
const tensor = { data, shape };
for (const side of [4, 32, 256]) {
  const small = { data: make(side * side), shape: [side, side] };
  for (let i = 0; i < 3; i++) op.fill(small);
}

/** Reset VmHWM to the current resident size; false when the kernel refuses. */
function resetPeak(): boolean {
  try {
    Deno.writeTextFileSync(`/proc/${Deno.pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}

// Two measured calls, keeping the smaller: a scratch buffer that grows with n
// shows on every call, a one-off (on-stack replacement, a heap resize) does not.
let best: { rssBefore: number; hwmBefore: number; hwmAfter: number; reset: boolean } | null = null;
const heapBefore = Deno.memoryUsage();
for (let i = 0; i < 2; i++) {
  const reset = resetPeak();
  const rssBefore = vm("VmRSS");
  const hwmBefore = vm("VmHWM");
  op.fill(tensor);
  const hwmAfter = vm("VmHWM");
  if (best === null || hwmAfter - rssBefore < best.hwmAfter - best.rssBefore) {
    best = { rssBefore, hwmBefore, hwmAfter, reset };
  }
}
const heapAfter = Deno.memoryUsage();
const { rssBefore, hwmBefore, hwmAfter, reset } = best!;

console.log(JSON.stringify({
  op: opName,
  shape,
  dtype,
  numel,
  tensorBytes: data.byteLength,
  reset,
  rssBefore,
  hwmBefore,
  hwmAfter,
  peakExtraBytes: Math.max(0, hwmAfter - rssBefore),
  heapUsedDelta: heapAfter.heapUsed - heapBefore.heapUsed,
  externalDelta: heapAfter.external - heapBefore.external,
}));
