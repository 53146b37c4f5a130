/** Calls per second of a function, measured after a warm-up over a fixed time budget. */
export function perSecond(f: () => unknown, budgetMs = 400): number {
  for (let i = 0; i < 2000; i++) f();
  let calls = 0;
  const start = process.hrtime.bigint();
  const budget = BigInt(budgetMs) * 1_000_000n;
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let i = 0; i < 500; i++) f();
    calls += 500;
    elapsed = process.hrtime.bigint() - start;
  }
  return (calls * 1e9) / Number(elapsed);
}

export const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
