// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The models of README.md's "Whole models" and docs/whole_models.md, built
 * from the documents' own code on both sides: the Python class definitions
 * of each ```python block run in live torch 1.13.1, the TypeScript ones of
 * the matching ```ts block run here (their `@torch-parity/init…` imports
 * pointed at this checkout), after the same seed, for the capabilities avx2
 * and default. Every state dict entry (names, order, shapes, dtypes, bits),
 * the module tree and the generator state after construction must match
 * (src/nn/_rnn_live_torch_test.ts compares). Skipped with a notice when
 * torch is missing (or outside the full suite, as every live-torch test).
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type LiveCase, liveTorchTest } from "../src/nn/_rnn_live_torch_test.ts";
import { uniform, xavierNormal } from "../src/mod.ts";
import { Linear, type Module } from "../src/nn/mod.ts";

const root = new URL("../", import.meta.url);
const text = ["README.md", "docs/whole_models.md"]
  .map((d) => readFileSync(new URL(d, root), "utf8"))
  .join("\n");

/** The one ```lang block of the documents that contains `marker`. */
function block(lang: "python" | "ts", marker: string): string {
  const found = [...text.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))]
    .map((m) => m[1])
    .filter((b) => b.includes(marker));
  assert.equal(found.length, 1, `${lang} blocks containing ${JSON.stringify(marker)}`);
  return found[0];
}

/** The block's code before its first line starting with `stop`: the definitions. */
function definitions(code: string, stop: string): string {
  const at = code.indexOf(`\n${stop}`);
  assert.ok(at > 0, `no line starting with ${JSON.stringify(stop)} in\n${code}`);
  return code.slice(0, at + 1);
}

const PY_PRELUDE = "import math\nfrom types import SimpleNamespace\n";

/** Python definitions of the block containing `marker`, then `tail`. */
function py(marker: string, tail: string): string {
  return PY_PRELUDE + definitions(block("python", marker), "torch.manual_seed(") + tail;
}

const dir = mkdtempSync(join(tmpdir(), "torch-parity-whole-models-"));
let files = 0;

/** The TypeScript definitions of the block containing `marker`, imported, with `names` exported. */
// deno-lint-ignore no-explicit-any
async function ts(marker: string, names: string[]): Promise<Record<string, any>> {
  const code = definitions(block("ts", marker), "manualSeed(")
    .replace(/from "@torch-parity\/init\/nn"/g, `from "${new URL("src/nn/mod.ts", root).href}"`)
    .replace(/from "@torch-parity\/init"/g, `from "${new URL("src/mod.ts", root).href}"`)
    .replace(/^import assert from "node:assert\/strict";\n/m, "");
  const file = join(dir, `models_${++files}.ts`);
  writeFileSync(file, `${code}\nexport { ${names.join(", ")} };\n`);
  return await import(new URL(`file://${file}`).href);
}

try {
  const { Custom_Net } = await ts("class Custom_Net extends Module", ["Custom_Net"]);
  const { Net } = await ts("class Net extends Module", ["Net"]);
  const { GPT } = await ts("class GPT extends Module", ["GPT"]);
  const { ResNet } = await ts("class ResNet extends Module", ["ResNet"]);

  const customPy = py("class Custom_Net(nn.Module)", "");
  const gptPy = py("class GPT(nn.Module)", "");
  const resnetPy = py("class ResNet(nn.Module)", "");
  const NET_PY = `
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(1024, 1024)
        self.fc2 = nn.Linear(1024, 512)
        self.fc3 = nn.Linear(512, 10)
`;
  // Built before the refusal case runs, so that its step draws nothing itself.
  const refused = new Net();

  const gptConfigs = [
    { seed: 0, c: { vocabSize: 64, blockSize: 16, nLayer: 2, nHead: 2, nEmbd: 16 } },
    { seed: 11, c: { vocabSize: 50, blockSize: 8, nLayer: 3, nHead: 3, nEmbd: 24, dropout: 0.1 } },
  ];

  const cases: LiveCase[] = [
    ...[0, 3].map((seed) => ({
      name: `README Custom_Net, seed ${seed}`,
      seed,
      py: `${customPy}m = Custom_Net()\n`,
      ts: () => new Custom_Net() as Module,
    })),
    {
      name: "README Custom_Net, then the modules() loop: uniform_ on every Linear weight",
      py: `${customPy}m = Custom_Net()
for x in m.modules():
    if isinstance(x, nn.Linear):
        nn.init.uniform_(x.weight)
`,
      ts: () => {
        const m = new Custom_Net() as Module;
        for (const x of m.modules()) if (x instanceof Linear) uniform(x.weight);
        return m;
      },
    },
    {
      name: "docs Net, xavier_normal_ on fc3.bias: both refuse, nothing drawn",
      py: `${NET_PY}m = Net()\nnn.init.xavier_normal_(m.fc3.bias)\n`,
      ts: () => xavierNormal(refused.fc3.bias) as unknown as Module,
      refuses: /Fan in and fan out can not be computed for tensor with fewer than 2 dimensions/,
    },
    ...gptConfigs.map(({ seed, c }) => ({
      name: `docs GPT ${JSON.stringify(c)}, seed ${seed}`,
      seed,
      py: `${gptPy}m = GPT(SimpleNamespace(vocab_size=${c.vocabSize}, block_size=${c.blockSize}, ` +
        `n_layer=${c.nLayer}, n_head=${c.nHead}, n_embd=${c.nEmbd}, dropout=${c.dropout ?? 0}))\n`,
      ts: () => new GPT(c) as Module,
    })),
    ...[[0, 10], [5, 7]].map(([seed, classes]) => ({
      name: `docs ResNet(${classes}), seed ${seed}`,
      seed,
      py: `${resnetPy}m = ResNet(${classes})\n`,
      ts: () => new ResNet(classes) as Module,
    })),
  ];

  liveTorchTest("README and docs/whole_models.md: the documented models equal torch's", cases);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
