// Derived data that several rules read from the same report (table 二 cells, prose, claims…) is
// worked out once per audit run instead of once per rule. The memo lives only while `runAudit`
// runs, so a report changed between two runs (tests build on a report and audit it again) is read
// afresh; outside a run every call simply computes. Callers share what is memoised: never mutate it.

let scope: WeakMap<object, Map<unknown, unknown>> | null = null;
let depth = 0;

/** Runs `run` with the memo on; what was memoised is dropped when the outermost run ends. */
export function withAuditMemo<T>(run: () => T): T {
  if (depth++ === 0) scope = new WeakMap();
  try {
    return run();
  } finally {
    if (--depth === 0) scope = null;
  }
}

/**
 * `derive(owner)`, computed once per audit run. `derive` is the key, so it must be a named
 * function of `owner` alone (not a closure made per call: that would never be found again).
 */
export function memo<O extends object, T>(owner: O, derive: (owner: O) => T): T {
  if (scope === null) return derive(owner);
  let entries = scope.get(owner);
  if (entries === undefined) {
    entries = new Map();
    scope.set(owner, entries);
  }
  const known = entries.get(derive);
  if (known !== undefined || entries.has(derive)) return known as T;
  const value = derive(owner);
  entries.set(derive, value);
  return value;
}
