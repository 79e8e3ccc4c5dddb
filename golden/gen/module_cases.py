# Copyright 2026 the torch-parity authors. MIT license.
"""Family 4 (case list): whole torch.nn modules as JSON module specs (format in golden/README.md,
section "Module cases"). Pure data: nothing here imports torch; gen/module_ops.py runs them.

The list depends on the torch release (build_module_cases(version), version "1.13", "2.6" or
"2.14"): torch 2.x gets the same cases in the same order, except where 2.x reads the arguments
differently (RNN's fourth positional argument is nonlinearity), with its expected warnings
(TransformerEncoder's nested-tensor warning), then cases of its own (torch 2.x options and
classes, and refusals that differ) appended at the end.

Extending: append cases at the END of build_module_cases() (case indices name the stored tensors,
m<case>_<entry>; appending keeps every existing record byte-identical)."""

import math

MODULE_FORMAT = "torch-parity-modules/1"
MODULE_CAPABILITIES = ("default", "avx2")  # avx512 is checked equal to avx2 and not written
STORE_LIMIT = 16384  # a state_dict tensor of at most this many bytes is stored; larger: SHA-256 + head
SEEDS = [0, 1, 42, 2**32 + 5, 2**63 - 1, -1, 12345678901234567890]
F64 = {"dtype": "float64"}
TORCH_VERSIONS = ("1.13", "2.6", "2.14")
HALF_DTYPES = ("float16", "bfloat16")


def module_tensor_name(case_index, entry_index):
    """Name of a stored state_dict tensor: m<5 digits: case index>_<3 digits: entry index>."""
    return "m%05d_%03d" % (case_index, entry_index)


# ---------------------------------------------------------------------------------------
# Spec constructors
# ---------------------------------------------------------------------------------------


def M(type_, *args, **kwargs):
    """A module spec {"type", "args", "kwargs"} (torch's positional and keyword arguments)."""
    return {"type": type_, "args": list(args), "kwargs": dict(kwargs)}


def custom(name, children, reinit=()):
    """A custom nn.Module subclass named `name` whose __init__ assigns the children in order,
    then runs the re-init steps on itself."""
    spec = {"type": "Custom", "name": name, "children": [[n, s] for n, s in children]}
    if reinit:
        spec["reinit"] = list(reinit)
    return spec


def with_reinit(spec, *steps):
    out = dict(spec)
    out["reinit"] = list(spec.get("reinit", [])) + list(steps)
    return out


def init(init_op, param=None, params=None, **args):
    """An init inside a modules/apply branch: on attribute `param` (skipped when absent or None),
    or on every own parameter whose name matches `params`."""
    assert (param is None) != (params is None)
    out = {"param": param} if param is not None else {"params": dict(params)}
    out.update({"init": init_op, "args": dict(args)})
    return out


def branch(inits, isinstance=None, type_in=None, class_name_contains=None):
    out = {"inits": list(inits)}
    if isinstance is not None:
        out["isinstance"] = list(isinstance)
    if type_in is not None:
        out["type_in"] = list(type_in)
    if class_name_contains is not None:
        out["class_name_contains"] = class_name_contains
    return out


def modules_step(*branches):
    """for m in net.modules(): if <branch 1>: ... elif <branch 2>: ..."""
    return {"op": "modules", "branches": list(branches)}


def apply_step(*branches):
    """net.apply(fn) with fn(m) = if <branch 1>: ... elif ... (children first, then self)."""
    return {"op": "apply", "branches": list(branches)}


def call(target, init_op, **args):
    """nn.init.<init_op>(net.<target>, **args) for a dotted attribute path."""
    return {"op": "call", "target": target, "init": init_op, "args": dict(args)}


def named_parameters_step(init_op, match=None, **args):
    """for name, p in net.named_parameters(): if <match>: nn.init.<init_op>(p, **args)"""
    step = {"op": "named_parameters", "init": init_op, "args": dict(args)}
    if match:
        step["match"] = dict(match)
    return step


# ---------------------------------------------------------------------------------------
# The case list
# ---------------------------------------------------------------------------------------


def _arg_str(v):
    if isinstance(v, dict) and "type" in v:
        return spec_id(v)
    if isinstance(v, dict):
        return "{%s}" % ",".join("%s:%s" % (k, _arg_str(x)) for k, x in v.items())
    if isinstance(v, list):
        return "[%s]" % ",".join(_arg_str(x) for x in v)
    if isinstance(v, str):
        return v
    return repr(v)


def spec_id(spec):
    if spec["type"] == "Custom":
        return spec.get("name", "Custom")
    parts = [_arg_str(a) for a in spec.get("args", [])]
    parts += ["%s=%s" % (k, _arg_str(v)) for k, v in spec.get("kwargs", {}).items()]
    return "%s(%s)%s" % (spec["type"], ",".join(parts), "+reinit" if spec.get("reinit") else "")


class ModuleCaseList:
    def __init__(self, version="1.13"):
        assert version in TORCH_VERSIONS, version
        self.version = version
        self.cases = []
        self._ids = set()

    def add(self, spec, seed=0, tags=(), case_id=None, raises=None, warns=False):
        """Append a case. raises: None, "construct" or "reinit" (where torch refuses)."""
        case_id = case_id or "%s/seed=%d" % (spec_id(spec), seed)
        assert case_id not in self._ids, "duplicate module case id " + case_id
        if self.version != "1.13" and not raises and _nested_tensor_warning(spec):
            warns = True  # torch 2.x's TransformerEncoder warns (see _nested_tensor_warning)
        self._ids.add(case_id)
        all_tags = set(tags) | _spec_tags(spec)
        if raises:
            all_tags.add("error")
        if warns:
            all_tags.add("warning")
        case = {"id": case_id, "tags": sorted(all_tags), "seed": str(int(seed)), "spec": spec}
        if raises:
            case["_raises"] = True
            case["_phase"] = raises
        if warns:
            case["_warns"] = True
        self.cases.append(case)

    def both(self, spec, seed=0, tags=(), **kw):
        """The spec as given (float32, torch's default) and with dtype=float64."""
        self.add(spec, seed, tags, **kw)
        f64 = dict(spec)
        f64["kwargs"] = dict(spec["kwargs"], dtype="float64")
        self.add(f64, seed, tags, **kw)


