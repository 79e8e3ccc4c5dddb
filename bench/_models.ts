// Copyright 2026 the torch-parity authors. MIT license.
/**
 * The whole models the benchmarks build, written as their PyTorch originals
 * (bench/torch_bench.py has the Python side; docs/whole_models.md explains
 * them):
 *
 * - nanoGPT's `GPT` with GPT-2 small's configuration (124M parameters): the
 *   constructors' default init, then `apply(_init_weights)` (N(0, 0.02),
 *   zero biases) and N(0, 0.02/√(2·n_layer)) on every `c_proj.weight`.
 * - torchvision's `resnet50()`: Bottleneck blocks [3, 4, 6, 3], then the
 *   `kaiming_normal_(mode="fan_out", nonlinearity="relu")` / BatchNorm
 *   `constant_` loop (25.6M parameters).
 *
 * @module
 */

import { constant, kaimingNormal, normal, zeros } from "../src/mod.ts";
import {
  AdaptiveAvgPool2d,
  BatchNorm2d,
  Conv2d,
  Dropout,
  Embedding,
  GELU,
  GroupNorm,
  LayerNorm,
  Linear,
  MaxPool2d,
  Module,
  ModuleDict,
  ModuleList,
  ReLU,
  Sequential,
} from "../src/nn/mod.ts";

/** nanoGPT's `GPTConfig` (bias always on). */
export interface GPTConfig {
  vocabSize: number;
  blockSize: number;
  nLayer: number;
  nHead: number;
  nEmbd: number;
  dropout?: number;
}

/** GPT-2 small: 124,439,808 parameters (the LM head tied to the token embedding). */
export const GPT2_SMALL: GPTConfig = {
  vocabSize: 50257,
  blockSize: 1024,
  nLayer: 12,
  nHead: 12,
  nEmbd: 768,
};

class CausalSelfAttention extends Module {
  c_attn: Linear;
  c_proj: Linear;
  attn_dropout: Dropout;
  resid_dropout: Dropout;
  nHead: number;
  constructor(c: GPTConfig) {
    super();
    this.c_attn = new Linear(c.nEmbd, 3 * c.nEmbd);
    this.c_proj = new Linear(c.nEmbd, c.nEmbd);
    this.attn_dropout = new Dropout(c.dropout ?? 0);
    this.resid_dropout = new Dropout(c.dropout ?? 0);
    this.nHead = c.nHead;
  }
}

class MLP extends Module {
  c_fc: Linear;
  gelu: GELU;
  c_proj: Linear;
  dropout: Dropout;
  constructor(c: GPTConfig) {
    super();
    this.c_fc = new Linear(c.nEmbd, 4 * c.nEmbd);
    this.gelu = new GELU();
    this.c_proj = new Linear(4 * c.nEmbd, c.nEmbd);
    this.dropout = new Dropout(c.dropout ?? 0);
  }
}

class Block extends Module {
  ln_1: LayerNorm;
  attn: CausalSelfAttention;
  ln_2: LayerNorm;
  mlp: MLP;
  constructor(c: GPTConfig) {
    super();
    this.ln_1 = new LayerNorm(c.nEmbd);
    this.attn = new CausalSelfAttention(c);
    this.ln_2 = new LayerNorm(c.nEmbd);
    this.mlp = new MLP(c);
  }
}

/** nanoGPT's `GPT(config)`. */
export class GPT extends Module {
  transformer: ModuleDict;
  lm_head: Linear;
  constructor(c: GPTConfig) {
    super();
    this.transformer = new ModuleDict({
      wte: new Embedding(c.vocabSize, c.nEmbd),
      wpe: new Embedding(c.blockSize, c.nEmbd),
      drop: new Dropout(c.dropout ?? 0),
      h: new ModuleList(Array.from({ length: c.nLayer }, () => new Block(c))),
      ln_f: new LayerNorm(c.nEmbd),
    });
    this.lm_head = new Linear(c.nEmbd, c.vocabSize, { bias: false });
    (this.transformer.get("wte") as Embedding).weight = this.lm_head.weight;
    this.apply((m) => {
      if (m instanceof Linear) {
        normal(m.weight, { mean: 0, std: 0.02 });
        if (m.bias !== null) zeros(m.bias);
      } else if (m instanceof Embedding) {
        normal(m.weight, { mean: 0, std: 0.02 });
      }
    });
    for (const [pn, p] of this.namedParameters()) {
      if (pn.endsWith("c_proj.weight")) {
        normal(p, { mean: 0, std: 0.02 / Math.sqrt(2 * c.nLayer) });
      }
    }
  }
}

