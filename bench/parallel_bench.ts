// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Speed-up of the bit-exact parallel fill (`initWorkers(2)`) over one thread,
 * at 4096×4096 (default) for `uniform` and `normal`, float32, capability
 * avx2, plain and `SharedArrayBuffer`-backed tensors:
 *
 *     deno run -A bench/parallel_bench.ts [--size=4096]
 *       [--reps=15] [--ops=uniform,normal,truncNormal,kaimingUniform] [--dtype=float64]
 *
 * Method (the machine is shared, so one number is not enough): both modes
 * keep the same pool (paused for the baseline), each is warmed up, then the
 * single-threaded and the parallel fill alternate `reps` times on the same
 * preallocated tensor, so that load changes hit both alike. Reported: the
 * median and the minimum of each, the speed-up of medians and of minima, the
 * load average and the cores actually free (two CPU-bound processes at once
 * against one, before and after), the CPU time of each thread and its
 * run-queue wait (Linux `schedstat`, needs --allow-all in Deno) with the
 * speed-up the CPU times give on two free cores, and whether the two results
 * are bit-equal (they must be). Under `deno bench` this file registers
 * nothing.
 *
 * @module
 */
import {
  empty,
  Generator,
  initWorkers,
  kaimingUniform,
  normal,
  type Tensor,
  truncNormal,
  uniform,
} from "../src/mod.ts";
import { lastParallelFill, pauseWorkers } from "../src/random/init_workers.ts";

type Fill = (t: Tensor, g: Generator) => unknown;
const OPS: Record<string, Fill> = {
  uniform: (t, g) => uniform(t, { generator: g }),
  normal: (t, g) => normal(t, { generator: g }),
  truncNormal: (t, g) => truncNormal(t, { std: 0.02, generator: g }),
  kaimingUniform: (t, g) => kaimingUniform(t, { a: Math.sqrt(5), generator: g }),
};

function arg(name: string, fallback: string): string {
  const hit = Deno.args.find((a) => a.startsWith(`--${name}=`));
  return hit === undefined ? fallback : hit.slice(name.length + 3);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function load(): string {
  try {
    return Deno.loadavg().map((x) => x.toFixed(2)).join(" ");
  } catch {
    return "n/a";
  }
}

/** Per thread of this process: [ns on a CPU, ns waiting for one] (Linux schedstat). */
function threadTimes(): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  try {
    for (const e of Deno.readDirSync("/proc/self/task")) {
      const f = Deno.readTextFileSync(`/proc/self/task/${e.name}/schedstat`).split(" ");
      out.set(e.name, [Number(f[0]), Number(f[1])]);
    }
  } catch {
    // Not Linux, or no read permission: wall-clock times only.
  }
  return out;
}

interface Sample {
  /** Wall-clock ms. */
  wall: number;
  /** CPU ms of the busiest two threads (main first), and their run-queue wait. */
  cpu: number[];
  queued: number;
}

function timeOnce(fill: Fill, t: Tensor, seed: number): Sample {
  const g = new Generator().manualSeed(seed);
  const before = threadTimes();
  const t0 = performance.now();
  fill(t, g);
  const wall = performance.now() - t0;
  const after = threadTimes();
  const main = String(Deno.pid);
  const deltas: [string, number, number][] = [];
  for (const [tid, [run, wait]] of after) {
    const b = before.get(tid) ?? [0, 0];
    deltas.push([tid, (run - b[0]) / 1e6, (wait - b[1]) / 1e6]);
  }
  const mainDelta = deltas.find((d) => d[0] === main) ?? [main, 0, 0];
  const other = deltas.filter((d) => d[0] !== main).sort((a, b) => b[1] - a[1])[0] ?? ["", 0, 0];
  return { wall, cpu: [mainDelta[1], other[1]], queued: mainDelta[2] + other[2] };
}

function bits(t: Tensor): Uint32Array {
  const d = t.data as Float32Array | Float64Array;
  return new Uint32Array(d.buffer.slice(d.byteOffset, d.byteOffset + d.byteLength));
}

/**
 * How many cores the machine gives this run right now: one CPU-bound process,
 * then two at once (needs --allow-run; null otherwise). 2.0 on an idle
 * two-core machine, about 1.0 when other work keeps one core busy.
 */
async function freeCores(): Promise<number | null> {
  const code = "const t=performance.now();let x=0;for(let i=0;i<2e8;i++)x=(x+i*7)|0;" +
    "console.log(performance.now()-t, x);";
  const once = async () => {
    const out = await new Deno.Command(Deno.execPath(), { args: ["eval", code], stdout: "piped" })
      .output();
    return Number(new TextDecoder().decode(out.stdout).split(" ")[0]);
  };
  try {
    const one = Math.min(await once(), await once());
    const [a, b] = await Promise.all([once(), once()]);
    return (2 * one) / Math.max(a, b);
  } catch {
    return null;
  }
}

