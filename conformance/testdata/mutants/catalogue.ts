// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The mutant catalogue: realistic single-bug ports of `torch.nn.init`, each a
 * file in this directory (a TypeScript module whose default export is a
 * `Port`, wrapping this library's port with one change, or a Python port
 * speaking the protocol, based on `conformance/examples/pure_port.py`), with
 * the grade each level must give it. `conformance/mutants_test.ts` grades
 * every entry and checks that docs/harness.md's table is this one.
 *
 * Module-level mutants (`op` an `nn.` module type, level 5 only) wrap this
 * library's `module` with one bug (`_module_mutant.ts`); each file also
 * exports `withoutParity`, the same bug in a port that claims no stream
 * parity, whose level-5 grade is `withoutParity` here: whether the
 * structure, deterministic-entry and law checks see the bug, or only
 * bit-exactness can.
 *
 * @module
 */

import type { TensorOp } from "../../port.ts";
import type { Grade, Level } from "../../report.ts";

/** One mutant and what the harness must say about it. */
export interface MutantEntry {
  /** The file in this directory. */
  file: string;
  /** The bug, in a few words (the file's first line says it too). */
  bug: string;
  /**
   * The op whose grades are asserted (the mutant exposes only what it breaks): an init op, or
   * for module mutants the level-5 op of a module type (`nn.Linear`, ...).
   */
  op: TensorOp | `nn.${string}`;
  /**
   * The grade of `op` at each level: "fail" = caught, "pass" = not seen, "n/a" = the level
   * has no check of this op, or does not apply (level 4 needs a claim of stream parity).
   */
  expect: Record<Level, Grade>;
  /** Levels to run (default all four); the others are shown as not run. */
  levels?: Level[];
  /** Why a level that checks the op does not see the bug (by nature, or too coarse). */
  why?: string;
  /** Module mutants: level 5's grade of the same bug in a port without stream parity. */
  withoutParity?: Grade;
}

const G = (
  l1: Grade,
  l2: Grade,
  l3: Grade,
  l4: Grade,
  l5: Grade = "n/a",
): Record<Level, Grade> => ({
  1: l1,
  2: l2,
  3: l3,
  4: l4,
  5: l5,
});

/** Bit-level bugs: the law is torch's, only the stream differs. */
const BITS = "bit-level by nature: the law is torch's, only the draws differ";

