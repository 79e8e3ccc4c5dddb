/**
 * Level 4, bit-exact: for ports that claim torch-stream parity (they can be
 * seeded), replay every golden case recorded from PyTorch that the port can
 * express (contiguous tensors, the default generator, ops it implements),
 * compare the bits of every output, check that refused calls are refused, and
 * compare the number of generator draws by asking for the next raw words
 * after each case (this library, whose stream is proven by the same goldens,
 * provides the expected words). `orthogonal_` goes through LAPACK in torch and
 * is compared within 1e-5 (float32) / 1e-12 (float64).
 *
 * @module
 */
import type { Capability } from "../port.js";
import { type LevelContext } from "./_common.js";
/** Run level 4 on `ctx.port` against the goldens of `capability`. */
export declare function runBitExact(ctx: LevelContext, capability: Capability, torchVersion?: "1.13" | "2.6" | "2.14"): Promise<void>;