if (import.meta.main) {
  const size = Number(arg("size", "4096"));
  const reps = Number(arg("reps", "15"));
  const ops = arg("ops", "uniform,normal").split(",");
  const dtype = arg("dtype", "float32") as "float32" | "float64";
  const cores = await freeCores();
  const threads = await initWorkers(2);
  console.log(
    `parallel fill bench: ${size}x${size} ${dtype}, threads=${threads}, reps=${reps}, ` +
      `${navigator.hardwareConcurrency} cores (free now: ${cores?.toFixed(2) ?? "n/a"}), ` +
      `load average before: ${load()}`,
  );
  if (threads !== 2) {
    console.log("workers unavailable (run with --allow-read): nothing to compare");
    Deno.exit(1);
  }
  const bytes = dtype === "float32" ? 4 : 8;
  const n = size * size;
  for (const op of ops) {
    const fill = OPS[op];
    for (const shared of [false, true]) {
      const t: Tensor = shared
        ? {
          data: dtype === "float32"
            ? new Float32Array(new SharedArrayBuffer(n * bytes))
            : new Float64Array(new SharedArrayBuffer(n * bytes)),
          shape: [size, size],
        }
        : empty([size, size], { dtype });
      // Warm-up, and the bit check.
      pauseWorkers(true);
      for (let i = 0; i < 2; i++) timeOnce(fill, t, 1);
      const one = bits(t);
      pauseWorkers(false);
      for (let i = 0; i < 2; i++) timeOnce(fill, t, 1);
      const two = bits(t);
      const equal = one.length === two.length && one.every((w, i) => w === two[i]);
      const ranges = lastParallelFill()?.ranges.map((r) => r.count).join("+") ?? "none";
      const single: Sample[] = [];
      const parallel: Sample[] = [];
      const stages: number[][] = [[], [], [], [], []];
      let redone = 0;
      for (let r = 0; r < reps; r++) {
        pauseWorkers(true);
        single.push(timeOnce(fill, t, r));
        pauseWorkers(false);
        parallel.push(timeOnce(fill, t, r));
        const rep = lastParallelFill()!;
        redone += rep.redone;
        [rep.mainMs, rep.waitMs, rep.copyMs, rep.workers[0][0], rep.workers[0][1]].forEach((x, i) =>
          stages[i].push(x)
        );
      }
      const ms = (x: number) => x.toFixed(1).padStart(7);
      const w1 = single.map((x) => x.wall);
      const w2 = parallel.map((x) => x.wall);
      console.log(
        `${op.padEnd(15)} ${shared ? "shared" : "plain "}  1 thread: median ${
          ms(median(w1))
        } ms, ` +
          `min ${ms(Math.min(...w1))} ms | 2 threads: median ${ms(median(w2))} ms, min ${
            ms(Math.min(...w2))
          } ms | wall speed-up median ${(median(w1) / median(w2)).toFixed(2)}x, min ${
            (Math.min(...w1) / Math.min(...w2)).toFixed(2)
          }x | ranges ${ranges} | bit-equal ${equal}`,
      );
      if (single[0].cpu[0] > 0) {
        // CPU time on each thread: what the wall clock would show with two free cores.
        const c1 = median(single.map((x) => x.cpu[0]));
        const cMain = median(parallel.map((x) => x.cpu[0]));
        const cWorker = median(parallel.map((x) => x.cpu[1]));
        console.log(
          `${"".padEnd(15)}        CPU ms: 1 thread ${ms(c1)}; 2 threads main ${ms(cMain)}, ` +
            `worker ${ms(cWorker)} | CPU-bound speed-up ${
              (c1 / Math.max(cMain, cWorker)).toFixed(2)
            }x at this split, ${
              (c1 / ((cMain + cWorker) / 2)).toFixed(2)
            }x balanced | run-queue wait per fill: 1 thread ${
              ms(median(single.map((x) => x.queued)))
            } ms, 2 threads ${ms(median(parallel.map((x) => x.queued)))} ms`,
        );
      }
      console.log(
        `${"".padEnd(15)}        medians: main range ${ms(median(stages[0]))} ms, wait ${
          ms(median(stages[1]))
        } ms, copy ${ms(median(stages[2]))} ms; worker jump ${ms(median(stages[3]))} ms, fill ${
          ms(median(stages[4]))
        } ms; ranges redone on the main thread: ${redone}`,
      );
    }
  }
  const after = await freeCores();
  console.log(`load average after: ${load()}; free cores after: ${after?.toFixed(2) ?? "n/a"}`);
  await initWorkers(0);
}
