import { describe, expect, it } from 'vitest'

import { richText } from '../src/seed/lexical'
import { differences, englishDraft, expectedThai, thai } from '../src/soak/content'
import { rssCheck, rssGrowth } from '../src/soak/memory'
import { parseDuration, parseSoakOptions } from '../src/soak/options'
import { percentile } from '../src/soak/stats'
import { fillTargets } from '../src/soak/xliff'

describe('soak options', () => {
  it('reads durations as seconds, minutes, hours, milliseconds or a bare number of seconds', () => {
    expect(parseDuration('60s')).toBe(60_000)
    expect(parseDuration('10m')).toBe(600_000)
    expect(parseDuration('1h')).toBe(3_600_000)
    expect(parseDuration('1m30s')).toBe(90_000)
    expect(parseDuration('250ms')).toBe(250)
    expect(parseDuration('90')).toBe(90_000)
    expect(() => parseDuration('ten minutes')).toThrow(/not a duration/)
    expect(() => parseDuration('10x')).toThrow(/not a duration/)
  })

  it('defaults to 10 minutes with a fifth of it as warm-up; flags win over the environment', () => {
    expect(parseSoakOptions([])).toMatchObject({ durationMs: 600_000, warmupMs: 120_000, readers: 4, stories: 3 })
    expect(parseSoakOptions([], { SOAK_DURATION: '60s', SOAK_READERS: '2' })).toMatchObject({ durationMs: 60_000, warmupMs: 12_000, readers: 2 })
    expect(parseSoakOptions(['--duration', '2m', '--stories=5'], { SOAK_DURATION: '60s' })).toMatchObject({ durationMs: 120_000, stories: 5 })
    expect(parseSoakOptions(['--rss-bound-mb', '100', '--warmup', '30s', '--duration', '5m'])).toMatchObject({ rssGrowthBoundMb: 100, warmupMs: 30_000 })
  })

  it('refuses unknown options, missing values and a warm-up that leaves nothing to judge', () => {
    expect(() => parseSoakOptions(['--durtion', '5m'])).toThrow(/Unknown option "--durtion"/)
    expect(() => parseSoakOptions(['--duration'])).toThrow(/needs a value/)
    expect(() => parseSoakOptions(['--duration', '5s'])).toThrow(/at least 10s/)
    expect(() => parseSoakOptions(['--duration', '60s', '--warmup', '40s'])).toThrow(/at most half/)
    expect(() => parseSoakOptions(['--readers', 'many'])).toThrow(/whole number/)
  })
})

describe('soak memory bound', () => {
  const series = (values: number[]) => values.map((mb, index) => ({ atMs: index * 1000, mb }))

  it('compares the median of the last quarter after warm-up with the median of the first quarter', () => {
    // Warm-up (ignored): 100 → 300; then a plateau with one collection dip and one spike.
    const growth = rssGrowth(series([100, 200, 300, 310, 250, 305, 312, 400, 311, 309, 313, 308, 311, 315, 310]), 3_000)!
    expect(growth.samples).toBe(12)
    expect(growth.firstQuarterMb).toBe(305)
    expect(growth.lastQuarterMb).toBe(311)
    expect(growth.growthMb).toBe(6)
    expect(growth.peakMb).toBe(400)
    expect([growth.firstQuarterLowMb, growth.lastQuarterLowMb]).toEqual([250, 310])
  })

  it('gives no verdict with fewer than 8 samples after warm-up', () => {
    expect(rssGrowth(series([1, 2, 3, 4, 5, 6, 7, 8]), 2_000)).toBeUndefined()
  })

  it('passes the memory check within the bound and fails it above, with the numbers it judged', () => {
    const samples = series(Array.from({ length: 40 }, (_, i) => 200 + 2 * i))
    expect(rssCheck(samples, 0, 128)).toMatchObject({ passed: true, name: 'server RSS growth after warm-up ≤ 128 MB' })
    const failed = rssCheck(samples, 0, 32)
    expect(failed.passed).toBe(false)
    expect(failed.detail).toMatch(/^\+60\.0 MB \(median of the last quarter 268\.0 − first quarter 208\.0; 40 samples/)
    expect(rssCheck(samples.slice(0, 5), 0, 128)).toMatchObject({ passed: false, detail: expect.stringMatching(/too few RSS samples/) })
  })

  it('reports steady growth', () => {
    const growth = rssGrowth(series(Array.from({ length: 40 }, (_, i) => 200 + 2 * i)), 0)!
    expect(growth.growthMb).toBeGreaterThan(55)
  })
})

describe('soak content checks', () => {
  it('fills every untranslated XLIFF segment and leaves translated ones alone', () => {
    const xml = [
      '<unit id="conditions:1:name" name="name"><segment id="s1"><source xml:space="preserve">Neck &amp; back</source></segment></unit>',
      '<unit id="conditions:1:body" name="body"><segment id="b0"><source xml:space="preserve">One</source></segment><segment id="b1"><source xml:space="preserve">Two <pc id="b1-1">bold</pc></source></segment></unit>',
      '<unit id="conditions:1:disclaimer" name="disclaimer"><segment id="s1" state="translated"><source xml:space="preserve">Keep</source><target xml:space="preserve">เดิม</target></segment></unit>',
    ].join('\n')
    const { xml: filled, units } = fillTargets(xml, thai)
    expect(units).toBe(2)
    expect(filled).toContain('<target xml:space="preserve">ไทย: Neck &amp; back</target>')
    expect(filled).toContain('<target xml:space="preserve">ไทย: One</target>')
    expect(filled).toContain('<target xml:space="preserve">ไทย: Two <pc id="b1-1">ไทย: bold</pc></target>')
    expect(filled).toContain('<target xml:space="preserve">เดิม</target>')
  })

  it('expects Thai for the localized text only, and compares rich text by its words and lists without row ids', () => {
    const english = englishDraft('conditions', 'Soak x condition 1')
    const expected = expectedThai(english)
    expect(Object.keys(expected).sort()).toEqual(['name', 'summary', 'symptoms'])
    expect(differences(expected, { ...expected, symptoms: (expected.symptoms as Array<{ text: string }>).map((row, i) => ({ ...row, id: `r${i}` })) })).toEqual([])
    expect(differences({ summary: 'a' }, { summary: 'b' })).toEqual(['summary: expected "a", got "b"'])
    expect(differences({ body: 'One\n\nTwo' }, { body: richText(['One', 'Two']) })).toEqual([])
    expect(differences({ body: richText(['One']) }, { body: richText(['One', 'Two']) })).toHaveLength(1)
  })

  it('takes percentiles by rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i)
    expect(percentile(values, 50)).toBe(50)
    expect(percentile(values, 99)).toBe(99)
    expect(percentile([], 99)).toBe(0)
  })
})
