/**
 * `torch.nn.ChannelShuffle`.
 *
 * @module
 */
import { Module } from "./module.js";
/**
 * `torch.nn.ChannelShuffle(groups)`: shuffles the channels in `groups` groups.
 * It has no parameters or buffers and draws nothing; its arguments are
 * validated and kept as fields, so a state dict walks through it with torch's
 * key names.
 *
 * @param groups Number of groups.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If an argument is out of range.
 *
 * @example
 * ```ts
 * import { ChannelShuffle } from "@torch-parity/init/nn";
 * import assert from "node:assert/strict";
 *
 * const m = new ChannelShuffle(2);
 * assert.equal(m.stateDict().size, 0);
 * assert.deepEqual(m.groups, 2);
 * ```
 */
export declare class ChannelShuffle extends Module {
    /** Number of groups. */
    groups: number;
    /**
     * Create a `ChannelShuffle`; see {@linkcode ChannelShuffle} for what it holds and how it is
     * initialised.
     *
     * @param groups Number of groups.
     * @throws {TypeError} If an argument has the wrong type.
     * @throws {RangeError} If an argument is out of range.
     */
    constructor(groups: number);
}
