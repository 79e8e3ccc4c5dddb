// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Level 3, distribution: each random initializer's output, sampled with
 * fixed seeds over several shapes, dtypes and parameters, is tested against
 * the analytic law torch's formulas imply — uniform(lo, hi), normal(mean,
 * std) or the normal truncated to the absolute interval [a, b] — with a
 * one-sample Kolmogorov–Smirnov test, an Anderson–Darling test, z-tests of the
 * mean and the variance (using the law's fourth moment) and, for uniform laws,
 * exact order-statistic tests of the smallest and largest value (which see a
 * bound that is wrong by a relative 5e-5 on a million samples). The
 * family-wise false-alarm rate per run is `alpha` (default 1e-6), split
 * equally over all checks (Bonferroni).
 *
 * @module
 */

import type { InitRequest } from "../port.ts";
import {
  describe,
  has,
  initSeeded,
  type Law,
  lawOf,
  type LevelContext,
  outcomeCheck,
} from "./_common.ts";
import { samplingRequests } from "./formulas.ts";
import {
  andersonDarling,
  ksTest,
  type Law as StatsLaw,
  lawCdf,
  lawMoments,
  normalCdf,
} from "../stats/mod.ts";

/** The requests level 3 samples: level 1's, plus a large one for the support tests. */
export function distributionRequests(): InitRequest[] {
  return [
    ...samplingRequests(),
    { op: "kaiming_uniform_", shape: [1024, 1024], dtype: "float32", args: {} },
    { op: "xavier_uniform_", shape: [1024, 1024], dtype: "float64", args: { gain: 5 / 3 } },
  ];
}

/** Number of checks made for a law. */
function checksFor(law: Law): number {
  return law.kind === "uniform" ? 6 : law.kind === "normal" ? 4 : 5;
}

/** The same law in the statistics module's terms. */
function statsLaw(law: Law): StatsLaw {
  if (law.kind === "uniform") return { kind: "uniform", a: law.lo, b: law.hi };
  if (law.kind === "normal") return { kind: "normal", mean: law.mean, std: law.std };
  return { kind: "truncNormal", mean: law.mean, std: law.std, a: law.a, b: law.b };
}

function twoSidedZ(z: number): number {
  return Number.isFinite(z) ? 2 * normalCdf(-Math.abs(z)) : 0;
}

/** Run level 3 on `ctx.port`; returns how the false-alarm rate was split. */
export async function runDistribution(
  ctx: LevelContext,
  alpha: number,
): Promise<{ alpha: number; checks: number; perCheck: number }> {
  const { port } = ctx;
  const requests = port.init ? distributionRequests().filter((r) => has(port, r.op)) : [];
  const total = requests.reduce((s, r) => s + checksFor(lawOf(r)!), 0);
  const perCheck = total > 0 ? alpha / total : alpha;
  let seed = 3000n;
  for (const request of requests) {
    const law = lawOf(request)!;
    const name = describe(request);
    ctx.progress(`level 3: ${name}`);
    const out = await initSeeded(port, request, seed++);
    const bad = outcomeCheck(3, request.op, name, out);
    if (bad) {
      ctx.add(bad);
      continue;
    }
    const sample = Float64Array.from((out as { value: Float32Array | Float64Array }).value);
    const n = sample.length;
    const tests: { what: string; p: number; detail: string }[] = [];
    const sl = statsLaw(law);
    const cdf = lawCdf(sl);
    const ks = ksTest(sample, cdf);
    tests.push({ what: "KS", p: ks.pValue, detail: `D = ${ks.statistic.toPrecision(4)}` });
    const ad = andersonDarling(sample, cdf);
    tests.push({
      what: "Anderson–Darling",
      p: ad.pValue,
      detail: `A² = ${ad.statistic.toPrecision(4)}`,
    });
    const lm = lawMoments(sl);
    const m = { mean: lm.mean, variance: lm.variance, mu4: lm.fourthCentralMoment };
    let mean = 0;
    for (const x of sample) mean += x;
    mean /= n;
    let m2 = 0;
    for (const x of sample) m2 += (x - m.mean) ** 2;
    const variance = m2 / n;
    const zMean = (mean - m.mean) / Math.sqrt(m.variance / n);
    tests.push({
      what: "mean",
      p: twoSidedZ(zMean),
      detail: `mean ${mean.toPrecision(6)}, law ${m.mean.toPrecision(6)}`,
    });
    const zVar = (variance - m.variance) / Math.sqrt((m.mu4 - m.variance ** 2) / n);
    tests.push({
      what: "variance",
      p: twoSidedZ(zVar),
      detail: `std ${Math.sqrt(variance).toPrecision(6)}, law ${
        Math.sqrt(m.variance).toPrecision(6)
      }`,
    });
    let min = Infinity;
    let max = -Infinity;
    for (const x of sample) {
      if (x < min) min = x;
      if (x > max) max = x;
    }
    // Rounding the bounds to float32 may move them by half an ulp.
    const slack = request.dtype === "float32" ? 2 ** -23 : 2 ** -51;
    if (law.kind === "uniform") {
      const w = law.hi - law.lo;
      const tol = slack * Math.max(Math.abs(law.lo), Math.abs(law.hi));
      // P(max <= x) = ((x - lo) / w)^n; a max too low (bound too small) has a tiny p.
      const pMax = max > law.hi + tol
        ? 0
        : Math.exp(n * Math.log1p(-Math.max(0, law.hi - max) / w));
      const pMin = min < law.lo - tol
        ? 0
        : Math.exp(n * Math.log1p(-Math.max(0, min - law.lo) / w));
      tests.push({ what: "largest value", p: pMax, detail: `max ${max}, bound ${law.hi}` });
      tests.push({ what: "smallest value", p: pMin, detail: `min ${min}, bound ${law.lo}` });
    } else if (law.kind === "truncnormal") {
      const tol = slack * Math.max(Math.abs(law.a), Math.abs(law.b));
      const inside = min >= law.a - tol && max <= law.b + tol;
      tests.push({
        what: "support",
        p: inside ? 1 : 0,
        detail: `min ${min}, max ${max}, [a, b] = [${law.a}, ${law.b}]`,
      });
    }
    for (const t of tests) {
      ctx.add({
        level: 3,
        op: request.op,
        name: `${name}: ${t.what}`,
        status: t.p >= perCheck ? "pass" : "fail",
        detail: `p = ${t.p.toExponential(2)} (threshold ${perCheck.toExponential(2)}); ${t.detail}`,
        pValue: t.p,
        threshold: perCheck,
      });
    }
  }
  return { alpha, checks: total, perCheck };
}