/** Every mutant, in the order of the docs table. */
export const MUTANTS: readonly MutantEntry[] = [
  // Formulas: scale, fans, gains, modes.
  {
    file: "bound_equals_std.ts",
    bug: "kaiming_uniform_ bound = std (off by √3)",
    op: "kaiming_uniform_",
    expect: G("fail", "n/a", "fail", "fail"),
  },
  {
    file: "half_bound_equals_std.ts",
    bug: "kaiming_uniform_ bound = std on float16/bfloat16 only",
    op: "kaiming_uniform_",
    expect: G("fail", "n/a", "fail", "fail"),
  },
  {
    file: "half_gain_squared.ts",
    bug: "kaiming_normal_ std with the gain squared on float16/bfloat16 only",
    op: "kaiming_normal_",
    expect: G("fail", "n/a", "fail", "fail"),
  },
  {
    file: "fans_swapped.ts",
    bug: "kaiming_uniform_ with fan_in and fan_out swapped",
    op: "kaiming_uniform_",
    expect: G("fail", "n/a", "fail", "fail"),
  },
  {
    file: "conv_fans.ts",
    bug: "conv fans without the receptive field",
    op: "kaiming_uniform_",
    expect: G("fail", "n/a", "fail", "fail"),
  },
  {
    file: "kaiming_fan_out_ignored.ts",
    bug: 'kaiming_uniform_ ignores mode="fan_out"',
    op: "kaiming_uniform_",
    expect: G("fail", "n/a", "fail", "fail"),
  },
  {
    file: "mode_case_sensitive.ts",
    bug: 'mode not lower-cased ("Fan_Out" refused)',
    op: "kaiming_uniform_",
    expect: G("fail", "n/a", "fail", "fail"),
  },
  {
    file: "slope_default.ts",
    bug: "leaky_relu slope default 0.01 instead of kaiming's a = 0 (bound off by 5e-5)",
    op: "kaiming_uniform_",
    expect: G("pass", "n/a", "fail", "fail"),
    why:
      "level 1's deterministic thresholds are too coarse; level 3's extremes of 10^6 values see it",
  },
  {
    file: "leaky_param_ignored.ts",
    bug: "kaiming_uniform_ ignores a (slope always 0.01)",
    op: "kaiming_uniform_",
    expect: G("fail", "n/a", "fail", "fail"),
  },
  {
    file: "tanh_gain.ts",
    bug: "tanh's gain taken as 1 (kaiming_uniform_)",
    op: "kaiming_uniform_",
    expect: G("fail", "n/a", "fail", "fail"),
  },
  {
    file: "selu_gain.ts",
    bug: "selu's gain taken as 1 (kaiming_normal_)",
    op: "kaiming_normal_",
    expect: G("fail", "n/a", "fail", "fail"),
  },
  {
    file: "nonlinearity_case_insensitive.ts",
    bug: 'nonlinearity lower-cased ("ReLU" accepted)',
    op: "kaiming_normal_",
    expect: G("fail", "n/a", "pass", "fail"),
    why: "a refusal: level 3 only samples valid calls",
  },
  {
    file: "gain_squared.ts",
    bug: "xavier_normal_ uses gain² in place of gain",
    op: "xavier_normal_",
    expect: G("fail", "n/a", "fail", "fail"),
  },
  {
    file: "uniform_accepts_reversed.ts",
    bug: "uniform_ accepts a > b silently",
    op: "uniform_",
    expect: G("fail", "n/a", "pass", "fail"),
    why: "a refusal: level 3 only samples valid calls",
  },
  // Laws.
  {
    file: "kaiming_normal_uniform.ts",
    bug: "kaiming_normal_ draws a uniform law of the same variance",
    op: "kaiming_normal_",
    expect: G("pass", "n/a", "fail", "fail"),
    why: "level 1 checks the std, which is right",
  },
  {
    file: "tf_truncation.ts",
    bug: "trunc_normal_ cut at mean ± 2·std (TF style), not at the absolute [a, b]",
    op: "trunc_normal_",
    expect: G("fail", "n/a", "fail", "fail"),
  },
  {
    file: "trunc_relative_bounds.ts",
    bug: "trunc_normal_ bounds taken relative to the mean",
    op: "trunc_normal_",
    expect: G("fail", "n/a", "fail", "fail"),
  },
  {
    file: "trunc_clamp.ts",
    bug: "trunc_normal_ clamps normal draws (atoms at a and b)",
    op: "trunc_normal_",
    expect: G("fail", "n/a", "fail", "fail"),
  },
  {
    file: "sparse_std_ignored.ts",
    bug: "sparse_ ignores std (non-zero values always std 0.01)",
    op: "sparse_",
    expect: G("fail", "pass", "fail", "fail"),
    why: "level 2 counts zeros, which are right",
  },
  {
    file: "orthogonal_no_sign_fix.ts",
    bug: "orthogonal_ without the sign fix Q *= sign(diag(R)) (Householder, LAPACK's signs)",
    op: "orthogonal_",
    expect: G("n/a", "pass", "fail", "fail"),
    why: "Q is still orthogonal (level 2); level 3's sign of W[0,0] over 48 seeds is always " +
      "negative: p = 2^-47",
  },
  {
    file: "py_orthogonal_no_sign_fix.py",
    bug: "the same in Python, through the protocol",
    op: "orthogonal_",
    expect: G("n/a", "n/a", "fail", "n/a"),
    levels: [3],
    why: "run at level 3 only (a pure-Python QR of level 2's 256 × 256 takes seconds)",
  },
  {
    file: "float64_uniform_24bit.ts",
    bug: "float64 uniform_ with 24-bit resolution",
    op: "uniform_",
    expect: G("pass", "n/a", "fail", "fail"),
    why: "level 1 checks bounds and spread, which are right",
  },
  {
    file: "float64_via_float32.ts",
    bug: "float64 normal_ computed in float32",
    op: "normal_",
    expect: G("pass", "n/a", "fail", "fail"),
    why: "level 1 checks mean and std, which are right",
  },
  {
    file: "py_float64_via_float32.py",
    bug: "the same in Python, through the protocol",
    op: "normal_",
    expect: G("pass", "n/a", "fail", "n/a"),
    why: "level 1 checks mean and std, which are right",
  },
  // Structure.
  {
    file: "dirac_even_centre.ts",
    bug: "dirac_ off-centre for even kernels ((k − 1) // 2)",
    op: "dirac_",
    expect: G("n/a", "fail", "n/a", "fail"),
  },
  {
    file: "py_dirac_even_centre.py",
    bug: "the same in Python, through the protocol",
    op: "dirac_",
    expect: G("n/a", "fail", "n/a", "n/a"),
  },
  {
    file: "dirac_no_groups.ts",
    bug: "dirac_ ignores groups",
    op: "dirac_",
    expect: G("n/a", "fail", "n/a", "fail"),
  },
  {
    file: "eye_column_major.ts",
    bug: "eye_ wrong on non-square matrices (column-major stride)",
    op: "eye_",
    expect: G("n/a", "fail", "n/a", "fail"),
  },
  {
    file: "orthogonal_wide_reshaped.ts",
    bug: "orthogonal_ on wide inputs reshapes the factor instead of transposing it",
    op: "orthogonal_",
    expect: G("n/a", "fail", "pass", "fail"),
    why: "W[0,0] keeps its fair sign (level 3); the rows are not orthonormal (level 2)",
  },
  {
    file: "sparse_floor.ts",
    bug: "sparse_ rounds the zero count down (floor)",
    op: "sparse_",
    expect: G("pass", "fail", "pass", "fail"),
    why: "the non-zero values keep their law (levels 1, 3)",
  },
  {
    file: "py_sparse_floor.py",
    bug: "the same in Python, through the protocol",
    op: "sparse_",
    expect: G("pass", "fail", "pass", "n/a"),
    why: "the non-zero values keep their law (levels 1, 3)",
  },
  {
    file: "sparse_rounding_guard.ts",
    bug: "sparse_ zero count ceil(x − 1e-9) (0.07 · 100 → 7 zeros, torch 8)",
    op: "sparse_",
    expect: G("pass", "fail", "pass", "fail"),
    why: "the non-zero values keep their law (levels 1, 3)",
  },
  {
    file: "sparse_rows.ts",
    bug: "sparse_ zeroes rows instead of columns",
    op: "sparse_",
    expect: G("pass", "fail", "pass", "fail"),
    why: "the non-zero values keep their law (levels 1, 3)",
  },
  // Bit level: only level 4 can see these.
  {
    file: "seed_plus_one.ts",
    bug: "manual_seed(s) seeds s + 1",
    op: "normal_",
    expect: G("pass", "n/a", "pass", "fail"),
    why: BITS,
  },
  {
    file: "seed_as_double.ts",
    bug: "seed held in a double (bits above 2^53 lost)",
    op: "kaiming_uniform_",
    expect: G("pass", "n/a", "pass", "fail"),
    why: BITS,
  },
  {
    file: "seed_low_31_bits.ts",
    bug: "only the seed's low 31 bits used",
    op: "uniform_",
    expect: G("pass", "n/a", "pass", "fail"),
    why: BITS,
  },
  {
    file: "negative_seed_abs.ts",
    bug: "negative seed taken as |seed| (torch: mod 2^64)",
    op: "kaiming_normal_",
    expect: G("pass", "n/a", "pass", "fail"),
    why: BITS,
  },
  {
    file: "extra_word.ts",
    bug: "one extra 32-bit word consumed per call",
    op: "xavier_uniform_",
    expect: G("pass", "n/a", "pass", "fail"),
    why: BITS + " (level 4 compares the generator's next words after each case)",
  },
  {
    file: "scalar_normal_no_cache.ts",
    bug: "scalar normal_ path without torch's cached second sample",
    op: "normal_",
    expect: G("pass", "n/a", "pass", "fail"),
    why: BITS + "; levels 1 and 3 sample large tensors only (the scalar path is below 16 values)",
  },
  {
    file: "sparse_draw_order.ts",
    bug: "sparse_ draws its values after the permutations",
    op: "sparse_",
    expect: G("pass", "pass", "pass", "fail"),
    why: BITS,
  },
  {
    file: "kaiming_bound_float32.ts",
    bug: "kaiming_uniform_ bound computed in float32 (≈ 1 ulp off)",
    op: "kaiming_uniform_",
    expect: G("pass", "n/a", "pass", "fail"),
    why: "a relative error of ~6e-8 is far below what 10^6 samples resolve (~1e-6)",
  },
  // Whole modules (level 5): this library's module builder with one bug.
  {
    file: "linear_kaiming_a0.ts",
    bug: "nn.Linear weight by kaiming_uniform_ with a = 0 (bound √6/√in, torch's a = √5: 1/√in)",
    op: "nn.Linear",
    expect: G("n/a", "n/a", "n/a", "n/a", "fail"),
    levels: [5],
    withoutParity: "fail",
    why: "without parity the law check sees it (Linear(20, 16): p = 3e-14; a Transformer's " +
      "linear1); the 64-value out_proj weights alone give p ≥ 9e-4",
  },
  {
    file: "linear_bias_fan_out.ts",
    bug: "nn.Linear bias bound from fan_out (1/√out) instead of fan_in",
    op: "nn.Linear",
    expect: G("n/a", "n/a", "n/a", "n/a", "fail"),
    levels: [5],
    withoutParity: "pass",
    why: "without parity only bit-exactness sees it: the stored biases of ≥ 64 values with " +
      "in ≠ out (Linear(100, 64), Linear(300, 100)) give two-sample p ≥ 4e-4",
  },
  {
    file: "mha_out_proj_bias_drawn.ts",
    bug: "MultiheadAttention keeps out_proj's Linear bias instead of zeroing it",
    op: "nn.MultiheadAttention",
    expect: G("n/a", "n/a", "n/a", "n/a", "fail"),
    levels: [5],
    withoutParity: "fail",
    why: "without parity the deterministic-entry check sees it (torch's out_proj.bias is zeros)",
  },
  {
    file: "lstm_gate_order.ts",
    bug: "LSTM gate blocks in ONNX's order (i, o, f, g), not torch's (i, f, g, o)",
    op: "nn.LSTM",
    expect: G("n/a", "n/a", "n/a", "n/a", "fail"),
    levels: [5],
    withoutParity: "pass",
    why: "without parity only bit-exactness sees it, by nature: the four blocks share one law",
  },
  {
    file: "rnn_bias_hh_zeros.ts",
    bug: "recurrent biases folded into one (Keras style): bias_hh zeros",
    op: "nn.LSTM",
    expect: G("n/a", "n/a", "n/a", "n/a", "fail"),
    levels: [5],
    withoutParity: "pass",
    why: "without parity only bit-exactness sees it: every golden bias_hh has ≤ 12 values, " +
      "below the law check's 64 (zeros against U(±1/√h) would give D = 0.5)",
  },
  {
    file: "embedding_padding_kept.ts",
    bug: "nn.Embedding's padding_idx row not zeroed",
    op: "nn.Embedding",
    expect: G("n/a", "n/a", "n/a", "n/a", "fail"),
    levels: [5],
    withoutParity: "pass",
    why: "without parity only bit-exactness sees it: one row of normal draws among normal " +
      "draws; the entry is not a constant",
  },
  {
    file: "transformer_layers_redrawn.ts",
    bug: "TransformerEncoder/Decoder layers re-drawn instead of deep-copied",
    op: "nn.TransformerEncoder",
    expect: G("n/a", "n/a", "n/a", "n/a", "fail"),
    levels: [5],
    withoutParity: "pass",
    why: "without parity only bit-exactness sees it, by nature: each layer has torch's law; " +
      "only the equality of the copies differs",
  },
  {
    file: "apply_pre_order.ts",
    bug: "Module.apply pre-order (module, then children) instead of post-order",
    op: "nn.Custom",
    expect: G("n/a", "n/a", "n/a", "n/a", "fail"),
    levels: [5],
    withoutParity: "pass",
    why: "without parity only bit-exactness sees it, by nature: the same inits in another " +
      "order of draws",
  },
  {
    file: "running_var_zeros.ts",
    bug: "BatchNorm/InstanceNorm running_var starts at 0 (as running_mean), not 1",
    op: "nn.BatchNorm2d",
    expect: G("n/a", "n/a", "n/a", "n/a", "fail"),
    levels: [5],
    withoutParity: "fail",
    why: "without parity the deterministic-entry check sees it (torch's running_var is ones)",
  },
  {
    file: "num_batches_tracked_float.ts",
    bug: "num_batches_tracked stored as float32, not int64",
    op: "nn.BatchNorm2d",
    expect: G("n/a", "n/a", "n/a", "n/a", "fail"),
    levels: [5],
    withoutParity: "fail",
    why: "without parity the structure check sees it (dtype)",
  },
];

const MARK: Record<Grade, string> = {
  fail: "**caught**",
  pass: "passes",
  error: "error",
  "n/a": "–",
};

/** The catalogue as the Markdown table docs/harness.md carries. */
export function catalogueTable(): string {
  const rows = MUTANTS.map((m) => {
    const module = m.op.startsWith("nn.");
    const cells = ([1, 2, 3, 4, 5] as Level[]).map((l) =>
      m.levels && !m.levels.includes(l) && !(m.expect[l] === "n/a" && (module || l === 5))
        ? "not run"
        : MARK[m.expect[l]]
    );
    const noParity = m.withoutParity === undefined ? "–" : MARK[m.withoutParity];
    return [
      m.bug.replaceAll("|", "\\|"),
      `\`${m.op}\``,
      ...cells,
      noParity,
      m.why ?? "",
      `\`${m.file}\``,
    ];
  });
  const header = [
    "bug",
    "op",
    "1",
    "2",
    "3",
    "4",
    "5",
    "5 without parity",
    "why a level misses it",
    "mutant",
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