/** GPT-2 small, as `GPT(GPTConfig(vocab_size=50257))` in nanoGPT. */
export class GPT2 extends GPT {
  constructor() {
    super(GPT2_SMALL);
  }
}

const conv1x1 = (i: number, o: number, stride = 1) => new Conv2d(i, o, 1, { stride, bias: false });
const conv3x3 = (i: number, o: number, stride = 1) =>
  new Conv2d(i, o, 3, { stride, padding: 1, bias: false });

/** torchvision's `Bottleneck` (groups 1, base width 64, dilation 1). */
class Bottleneck extends Module {
  static expansion = 4;
  conv1: Conv2d;
  bn1: BatchNorm2d;
  conv2: Conv2d;
  bn2: BatchNorm2d;
  conv3: Conv2d;
  bn3: BatchNorm2d;
  relu: ReLU;
  downsample: Module | null;
  stride: number;
  constructor(inplanes: number, planes: number, stride = 1, downsample: Module | null = null) {
    super();
    const width = planes;
    this.conv1 = conv1x1(inplanes, width);
    this.bn1 = new BatchNorm2d(width);
    this.conv2 = conv3x3(width, width, stride);
    this.bn2 = new BatchNorm2d(width);
    this.conv3 = conv1x1(width, planes * Bottleneck.expansion);
    this.bn3 = new BatchNorm2d(planes * Bottleneck.expansion);
    this.relu = new ReLU({ inplace: true });
    this.downsample = downsample;
    this.stride = stride;
  }
}

/** torchvision's `ResNet(Bottleneck, layers, num_classes)`. */
export class ResNet extends Module {
  inplanes = 64;
  conv1: Conv2d;
  bn1: BatchNorm2d;
  relu: ReLU;
  maxpool: MaxPool2d;
  layer1: Sequential;
  layer2: Sequential;
  layer3: Sequential;
  layer4: Sequential;
  avgpool: AdaptiveAvgPool2d;
  fc: Linear;
  constructor(layers: readonly number[], numClasses = 1000) {
    super();
    this.conv1 = new Conv2d(3, this.inplanes, 7, { stride: 2, padding: 3, bias: false });
    this.bn1 = new BatchNorm2d(this.inplanes);
    this.relu = new ReLU({ inplace: true });
    this.maxpool = new MaxPool2d(3, { stride: 2, padding: 1 });
    this.layer1 = this.makeLayer(64, layers[0]);
    this.layer2 = this.makeLayer(128, layers[1], 2);
    this.layer3 = this.makeLayer(256, layers[2], 2);
    this.layer4 = this.makeLayer(512, layers[3], 2);
    this.avgpool = new AdaptiveAvgPool2d([1, 1]);
    this.fc = new Linear(512 * Bottleneck.expansion, numClasses);
    for (const m of this.modules()) {
      if (m instanceof Conv2d) {
        kaimingNormal(m.weight, { mode: "fan_out", nonlinearity: "relu" });
      } else if (m instanceof BatchNorm2d || m instanceof GroupNorm) {
        constant(m.weight!, 1);
        constant(m.bias!, 0);
      }
    }
  }

  private makeLayer(planes: number, blocks: number, stride = 1): Sequential {
    const out = planes * Bottleneck.expansion;
    let downsample: Module | null = null;
    if (stride !== 1 || this.inplanes !== out) {
      downsample = new Sequential(conv1x1(this.inplanes, out, stride), new BatchNorm2d(out));
    }
    const layers: Module[] = [new Bottleneck(this.inplanes, planes, stride, downsample)];
    this.inplanes = out;
    for (let i = 1; i < blocks; i++) layers.push(new Bottleneck(this.inplanes, planes));
    return new Sequential(...layers);
  }
}

/** torchvision's `resnet50()`: 25,557,032 parameters. */
export class ResNet50 extends ResNet {
  constructor() {
    super([3, 4, 6, 3]);
  }
}

/** Parameters and buffers of `m` in bytes (tied tensors once). */
export function stateBytes(m: Module): number {
  const seen = new Set<ArrayBufferLike>();
  let bytes = 0;
  for (const t of m.stateDict().values()) {
    if (seen.has(t.data.buffer)) continue;
    seen.add(t.data.buffer);
    bytes += t.data.byteLength;
  }
  return bytes;
}