def _spec_tags(spec):
    tags = set()
    if isinstance(spec, dict) and "type" in spec:
        tags.add(spec["type"])
        if spec.get("reinit"):
            tags.add("reinit")
            tags |= {s["op"] for s in spec["reinit"]}
        if spec.get("kwargs", {}).get("dtype") in ("float64",) + HALF_DTYPES:
            tags.add(spec["kwargs"]["dtype"])
        for v in list(spec.get("args", [])) + list(spec.get("kwargs", {}).values()):
            tags |= _spec_tags(v)
        for _, child in spec.get("children", []):
            tags |= _spec_tags(child)
    elif isinstance(spec, list):
        for v in spec:
            tags |= _spec_tags(v)
    elif isinstance(spec, dict):
        for v in spec.values():
            tags |= _spec_tags(v)
    return tags


def add_leaf_cases(c):
    """Every module of issue 11 item 2 with its main options, small shapes, seed 0; both dtypes
    where torch accepts dtype=. (torch 2.x: RNN's positional case in 2.x's order.)"""
    # torch 1.13: RNN's positional arguments are RNNBase's (nonlinearity keyword-only); torch 2.x
    # reads a fourth positional argument as nonlinearity. The same module in each one's order.
    rnn_positional = (M("RNN", 4, 3, 2, True, True, 0.5, True, nonlinearity="relu") if c.version == "1.13"
                      else M("RNN", 4, 3, 2, "relu", True, True, 0.5, True))
    for spec in [M("Linear", 3, 2), M("Linear", 5, 4, bias=False), M("Linear", 1, 1),
                 M("Linear", 20, 16), M("Linear", 100, 64), M("Linear", 300, 100)]:
        c.both(spec)
    for spec in [M("Linear", 0, 3), M("Linear", 3, 0)]:  # zero-element weight: kaiming_uniform_ warns
        c.both(spec, tags=["zero-element"], warns=True)
    for spec in [M("Bilinear", 3, 4, 2), M("Bilinear", 2, 3, 4, bias=False), M("Bilinear", 5, 5, 1)]:
        c.both(spec)
    c.add(M("Identity"))
    c.add(M("Identity", 54, unused_argument1=0.1, unused_argument2=False))
    for spec in [M("Conv1d", 2, 4, 3), M("Conv1d", 4, 6, 3, groups=2, bias=False),
                 M("Conv1d", 2, 3, [5], stride=2, padding=1, dilation=2),
                 M("Conv1d", 3, 3, 3, padding="same", padding_mode="reflect"),
                 M("Conv1d", 2, 2, 1, padding="valid"),
                 M("Conv2d", 3, 4, 3), M("Conv2d", 3, 6, [3, 2], stride=[2, 1], padding=[1, 0]),
                 M("Conv2d", 4, 8, 3, groups=4), M("Conv2d", 2, 3, 1, bias=False),
                 M("Conv2d", 2, 2, 3, padding=1, padding_mode="circular"),
                 M("Conv2d", 6, 4, [1, 3], groups=2, dilation=[1, 2], padding_mode="replicate"),
                 M("Conv3d", 2, 3, 2), M("Conv3d", 4, 4, [1, 2, 3], groups=2, bias=False),
                 M("Conv3d", 1, 2, 3, stride=2, padding=[0, 1, 1]),
                 M("ConvTranspose1d", 2, 4, 3), M("ConvTranspose1d", 4, 6, 3, groups=2),
                 M("ConvTranspose1d", 3, 2, 3, stride=2, output_padding=1, bias=False),
                 M("ConvTranspose1d", 2, 2, 2, dilation=2, padding=1),
                 M("ConvTranspose2d", 3, 4, 3), M("ConvTranspose2d", 4, 2, [2, 3], stride=2, padding=1,
                                                     output_padding=1, groups=2),
                 M("ConvTranspose2d", 2, 3, 2, bias=False),
                 M("ConvTranspose3d", 2, 3, 2), M("ConvTranspose3d", 4, 2, [1, 2, 2], groups=2)]:
        c.both(spec)
    for spec in [M("Embedding", 10, 3), M("Embedding", 10, 3, padding_idx=0),
                 M("Embedding", 10, 3, padding_idx=-1), M("Embedding", 10, 3, padding_idx=4),
                 M("Embedding", 10, 3, padding_idx=-10), M("Embedding", 10, 3, max_norm=1.0, norm_type=1.0),
                 M("Embedding", 8, 2, sparse=True, scale_grad_by_freq=True), M("Embedding", 1, 1),
                 M("Embedding", 64, 64),
                 M("EmbeddingBag", 10, 3), M("EmbeddingBag", 10, 3, mode="sum"),
                 M("EmbeddingBag", 10, 3, mode="max", include_last_offset=True),
                 M("EmbeddingBag", 10, 3, padding_idx=2), M("EmbeddingBag", 10, 3, padding_idx=-2)]:
        c.both(spec)
    for spec in [M("RNN", 4, 3), M("RNN", 4, 3, num_layers=2), M("RNN", 4, 3, nonlinearity="relu"),
                 M("RNN", 4, 3, bias=False), M("RNN", 4, 3, bidirectional=True),
                 rnn_positional,
                 M("LSTM", 4, 3), M("LSTM", 4, 3, num_layers=2, bidirectional=True),
                 M("LSTM", 4, 3, proj_size=2), M("LSTM", 4, 3, num_layers=2, bidirectional=True, proj_size=2),
                 M("LSTM", 4, 3, bias=False, batch_first=True), M("LSTM", 4, 3, 2, True, False, 0.0, True, 1),
                 M("GRU", 4, 3), M("GRU", 4, 3, num_layers=2, bidirectional=True),
                 M("GRU", 4, 3, bias=False, dropout=0.25, num_layers=3),
                 M("RNNCell", 4, 3), M("RNNCell", 4, 3, bias=False), M("RNNCell", 4, 3, nonlinearity="relu"),
                 M("LSTMCell", 4, 3), M("LSTMCell", 4, 3, bias=False),
                 M("GRUCell", 4, 3), M("GRUCell", 4, 3, bias=False)]:
        c.both(spec)
    c.both(M("RNN", 4, 3, dropout=0.5), warns=True)  # dropout with one layer: UserWarning
    for spec in [M("MultiheadAttention", 8, 2), M("MultiheadAttention", 8, 1),
                 M("MultiheadAttention", 8, 2, bias=False), M("MultiheadAttention", 8, 2, add_bias_kv=True),
                 M("MultiheadAttention", 8, 2, kdim=4, vdim=6),
                 M("MultiheadAttention", 8, 4, kdim=8, vdim=8, dropout=0.1, batch_first=True),
                 M("MultiheadAttention", 8, 2, kdim=4),
                 M("MultiheadAttention", 8, 2, 0.0, False, True, True, 4, 6),
                 M("MultiheadAttention", 6, 3, add_zero_attn=True)]:
        c.both(spec)
    for spec in [M("LayerNorm", 4), M("LayerNorm", [2, 3]), M("LayerNorm", 4, elementwise_affine=False),
                 M("LayerNorm", 5, eps=1e-6), M("GroupNorm", 2, 4), M("GroupNorm", 2, 4, affine=False),
                 M("GroupNorm", 1, 3, eps=1e-3), M("GroupNorm", 3, 3),
                 M("BatchNorm1d", 4), M("BatchNorm1d", 4, affine=False),
                 M("BatchNorm1d", 4, track_running_stats=False), M("BatchNorm1d", 3, momentum=None),
                 M("BatchNorm2d", 4), M("BatchNorm2d", 4, 1e-3, 0.01, False, True),
                 M("BatchNorm2d", 2, affine=False, track_running_stats=False),
                 M("BatchNorm3d", 4), M("BatchNorm3d", 2, track_running_stats=False),
                 M("InstanceNorm1d", 4), M("InstanceNorm1d", 4, affine=True),
                 M("InstanceNorm2d", 4, track_running_stats=True),
                 M("InstanceNorm2d", 3, affine=True, track_running_stats=True),
                 M("InstanceNorm3d", 4), M("InstanceNorm3d", 2, affine=True, track_running_stats=True),
                 M("PReLU"), M("PReLU", 8), M("PReLU", init=0.1), M("PReLU", 3, 0.5)]:
        c.both(spec)


