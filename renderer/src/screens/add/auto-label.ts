// The label "Save now, finish the details later" gives a key saved before it was named:
// "Binance key 2026-12-01", made unique among the vault's labels (core refuses a clash).
export function autoLabel(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((l) => l.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const next = `${base} (${n})`;
    if (!used.has(next.toLowerCase())) return next;
  }
}
