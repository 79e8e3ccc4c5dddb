// Copyright 2026 the torch-parity authors. MIT license.
// RNNBase, RNN, LSTM, GRU, RNNCellBase, RNNCell, LSTMCell, GRUCell against live torch 1.13.1.
import { setTorchVersion } from "../random/torch_version.ts";
import { type LiveCase, liveTorchTest } from "./_rnn_live_torch_test.ts";
import { RNNBase } from "./rnn_base.ts";
import { RNN } from "./rnn.ts";
import { LSTM } from "./lstm.ts";
import { GRU } from "./gru.ts";
import { RNNCellBase } from "./rnn_cell_base.ts";
import { RNNCell } from "./rnn_cell.ts";
import { LSTMCell } from "./lstm_cell.ts";
import { GRUCell } from "./gru_cell.ts";

// These cases compare with the host's torch 1.13.1 (2.14 also refuses inputSize 0).
setTorchVersion("1.13");

const f64 = "float64" as const;

const cases: LiveCase[] = [
  // RNN
  { name: "RNN(4, 3)", py: "m = nn.RNN(4, 3)", ts: () => new RNN(4, 3) },
  {
    name: "RNN(4, 3, num_layers=2)",
    seed: 1,
    py: "m = nn.RNN(4, 3, num_layers=2)",
    ts: () => new RNN(4, 3, { numLayers: 2 }),
  },
  {
    name: "RNN relu, no bias, bidirectional, 2 layers",
    seed: 7,
    py: "m = nn.RNN(5, 3, num_layers=2, nonlinearity='relu', bias=False, bidirectional=True)",
    ts: () =>
      new RNN(5, 3, { numLayers: 2, nonlinearity: "relu", bias: false, bidirectional: true }),
  },
  {
    name: "RNN positional args, batch_first, dropout",
    seed: 3,
    py: "m = nn.RNN(6, 5, 3, True, True, 0.25, True, nonlinearity='tanh')",
    ts: () =>
      new RNN(6, 5, {
        numLayers: 3,
        nonlinearity: "tanh",
        bias: true,
        batchFirst: true,
        dropout: 0.25,
        bidirectional: true,
      }),
  },
  { name: "RNN(0, 2)", py: "m = nn.RNN(0, 2)", ts: () => new RNN(0, 2) },
  { name: "RNN(1, 1)", seed: 5, py: "m = nn.RNN(1, 1)", ts: () => new RNN(1, 1) },
  { name: "RNN(17, 16)", seed: 11, py: "m = nn.RNN(17, 16)", ts: () => new RNN(17, 16) },
  {
    name: "RNN float64 bidirectional",
    seed: 2,
    py: "m = nn.RNN(5, 7, bidirectional=True, dtype=torch.float64)",
    ts: () => new RNN(5, 7, { bidirectional: true, dtype: f64 }),
  },
  // LSTM
  { name: "LSTM(4, 3)", py: "m = nn.LSTM(4, 3)", ts: () => new LSTM(4, 3) },
  {
    name: "LSTM(10, 20, 2 layers, bidirectional, proj_size=8)",
    py: "m = nn.LSTM(10, 20, num_layers=2, bidirectional=True, proj_size=8)",
    ts: () => new LSTM(10, 20, { numLayers: 2, bidirectional: true, projSize: 8 }),
  },
  {
    name: "LSTM proj_size, no bias",
    seed: 4,
    py: "m = nn.LSTM(3, 5, proj_size=2, bias=False)",
    ts: () => new LSTM(3, 5, { projSize: 2, bias: false }),
  },
  {
    name: "LSTM proj_size, no bias, 3 layers, bidirectional",
    seed: 9,
    py: "m = nn.LSTM(3, 6, num_layers=3, proj_size=1, bias=False, bidirectional=True)",
    ts: () => new LSTM(3, 6, { numLayers: 3, projSize: 1, bias: false, bidirectional: true }),
  },
  {
    name: "LSTM 2 layers, dropout, batch_first",
    seed: 123456789,
    py: "m = nn.LSTM(4, 3, num_layers=2, dropout=0.3, batch_first=True)",
    ts: () => new LSTM(4, 3, { numLayers: 2, dropout: 0.3, batchFirst: true }),
  },
  {
    name: "LSTM(64, 32) (kernel blocks)",
    seed: 42,
    py: "m = nn.LSTM(64, 32)",
    ts: () => new LSTM(64, 32),
  },
  {
    name: "LSTM float64, 2 layers, bidirectional, proj_size=3",
    seed: 6,
    py: "m = nn.LSTM(5, 4, num_layers=2, bidirectional=True, proj_size=3, dtype=torch.float64)",
    ts: () => new LSTM(5, 4, { numLayers: 2, bidirectional: true, projSize: 3, dtype: f64 }),
  },
  // GRU
  { name: "GRU(4, 3)", py: "m = nn.GRU(4, 3)", ts: () => new GRU(4, 3) },
  {
    name: "GRU no bias, 3 layers, bidirectional",
    seed: 8,
    py: "m = nn.GRU(4, 3, num_layers=3, bias=False, bidirectional=True)",
    ts: () => new GRU(4, 3, { numLayers: 3, bias: false, bidirectional: true }),
  },
  {
    name: "GRU float64, 2 layers",
    seed: 10,
    py: "m = nn.GRU(9, 8, 2, dtype=torch.float64)",
    ts: () => new GRU(9, 8, { numLayers: 2, dtype: f64 }),
  },
  // RNNBase
  {
    name: "RNNBase('GRU', 4, 3)",
    py: "m = nn.RNNBase('GRU', 4, 3)",
    ts: () => new RNNBase("GRU", 4, 3),
  },
  {
    name: "RNNBase('RNN_RELU', 3, 2, num_layers=2)",
    seed: 13,
    py: "m = nn.RNNBase('RNN_RELU', 3, 2, num_layers=2)",
    ts: () => new RNNBase("RNN_RELU", 3, 2, { numLayers: 2 }),
  },
  {
    name: "RNNBase('GRU', 4, 5, proj_size=2) (projection outside LSTM)",
    seed: 14,
    py: "m = nn.RNNBase('GRU', 4, 5, proj_size=2, bidirectional=True)",
    ts: () => new RNNBase("GRU", 4, 5, { projSize: 2, bidirectional: true }),
  },
  // Cells
  { name: "RNNCell(4, 3)", py: "m = nn.RNNCell(4, 3)", ts: () => new RNNCell(4, 3) },
  {
    name: "RNNCell relu, no bias",
    seed: 15,
    py: "m = nn.RNNCell(4, 3, bias=False, nonlinearity='relu')",
    ts: () => new RNNCell(4, 3, { bias: false, nonlinearity: "relu" }),
  },
  { name: "RNNCell(3, 0)", py: "m = nn.RNNCell(3, 0)", ts: () => new RNNCell(3, 0) },
  { name: "LSTMCell(4, 3)", py: "m = nn.LSTMCell(4, 3)", ts: () => new LSTMCell(4, 3) },
  {
    name: "LSTMCell float64, no bias",
    seed: 16,
    py: "m = nn.LSTMCell(7, 5, bias=False, dtype=torch.float64)",
    ts: () => new LSTMCell(7, 5, { bias: false, dtype: f64 }),
  },
  { name: "GRUCell(4, 3)", py: "m = nn.GRUCell(4, 3)", ts: () => new GRUCell(4, 3) },
  {
    name: "GRUCell float64",
    seed: 17,
    py: "m = nn.GRUCell(2, 9, dtype=torch.float64)",
    ts: () => new GRUCell(2, 9, { dtype: f64 }),
  },
  {
    name: "RNNCellBase(3, 2, True, 2)",
    seed: 18,
    py: "m = nn.RNNCellBase(3, 2, True, 2)",
    ts: () => new RNNCellBase(3, 2, true, 2),
  },
  // Refused arguments: nothing drawn here; torch refuses them too unless `stricter`.
  {
    name: "refused: proj_size == hidden_size",
    py: "m = nn.LSTM(3, 4, proj_size=4)",
    ts: () => new LSTM(3, 4, { projSize: 4 }),
    refuses: /^Cannot create LSTM: projSize has to be smaller than hiddenSize/,
  },
  {
    name: "refused: negative proj_size",
    py: "m = nn.LSTM(3, 4, proj_size=-1)",
    ts: () => new LSTM(3, 4, { projSize: -1 }),
    refuses: /projSize must be at least 0, received -1/,
  },
  {
    name: "refused: proj_size on RNN",
    py: "m = nn.RNN(3, 4, proj_size=0)",
    ts: () => new RNN(3, 4, { projSize: 0 } as never),
    refuses: /projSize is only supported for LSTM, not RNN or GRU/,
  },
  {
    name: "refused: proj_size on GRU",
    py: "m = nn.GRU(3, 4, proj_size=2)",
    ts: () => new GRU(3, 4, { projSize: 2 } as never),
    refuses: /projSize is only supported for LSTM/,
  },
  {
    name: "refused: unknown nonlinearity",
    py: "m = nn.RNN(3, 4, nonlinearity='sigmoid')",
    ts: () => new RNN(3, 4, { nonlinearity: "sigmoid" as "tanh" }),
    refuses: /nonlinearity must be one of "tanh", "relu", received "sigmoid"/,
  },
  {
    name: "refused: dropout > 1",
    py: "m = nn.GRU(3, 4, num_layers=2, dropout=1.5)",
    ts: () => new GRU(3, 4, { numLayers: 2, dropout: 1.5 }),
    refuses: /dropout must be in \[0, 1\], received 1.5/,
  },
  {
    name: "refused: dropout < 0",
    py: "m = nn.LSTM(3, 4, num_layers=2, dropout=-0.1)",
    ts: () => new LSTM(3, 4, { numLayers: 2, dropout: -0.1 }),
    refuses: /dropout must be in \[0, 1\], received -0.1/,
  },
  {
    name: "refused: hidden_size 0",
    py: "m = nn.LSTM(3, 0)",
    ts: () => new LSTM(3, 0),
    refuses: /hiddenSize must be positive, received 0/,
  },
  {
    name: "refused: num_layers 0",
    py: "m = nn.GRU(3, 4, num_layers=0)",
    ts: () => new GRU(3, 4, { numLayers: 0 }),
    refuses: /numLayers must be positive, received 0/,
  },
  {
    name: "refused: negative input_size",
    py: "m = nn.RNN(-1, 4)",
    ts: () => new RNN(-1, 4),
    refuses: /inputSize must be at least 0, received -1/,
  },
  {
    name: "refused: unknown mode",
    py: "m = nn.RNNBase('LSTMX', 3, 4)",
    ts: () => new RNNBase("LSTMX" as "LSTM", 3, 4),
    refuses: /mode must be one of "LSTM", "GRU", "RNN_TANH", "RNN_RELU", received "LSTMX"/,
  },
  {
    name: "refused: RNNCell with an unknown nonlinearity (torch fails in forward only)",
    py: "m = nn.RNNCell(3, 4, nonlinearity='sigmoid')",
    ts: () => new RNNCell(3, 4, { nonlinearity: "sigmoid" as "tanh" }),
    refuses: /^Cannot create RNNCell: nonlinearity must be one of "tanh", "relu"/,
    stricter: true,
  },
  {
    name: "refused: negative hidden_size of a cell",
    py: "m = nn.GRUCell(3, -2)",
    ts: () => new GRUCell(3, -2),
    refuses: /hiddenSize must be at least 0, received -2/,
  },
];

liveTorchTest("RNN, LSTM, GRU and their cells match torch 1.13.1 bit for bit", cases);