def enc_layer(**kw):
    args = dict(dim_feedforward=16)
    args.update(kw)
    return M("TransformerEncoderLayer", 8, 2, **args)


def dec_layer(**kw):
    args = dict(dim_feedforward=16)
    args.update(kw)
    return M("TransformerDecoderLayer", 8, 2, **args)


def _with_dtype64(spec, dtype="float64"):
    """A deep copy with dtype=float64 (or `dtype`) on every spec that takes dtype= (for Transformer
    stacks and containers)."""
    takes = {"TransformerEncoderLayer", "TransformerDecoderLayer", "LayerNorm", "Transformer", "Linear"}
    if dtype != "float64":  # the half cases also reach into containers (gen: add_half_cases)
        takes |= _HALF_TAKES
    if isinstance(spec, list):
        return [_with_dtype64(v, dtype) for v in spec]
    if isinstance(spec, dict) and "type" in spec:
        out = dict(spec)
        if "args" in spec:
            out["args"] = [_with_dtype64(v, dtype) for v in spec["args"]]
            out["kwargs"] = {k: _with_dtype64(v, dtype) for k, v in spec["kwargs"].items()}
        if "children" in spec:
            out["children"] = [[n, _with_dtype64(v, dtype)] for n, v in spec["children"]]
        if spec["type"] in takes:
            out["kwargs"]["dtype"] = dtype
        return out
    return spec


