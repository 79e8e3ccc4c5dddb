// Copyright 2026 the torch-parity authors. MIT license.
/**
 * Helpers for the module-level mutants (level 5): this library's own port
 * (`selfPort`, avx2, torch 1.13) whose `module` is wrapped with one bug, as
 * `conformance/levels/modules_test.ts` does. A bug rewrites the spec before
 * the build (`spec`), or edits the state dict afterwards (`result`).
 *
 * Each mutant file exports two ports: the default one claims stream parity
 * (capability avx2, torch's seeds), so level 5's bit-exact check applies;
 * `withoutParity` has the same bug in a port without parity (no capability,
 * every seed + 1: other draws, as a correct non-parity port would make), so
 * only the structure, deterministic-entry and law checks can see it.
 *
 * @module
 */

import { Generator } from "../../../src/mod.ts";
import type { ModuleResult, ModuleStateEntry, Port } from "../../port.ts";
import { selfPort } from "../../self_port.ts";

/** A spec node as JSON data (golden/README.md "SPEC"). */
export type SpecNode = {
  type: string;
  args?: unknown[];
  kwargs?: Record<string, unknown>;
  reinit?: ReinitNode[];
  name?: string;
  children?: [string, unknown][];
};

/** A re-init step as JSON data. */
export type ReinitNode = { op: string; [key: string]: unknown };

/** One bug: a spec rewrite before the build, or a state-dict edit after it. */
export interface ModuleBug {
  /** Rewrite the spec (already a deep copy: edit it in place or return another). */
  spec?: (spec: SpecNode) => SpecNode;
  /** Edit the state dict (the port's own copy) in place. */
  result?: (stateDict: ModuleStateEntry[], spec: SpecNode, seed: bigint) => void;
}

/**
 * This library's port with `bug` in its `module` (and no init ops: the
 * mutant is graded at level 5 only).
 */
export function moduleMutant(
  name: string,
  bug: ModuleBug,
  options: { parity?: boolean } = {},
): Port {
  const parity = options.parity ?? true;
  const self = selfPort("avx2", new Generator(), "1.13");
  return {
    name: `mutant: ${name}${parity ? "" : " (without parity)"}`,
    ops: [],
    capability: parity ? "avx2" : undefined,
    torchVersion: "1.13",
    async module(request): Promise<ModuleResult> {
      let spec = structuredClone(request.spec) as SpecNode;
      if (bug.spec) spec = bug.spec(spec);
      const seed = parity ? request.seed : request.seed + 1n;
      const r = await self.module!({ spec, seed });
      bug.result?.(r.stateDict, request.spec as SpecNode, seed);
      return r;
    },
  };
}

/** Whether `x` is a spec node (an object with a `type`). */
export function isSpec(x: unknown): x is SpecNode {
  return x !== null && typeof x === "object" && !Array.isArray(x) && "type" in x;
}

/**
 * Every spec node inside `value` rewritten by `fn`, children first (the
 * argument lists, keyword values and Custom children are searched).
 */
export function mapSpecs(value: unknown, fn: (spec: SpecNode) => SpecNode): unknown {
  if (Array.isArray(value)) return value.map((v) => mapSpecs(v, fn));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = k === "reinit" ? v : mapSpecs(v, fn);
  return isSpec(out) ? fn(out) : out;
}

/** Whether the spec or any spec inside it has re-init steps. */
export function hasReinit(spec: unknown): boolean {
  let found = false;
  mapSpecs(spec, (s) => {
    if (s.reinit !== undefined && s.reinit.length > 0) found = true;
    return s;
  });
  return found;
}

/** The entry named `name`, if any. */
export function entryNamed(
  stateDict: readonly ModuleStateEntry[],
  name: string,
): ModuleStateEntry | undefined {
  return stateDict.find((e) => e.name === name);
}

/** `"a.b.bias"` → `"a.b."`; `"bias"` → `""`. */
export function prefixOf(name: string): string {
  return name.slice(0, name.lastIndexOf(".") + 1);
}
