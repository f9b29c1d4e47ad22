import { describe, expect, it } from 'vitest'

import { parseSoakOptions } from '../src/soak/options'
import { runSoak } from '../src/soak/runSoak'

// What CI runs: the soak of `npm run soak`, for 60 seconds (npm run soak runs 10 minutes by default).
describe('soak', () => {
  it('keeps the production server correct under 60 s of mixed load: no errors or 5xx, every acknowledged write kept, version counts consistent, RSS flat after warm-up', async () => {
    const result = await runSoak(parseSoakOptions(['--duration', '60s'], process.env), (line) => console.info(line))
    console.info(result.summary)
    expect(result.checks.filter((check) => !check.passed)).toEqual([])
    expect(result.counts.writesVerified).toBeGreaterThan(0)
  }, 600_000)
})