def add_transformer_cases(c):
    specs = [enc_layer(), enc_layer(activation="gelu"), enc_layer(activation=M("GELU")),
             enc_layer(norm_first=True, batch_first=True, layer_norm_eps=1e-6, dropout=0.0),
             M("TransformerEncoderLayer", 4, 1, 8, 0.1, "relu", 1e-5, False, True),
             dec_layer(), dec_layer(norm_first=True, activation="gelu"), dec_layer(activation=M("ReLU")),
             M("TransformerEncoder", enc_layer(), 2), M("TransformerEncoder", enc_layer(), 1, norm=M("LayerNorm", 8)),
             M("TransformerEncoder", enc_layer(norm_first=True), 3, enable_nested_tensor=False),
             M("TransformerDecoder", dec_layer(), 2), M("TransformerDecoder", dec_layer(), 2, norm=M("LayerNorm", 8)),
             M("Transformer", d_model=8, nhead=2, num_encoder_layers=1, num_decoder_layers=1, dim_feedforward=16),
             M("Transformer", d_model=8, nhead=2, num_encoder_layers=2, num_decoder_layers=2, dim_feedforward=16,
               norm_first=True, activation="gelu", batch_first=True),
             M("Transformer", 4, 2, 1, 2, 8, 0.0),
             M("Transformer", d_model=8, nhead=2, num_decoder_layers=1, dim_feedforward=16,
               custom_encoder=M("TransformerEncoder", enc_layer(), 1, norm=M("LayerNorm", 8)))]
    for spec in specs:
        c.add(spec)
        c.add(_with_dtype64(spec))


def add_container_cases(c):
    mlp = M("Sequential", M("Linear", 3, 4), M("ReLU"), M("Linear", 4, 2))
    for spec in [mlp, M("Sequential"),
                 M("Sequential", M("Conv2d", 1, 2, 3), M("BatchNorm2d", 2), M("ReLU", inplace=True),
                   M("Flatten"), M("Dropout", p=0.2), M("Linear", 8, 3), M("Tanh"), M("Sigmoid")),
                 M("Sequential", M("Sequential", M("Linear", 2, 2), M("GELU", approximate="tanh")),
                   M("Sequential", M("Embedding", 5, 2), M("LayerNorm", 2))),
                 M("ModuleList", [M("Linear", 2, 3), M("Conv1d", 1, 2, 3), M("LSTM", 3, 2)]),
                 M("ModuleList"), M("ModuleList", [M("ReLU"), M("Identity")]),
                 M("ModuleDict", {"conv": M("Conv2d", 1, 1, 2), "lin": M("Linear", 2, 2)}),
                 M("ModuleDict", [["zeta", M("Linear", 2, 1)], ["alpha", M("Linear", 1, 2)],
                                  ["10", M("PReLU")], ["2", M("BatchNorm1d", 2)]]),
                 M("ModuleDict")]:
        c.add(spec)
    for spec in [M("ReLU"), M("ReLU", inplace=True), M("GELU"), M("GELU", approximate="tanh"),
                 M("Tanh"), M("Sigmoid"), M("Dropout"), M("Dropout", 0.2, True), M("Flatten"),
                 M("Flatten", 0, 2)]:
        c.add(spec, tags=["parameter-free"])


def add_seed_cases(c):
    """A representative module per family for the other seeds (incl. 2^63 - 1 and -1)."""
    specs = [M("Linear", 3, 2), M("Linear", 3, 2, dtype="float64"), M("Conv2d", 3, 4, 3),
             M("Embedding", 10, 3, padding_idx=0), M("LSTM", 4, 3, num_layers=2, bidirectional=True, proj_size=2),
             M("GRUCell", 4, 3), M("MultiheadAttention", 8, 2, kdim=4, vdim=6, add_bias_kv=True),
             M("BatchNorm2d", 4), enc_layer()]
    transformer = M("Transformer", d_model=8, nhead=2, num_encoder_layers=1, num_decoder_layers=1,
                    dim_feedforward=16)
    for seed in SEEDS[1:]:
        for spec in specs + ([transformer] if seed in (2**63 - 1, -1) else []):
            c.add(spec, seed, tags=["seed-sweep"])


def _custom_net(reinit=()):
    """The seed note's Custom_Net: three Linear layers 1024 -> 1024 -> 512 -> 10."""
    return custom("Custom_Net", [("fc1", M("Linear", 1024, 1024)), ("fc2", M("Linear", 1024, 512)),
                                 ("fc3", M("Linear", 512, 10))], reinit)


