/** Nearest-rank percentile of a list of durations in milliseconds. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.max(0, rank - 1)]
}

export function summarize(samples: number[]) {
  return {
    n: samples.length,
    p50_ms: round(percentile(samples, 50)),
    p95_ms: round(percentile(samples, 95)),
    max_ms: round(Math.max(...samples)),
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10

/**
 * Runs two arms in turn (a, b, a, b...) so both see the same server state,
 * drops the warm-up pairs, and returns each arm's timings.
 */
export async function interleave(
  armA: () => Promise<number>,
  armB: () => Promise<number>,
  { samples, warmup }: { samples: number; warmup: number }
): Promise<[number[], number[]]> {
  const a: number[] = []
  const b: number[] = []
  for (let i = 0; i < warmup + samples; i++) {
    const ta = await armA()
    const tb = await armB()
    if (i >= warmup) {
      a.push(ta)
      b.push(tb)
    }
  }
  return [a, b]
}

/** Runs two arms interleaved (see `interleave`) and summarizes each one's timings. */
export async function compareArms(
  armA: () => Promise<number>,
  armB: () => Promise<number>,
  options: { samples: number; warmup: number }
) {
  const [a, b] = await interleave(armA, armB, options)
  return [summarize(a), summarize(b)] as const
}

/** `value` as a multiple of `base`, to three decimals. */
export const ratio = (value: number, base: number) => Math.round((value / base) * 1000) / 1000