def add_custom_cases(c):
    """Custom modules: the seed note's examples, modules() loops, apply (post-order), direct calls,
    named_parameters loops, and the refusal of xavier_normal_ on a 1-D bias."""
    linear_uniform = modules_step(branch([init("uniform_", "weight")], isinstance=["Linear"]))
    c.add(_custom_net(), tags=["seed-note"])
    c.add(_custom_net([call("fc1.weight", "constant_", val=0.5), call("fc2.weight", "uniform_"),
                       call("fc3.weight", "xavier_normal_")]), tags=["seed-note"],
          case_id="Custom_Net/constant_,uniform_,xavier_normal_/seed=0")
    c.add(_custom_net([linear_uniform]), tags=["seed-note"], case_id="Custom_Net/modules:Linear:uniform_/seed=0")
    c.add(_custom_net([call("fc3.bias", "xavier_normal_")]), tags=["seed-note"], raises="reinit",
          case_id="Custom_Net/xavier_normal_(fc3.bias)/seed=0")
    c.add(_custom_net([call("fc1.weight", "constant_", val=0.5), call("fc2.bias", "xavier_normal_"),
                       call("fc3.weight", "xavier_normal_")]), tags=["seed-note"], raises="reinit",
          case_id="Custom_Net/constant_,xavier_normal_(fc2.bias)/seed=0")
    c.add(_custom_net([modules_step(branch([init("xavier_normal_", "weight"), init("xavier_normal_", "bias")],
                                           isinstance=["Linear"]))]),
          tags=["seed-note"], raises="reinit", case_id="Custom_Net/modules:Linear:xavier_normal_(weight,bias)/seed=0")
    for seed in (1, 42, -1):
        c.add(_custom_net([linear_uniform]), seed, tags=["seed-note"],
              case_id="Custom_Net/modules:Linear:uniform_/seed=%d" % seed)

    small = custom("Net", [("conv", M("Conv2d", 1, 2, 3)), ("bn", M("BatchNorm2d", 2)),
                           ("attn", M("MultiheadAttention", 4, 2)), ("fc", M("Linear", 4, 3)),
                           ("head", M("Linear", 3, 2, bias=False))])
    all_params = branch([init("normal_", params={}, std=0.02)])  # every module: its own parameters
    # pre-order vs post-order: MultiheadAttention owns parameters and so does its child out_proj.
    c.add(with_reinit(small, modules_step(all_params)), case_id="Net/modules:all:normal_/seed=0")
    c.add(with_reinit(small, apply_step(all_params)), case_id="Net/apply:all:normal_/seed=0")
    # isinstance sees out_proj (NonDynamicallyQuantizableLinear) as a Linear; type_in does not.
    linear_init = [init("xavier_uniform_", "weight"), init("zeros_", "bias")]
    c.add(with_reinit(small, modules_step(branch(linear_init, isinstance=["Linear"]))),
          case_id="Net/modules:isinstance Linear/seed=0")
    c.add(with_reinit(small, apply_step(branch(linear_init, type_in=["Linear"]))),
          case_id="Net/apply:type_in Linear/seed=0")
    # DCGAN-style weights_init by class name, if / elif.
    c.add(with_reinit(small, apply_step(
        branch([init("normal_", "weight", mean=0.0, std=0.02)], class_name_contains="Conv"),
        branch([init("normal_", "weight", mean=1.0, std=0.02), init("constant_", "bias", val=0)],
               class_name_contains="BatchNorm"))), case_id="Net/apply:DCGAN weights_init/seed=0")
    # torchvision ResNet loop.
    block = custom("BasicBlock", [("conv1", M("Conv2d", 4, 4, 3, padding=1, bias=False)), ("bn1", M("BatchNorm2d", 4)),
                                  ("relu", M("ReLU", inplace=True)),
                                  ("conv2", M("Conv2d", 4, 4, 3, padding=1, bias=False)), ("bn2", M("BatchNorm2d", 4))])
    resnet = custom("ResNetish", [("conv1", M("Conv2d", 3, 4, 7, stride=2, padding=3, bias=False)),
                                  ("bn1", M("BatchNorm2d", 4)), ("layer1", M("Sequential", block, block)),
                                  ("fc", M("Linear", 4, 10))],
                    [modules_step(branch([init("kaiming_normal_", "weight", mode="fan_out", nonlinearity="relu")],
                                         isinstance=["Conv2d"]),
                                  branch([init("constant_", "weight", val=1), init("constant_", "bias", val=0)],
                                         isinstance=["BatchNorm2d", "GroupNorm"])),
                     modules_step(branch([init("constant_", "bn2.weight", val=0)], isinstance=["BasicBlock"]))])
    c.add(resnet, tags=["resnet"])
    # nanoGPT-style GPT-2: apply(_init_weights), then the scaled residual projections.
    n_layer = 2

    def gpt_block():
        return custom("Block", [("ln_1", M("LayerNorm", 8)),
                                ("attn", custom("CausalSelfAttention", [("c_attn", M("Linear", 8, 24)),
                                                                         ("c_proj", M("Linear", 8, 8))])),
                                ("ln_2", M("LayerNorm", 8)),
                                ("mlp", custom("MLP", [("c_fc", M("Linear", 8, 32)), ("gelu", M("GELU")),
                                                       ("c_proj", M("Linear", 32, 8))]))])
    gpt = custom("GPT", [("transformer", M("ModuleDict", [  # pairs: nanoGPT's dict order
        ["wte", M("Embedding", 50, 8)], ["wpe", M("Embedding", 16, 8)],
        ["h", M("ModuleList", [gpt_block() for _ in range(n_layer)])], ["ln_f", M("LayerNorm", 8)]])),
        ("lm_head", M("Linear", 8, 50, bias=False))],
        [apply_step(branch([init("normal_", "weight", mean=0.0, std=0.02), init("zeros_", "bias")],
                           isinstance=["Linear"]),
                    branch([init("normal_", "weight", mean=0.0, std=0.02)], isinstance=["Embedding"])),
         named_parameters_step("normal_", {"endswith": "c_proj.weight"}, mean=0.0, std=0.02 / math.sqrt(2 * n_layer))])
    c.add(gpt, tags=["gpt2"])
    # An LSTM re-initialised per parameter name; Transformer-style xavier on every matrix.
    lstm = with_reinit(M("LSTM", 4, 3, num_layers=2),
                       modules_step(branch([init("xavier_uniform_", params={"startswith": "weight_ih"}),
                                            init("kaiming_normal_", params={"startswith": "weight_hh"}),
                                            init("zeros_", params={"startswith": "bias"})],
                                           isinstance=["RNNBase"])))
    c.add(lstm)
    c.add(with_reinit(M("Sequential", M("Embedding", 6, 4), M("TransformerEncoder", M("TransformerEncoderLayer", 4, 1, 8), 2),
                        M("Linear", 4, 6)),
                      named_parameters_step("xavier_uniform_", {"min_dim": 2})))
    # Nested reinit: a child's steps run inside its parent's construction, before later siblings.
    inner = custom("Inner", [("a", M("Linear", 2, 2)), ("b", M("Linear", 2, 2))],
                   [call("a.weight", "ones_"), call("b.weight", "kaiming_uniform_", a=math.sqrt(5)),
                    call("b.bias", "trunc_normal_", std=0.5)])
    c.add(custom("Outer", [("first", M("Linear", 2, 2)), ("inner", inner), ("last", M("Linear", 2, 2))],
                 [call("first.weight", "eye_"),
                  modules_step(branch([init("constant_", "bias", val=-0.25)], isinstance=["Inner"]),
                               branch([init("sparse_", "weight", sparsity=0.5)], type_in=["Linear"]))]))
    # The Transformer-layer spec's own reinit runs before TransformerEncoder deep-copies it.
    c.add(M("TransformerEncoder", with_reinit(enc_layer(), modules_step(branch([init("uniform_", "weight", a=-0.1, b=0.1)],
                                                                                   isinstance=["Linear"]))), 2))
    c.add(with_reinit(M("Conv2d", 4, 4, 3, groups=2), call("weight", "dirac_", groups=2), call("bias", "zeros_")))
    c.add(with_reinit(M("Linear", 4, 4, dtype="float64"), call("weight", "eye_"),
                      call("bias", "normal_", mean=1.0, std=0.5)))


def add_refusal_cases(c):
    """Constructors torch refuses (before any draw), also nested after a sibling that drew."""
    for spec in [M("MultiheadAttention", 7, 2), M("MultiheadAttention", 8, 3, kdim=4),
                 M("Conv2d", 3, 4, 3, groups=2), M("Conv1d", 4, 3, 3, groups=2), M("ConvTranspose2d", 4, 3, 2, groups=2),
                 M("Conv2d", 2, 2, 3, padding="same", stride=2), M("Conv1d", 2, 2, 3, groups=0),
                 # (padding="full" and padding_mode="mirror" are refused too, but torch's messages
                 # print a Python set, whose order changes from process to process)
                 M("Embedding", 10, 3, padding_idx=10), M("Embedding", 10, 3, padding_idx=-11),
                 M("EmbeddingBag", 10, 3, padding_idx=10),
                 M("LSTM", 4, 3, proj_size=3), M("LSTM", 4, 3, proj_size=-1), M("GRU", 4, 3, proj_size=1),
                 M("RNN", 4, 3, nonlinearity="gelu"), M("RNN", 4, 3, dropout=1.5),
                 M("GroupNorm", 3, 4), M("TransformerEncoderLayer", 8, 3),
                 M("Sequential", M("Linear", 3, 2), M("Embedding", 4, 2, padding_idx=4))]:
        c.add(spec, raises="construct")
    # torch checks the activation only after building (and drawing) the layer's sublayers.
    c.add(M("TransformerEncoderLayer", 8, 2, 16, activation="tanh"), raises="construct", tags=["late-refusal"])


_LAYER_PARAMS = ["d_model", "nhead", "dim_feedforward", "dropout", "activation", "layer_norm_eps",
                 "batch_first", "norm_first", "bias"]
_TRANSFORMER_PARAMS = ["d_model", "nhead", "num_encoder_layers", "num_decoder_layers", "dim_feedforward",
                       "dropout", "activation", "custom_encoder", "custom_decoder", "layer_norm_eps",
                       "batch_first", "norm_first", "bias"]


def _bind(spec, params):
    bound = dict(zip(params, spec.get("args", [])))
    bound.update(spec.get("kwargs", {}))
    return bound


def _encoder_layer_ok(layer):
    """Whether torch 2.x's TransformerEncoder finds no why_not_sparsity_fast_path for this layer
    spec (transformer.py, TransformerEncoder.__init__), i.e. does not warn."""
    if layer["type"] != "TransformerEncoderLayer":
        return False
    a = _bind(layer, _LAYER_PARAMS)
    activation = a.get("activation", "relu")
    return (not a.get("norm_first", False) and a.get("batch_first", False) and a.get("bias", True)
            and (activation in ("relu", "gelu") or (isinstance(activation, dict)
                                                    and activation.get("type") in ("ReLU", "GELU")))
            and a["nhead"] % 2 == 0)


def _nested_tensor_warning(spec):
    """Whether building spec makes torch 2.x warn "enable_nested_tensor is True, but
    self.use_nested_tensor is False because ..." (asserted against torch by module_ops)."""
    if isinstance(spec, list):
        return any(_nested_tensor_warning(v) for v in spec)
    if not isinstance(spec, dict):
        return False
    if "type" not in spec:
        return any(_nested_tensor_warning(v) for v in spec.values())
    inner = [v for v in spec.get("args", [])] + list(spec.get("kwargs", {}).values())
    inner += [child for _, child in spec.get("children", [])]
    if any(_nested_tensor_warning(v) for v in inner):
        return True
    if spec["type"] == "TransformerEncoder":
        a = _bind(spec, ["encoder_layer", "num_layers", "norm", "enable_nested_tensor", "mask_check"])
        return a.get("enable_nested_tensor", True) and not _encoder_layer_ok(a["encoder_layer"])
    if spec["type"] == "Transformer":
        a = _bind(spec, _TRANSFORMER_PARAMS)
        if a.get("custom_encoder") is not None:
            return False  # built above, on its own
        layer = {"type": "TransformerEncoderLayer", "args": [a.get("d_model", 512), a.get("nhead", 8)],
                 "kwargs": {k: a[k] for k in ("activation", "batch_first", "norm_first", "bias") if k in a}}
        return not _encoder_layer_ok(layer)
    return False


def add_torch2_cases(c):
    """torch 2.x only (appended): the options and classes 1.13 lacks, positional forms in 2.x's
    order, the nested-tensor warning's branches, and refusals 1.13 does not make."""
    v = c.version
    assert v != "1.13"
    # LayerNorm(bias=False) (torch 2.1+), positional bias (before device); RMSNorm (torch 2.4+).
    for spec in [M("LayerNorm", 4, bias=False), M("LayerNorm", [2, 3], bias=False),
                 M("LayerNorm", 4, 1e-5, True, False), M("LayerNorm", 4, elementwise_affine=False, bias=False),
                 M("LayerNorm", 5, eps=1e-6, bias=True),
                 M("RMSNorm", 4), M("RMSNorm", [2, 3]), M("RMSNorm", 4, eps=1e-6),
                 M("RMSNorm", 4, elementwise_affine=False), M("RMSNorm", 3, None, True),
                 M("RNN", 4, 3, 1, "relu"), M("RNN", 4, 3, 2, "tanh", False), M("LSTM", 0, 3) if v == "2.6" else None]:
        if spec is not None:
            c.both(spec)
    # Transformer family with bias=False (every Linear, attention and LayerNorm bias is None).
    specs = [enc_layer(bias=False), enc_layer(bias=False, norm_first=True),
             M("TransformerEncoderLayer", 4, 1, 8, 0.1, "relu", 1e-5, False, True, False),
             dec_layer(bias=False), M("TransformerDecoderLayer", 4, 2, 8, 0.0, "gelu", 1e-5, True, False, False),
             M("TransformerEncoder", enc_layer(bias=False), 2),
             M("TransformerEncoder", enc_layer(batch_first=True), 2),  # the fast path: no warning
             M("TransformerEncoder", enc_layer(batch_first=True, bias=False), 1),
             M("TransformerEncoder", M("TransformerEncoderLayer", 6, 3, 16, batch_first=True), 1),  # odd heads
             M("TransformerEncoder", enc_layer(batch_first=True, activation=M("Tanh")), 1),
             M("TransformerEncoder", enc_layer(batch_first=True, norm_first=True), 1),
             M("TransformerEncoder", enc_layer(), 1, enable_nested_tensor=False),
             M("TransformerDecoder", dec_layer(bias=False), 2, norm=M("LayerNorm", 8, bias=False)),
             M("Transformer", d_model=8, nhead=2, num_encoder_layers=1, num_decoder_layers=1, dim_feedforward=16,
               bias=False),
             M("Transformer", d_model=8, nhead=2, num_encoder_layers=2, num_decoder_layers=1, dim_feedforward=16,
               batch_first=True),
             M("Transformer", 4, 2, 1, 1, 8, 0.0, "relu", None, None, 1e-5, True, False, False)]
    for spec in specs:
        c.add(spec)
        c.add(_with_dtype64(spec))
    small = M("Transformer", d_model=8, nhead=2, num_encoder_layers=1, num_decoder_layers=1, dim_feedforward=16,
              bias=False)
    for seed in (2**63 - 1, -1):
        c.add(small, seed, tags=["seed-sweep"])
    # A user's loop over modules whose LayerNorm has no bias (the "bias" init is skipped).
    c.add(custom("Net2", [("ln", M("LayerNorm", 4, bias=False)), ("fc", M("Linear", 4, 4)),
                          ("rms", M("RMSNorm", 4))],
                 [modules_step(branch([init("normal_", "weight", std=0.5), init("constant_", "bias", val=0.1)],
                                      isinstance=["LayerNorm", "Linear", "RMSNorm"]))]))
    if v == "2.14":
        # torch 2.14's keyword-only bias on _NormBase (BatchNorm, InstanceNorm) and GroupNorm.
        for spec in [M("BatchNorm1d", 4, bias=False), M("BatchNorm2d", 4, affine=False, bias=False),
                     M("BatchNorm3d", 2, bias=False, track_running_stats=False),
                     M("InstanceNorm1d", 4, affine=True, bias=False), M("InstanceNorm2d", 3, bias=False),
                     M("InstanceNorm3d", 2, affine=True, track_running_stats=True, bias=False),
                     M("GroupNorm", 2, 4, bias=False), M("GroupNorm", 1, 3, affine=False, bias=False)]:
            c.both(spec)
        # torch 2.14: a convolution with fan_in 0 draws its bias from U(-0, 0) (1.13 and 2.6 leave
        # it uninitialised, which cannot be recorded).
        for spec in [M("Conv1d", 0, 3, 3), M("Conv2d", 0, 2, 2, bias=False), M("ConvTranspose1d", 2, 0, 3)]:
            c.both(spec, tags=["zero-element"], warns=True)
    # Refusals of torch 2.x (the library refuses these under every release).
    refusals = [M("MultiheadAttention", 8, -2), M("MultiheadAttention", 0, 1), M("RNN", 4, 3, num_layers=0),
                M("LSTM", 4, 0), M("RNN", 4, 3, 1, True), M("Bilinear", 0, 3, 2)]
    if v == "2.14":
        refusals += [M("RNN", 0, 3), M("LSTM", 0, 3), M("GRU", 0, 2, num_layers=2)]
    for spec in refusals:
        c.add(spec, raises="construct")


# Every module that takes dtype= in torch (the half cases set it on each, nested ones included).
_HALF_TAKES = {"Linear", "Bilinear", "Conv1d", "Conv2d", "Conv3d", "ConvTranspose1d", "ConvTranspose2d",
               "ConvTranspose3d", "Embedding", "EmbeddingBag", "BatchNorm1d", "BatchNorm2d", "BatchNorm3d",
               "InstanceNorm1d", "InstanceNorm2d", "InstanceNorm3d", "LayerNorm", "GroupNorm", "RMSNorm",
               "PReLU", "RNN", "LSTM", "GRU", "RNNCell", "LSTMCell", "GRUCell", "MultiheadAttention",
               "TransformerEncoderLayer", "TransformerDecoderLayer", "Transformer"}


def add_half_cases(c):
    """Issue 15 item 3 (appended last, every release): every module kind that takes dtype= in
    float16 and bfloat16 (parameters and running statistics in the half dtype, num_batches_tracked
    int64), containers and stacks with dtype= on every member, and re-inits on half parameters.
    Weights of at least 16 elements and smaller ones (the half kernels' vectorised and scalar
    paths), padding_idx rows (fill_(0)), PReLU's fill_(init) and MultiheadAttention's constant_."""
    specs = [M("Linear", 3, 2), M("Linear", 5, 4, bias=False), M("Linear", 20, 16), M("Linear", 300, 100),
             M("Bilinear", 3, 4, 2), M("Bilinear", 2, 3, 4, bias=False),
             M("Conv1d", 2, 4, 3), M("Conv1d", 4, 6, 3, groups=2, bias=False), M("Conv2d", 3, 4, 3),
             M("Conv3d", 2, 2, 2), M("ConvTranspose1d", 2, 4, 3), M("ConvTranspose2d", 4, 2, 3, groups=2),
             M("ConvTranspose3d", 2, 2, 2, bias=False),
             M("Embedding", 10, 3), M("Embedding", 6, 4, padding_idx=2), M("Embedding", 6, 4, padding_idx=-1),
             M("EmbeddingBag", 6, 4, padding_idx=1), M("EmbeddingBag", 10, 3, mode="sum"),
             M("BatchNorm1d", 3), M("BatchNorm2d", 4, affine=False), M("BatchNorm3d", 2, track_running_stats=False),
             M("InstanceNorm1d", 3, affine=True, track_running_stats=True), M("InstanceNorm2d", 3, affine=True),
             M("InstanceNorm3d", 2, track_running_stats=True),
             M("LayerNorm", 4), M("LayerNorm", [2, 3], elementwise_affine=False), M("GroupNorm", 2, 4),
             M("PReLU"), M("PReLU", 3, 0.1), M("PReLU", init=0.3),
             M("RNN", 4, 3, 2), M("RNN", 4, 3, nonlinearity="relu", bias=False),
             M("LSTM", 4, 3, proj_size=2), M("LSTM", 3, 5, num_layers=2, batch_first=True),
             M("GRU", 4, 3, bidirectional=True),
             M("RNNCell", 4, 3), M("LSTMCell", 4, 3), M("GRUCell", 4, 3, bias=False),
             M("MultiheadAttention", 4, 2, add_bias_kv=True), M("MultiheadAttention", 8, 2, kdim=4, vdim=6),
             M("MultiheadAttention", 6, 3, bias=False),
             enc_layer(), dec_layer(norm_first=True, activation="gelu"),
             M("TransformerEncoder", enc_layer(), 2, norm=M("LayerNorm", 8)),
             M("TransformerDecoder", dec_layer(), 1),
             M("Transformer", d_model=8, nhead=2, num_encoder_layers=1, num_decoder_layers=1, dim_feedforward=16),
             M("Sequential", M("Conv2d", 1, 2, 3), M("BatchNorm2d", 2), M("ReLU"), M("Flatten"), M("Linear", 8, 3)),
             M("Sequential", M("Embedding", 5, 4), M("LayerNorm", 4), M("Linear", 4, 2)),
             custom("HalfNet", [("fc1", M("Linear", 4, 8)), ("act", M("PReLU")), ("fc2", M("Linear", 8, 2))],
                    [modules_step(branch([init("xavier_uniform_", "weight"), init("zeros_", "bias")],
                                         isinstance=["Linear"]))]),
             with_reinit(M("Linear", 6, 6), call("weight", "kaiming_normal_", mode="fan_out", nonlinearity="relu"),
                         call("bias", "normal_", std=0.02)),
             with_reinit(M("Conv2d", 2, 4, 3), call("weight", "xavier_normal_"), call("bias", "constant_", val=0.1)),
             with_reinit(M("Embedding", 8, 4), call("weight", "uniform_", a=-0.5, b=0.5))]
    for dtype in HALF_DTYPES:
        for spec in specs:
            case_id = "%s(dtype=%s)+reinit/seed=0" % (spec["name"], dtype) if spec["type"] == "Custom" else None
            c.add(_with_dtype64(spec, dtype), tags=["half"], case_id=case_id)
    for dtype in HALF_DTYPES:  # other seeds, including 2^63 - 1 and -1
        for spec in [M("Linear", 20, 16), M("Embedding", 6, 4, padding_idx=2), M("LSTM", 4, 3)]:
            for seed in SEEDS[1:]:
                c.add(_with_dtype64(spec, dtype), seed, tags=["half", "seed-sweep"])
    if c.version != "1.13":  # torch 2.x only (after the shared half cases): RMSNorm, LayerNorm(bias=False)
        for dtype in HALF_DTYPES:
            for spec in [M("RMSNorm", 4), M("RMSNorm", [2, 3], eps=1e-6), M("RMSNorm", 4, elementwise_affine=False),
                         M("LayerNorm", 4, bias=False)]:
                c.add(_with_dtype64(spec, dtype), tags=["half"])


def build_module_cases(version="1.13"):
    """THE module case list of torch `version`, in generation order (append only)."""
    c = ModuleCaseList(version)
    add_leaf_cases(c)
    add_transformer_cases(c)
    add_container_cases(c)
    add_seed_cases(c)
    add_custom_cases(c)
    add_refusal_cases(c)
    if version != "1.13":
        add_torch2_cases(c)
    add_half_cases(c)  # issue 15: float16 and bfloat16 modules (every release, appended last)
    return c.cases
