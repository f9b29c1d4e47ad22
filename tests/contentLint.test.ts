import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_CONTENT_RULES } from '../src/contentLint/defaultRules'
import type { LintDocument } from '../src/contentLint/document'
import { readPublishedContent } from '../src/contentLint/fromApi'
import { lintDocuments } from '../src/contentLint/lint'
import { loadContentRules, RulesFileError } from '../src/contentLint/loadRules'
import { seed } from '../src/seed'
import { createStaff, type Staff } from './helpers/staff'
import { startTestServer, type TestServer } from './helpers/testServer'
import { publishThroughReview } from './helpers/workflow'

/** A document with nothing wrong; each test changes what its rule is about. */
const document = (changes: Partial<LintDocument> = {}): LintDocument => ({
  collection: 'conditions',
  name: 'example',
  about: { en: 'Neck pain\nPain in the neck.', th: 'ปวดคอ\nอาการปวดบริเวณคอ' },
  texts: [{ path: 'summary', en: 'Pain in the neck.', th: 'อาการปวดบริเวณคอ' }],
  lists: { redFlags: { en: [], th: [] } },
  values: { bodyRegions: ['hip'], acupointRegions: ['neck'] },
  references: [{ title: 'A review', url: 'https://doi.org/10.1002/14651858.CD001139.pub4' }],
  ...changes,
})
const rulesFound = (doc: LintDocument, context = {}) => lintDocuments([doc], DEFAULT_CONTENT_RULES, context).map((finding) => `${finding.rule} ${finding.where ?? ''}`.trim())
const pregnancy = { en: 'Back pain in pregnancy', th: 'ปวดหลังขณะตั้งครรภ์' }

describe('content lint rules', () => {
  it('finds nothing in a document with nothing wrong', () => {
    expect(rulesFound(document())).toEqual([])
  })

  it('flags a pregnancy condition that lists an acupoint region avoided in pregnancy, in either language’s title', () => {
    expect(rulesFound(document({ about: pregnancy, values: { acupointRegions: ['back-of-knee', 'hands'] } }))).toEqual(['pregnancy-avoided-regions acupointRegions'])
    expect(rulesFound(document({ about: { en: 'Back pain', th: 'ปวดหลังในหญิงตั้งครรภ์' }, values: { acupointRegions: ['abdomen'] } }))).toEqual(['pregnancy-avoided-regions acupointRegions'])
    expect(rulesFound(document({ values: { acupointRegions: ['hands'] } }))).toEqual([])
  })

  it('flags a point avoided in pregnancy named without a warning, and accepts the same point in a warning', () => {
    const texts = [
      { path: 'description', en: 'We use LI4 on the hand to relax you. Sessions last 30 minutes.', th: 'เราฝังเข็มที่จุดเหอกู่บนมือเพื่อให้ผ่อนคลาย' },
      { path: 'notes', en: 'Points such as LI4 and SP6 are avoided in pregnancy.', th: 'ในหญิงตั้งครรภ์ต้องหลีกเลี่ยงจุดเหอกู่ (LI4)' },
    ]
    expect(rulesFound(document({ about: pregnancy, texts }))).toEqual(['pregnancy-avoided-points description (en)', 'pregnancy-avoided-points description (th)'])
  })

  it('flags emergency advice without the emergency number in either language, and uses the clinic’s number', () => {
    const texts = [{ path: 'advice', en: 'Call emergency services (1669) at once.', th: 'หากมีอาการ ให้โทรเรียกรถพยาบาลทันที' }]
    expect(rulesFound(document({ texts }))).toEqual(['emergency-number advice (th)'])
    expect(rulesFound(document({ lists: { redFlags: { en: ['Chest pain: call an ambulance'], th: [] } } }))).toEqual(['emergency-number redFlags.0 (en)'])
    const both = [{ path: 'advice', en: 'Call emergency services on 1669.', th: 'โทรเรียกรถพยาบาล 1669 ทันที' }]
    expect(rulesFound(document({ texts: both }))).toEqual([])
    expect(rulesFound(document({ texts: both }), { emergencyNumber: '191' })).toEqual(['emergency-number advice (en)', 'emergency-number advice (th)'])
  })

  it('flags a reference without a URL or DOI, and accepts a DOI in the title', () => {
    const references = [
      { title: 'Guidelines on Basic Training and Safety in Acupuncture', url: null },
      { title: 'A trial, doi:10.1001/archinternmed.2009.65' },
      { title: 'A page', url: 'ftp://example.org/page' },
    ]
    expect(rulesFound(document({ references }))).toEqual(['reference-link references.0', 'reference-link references.2'])
  })

  it('flags Thai text without Thai script or identical to the English, but not a field that has no Thai of its own', () => {
    const texts = [
      { path: 'summary', en: 'Pain in the neck.', th: 'Pain in the neck.' },
      { path: 'notes', en: 'Rest well.', th: 'Rest well and drink water' },
      { path: 'description', en: 'Untranslated yet.', th: null },
      { path: 'seoTitle', en: 'NICE NG59 (2016)', th: 'NICE NG59 (2016) แนวทางเวชปฏิบัติ' },
    ]
    expect(rulesFound(document({ texts, lists: { symptoms: { en: ['Stiffness'], th: ['Stiffness'] } } }))).toEqual([
      'thai-text summary (th)',
      'thai-text notes (th)',
      'thai-text symptoms.0 (th)',
    ])
  })

  it('flags a red-flag list missing the warning signs its body region requires, per language', () => {
    const lists = {
      redFlags: {
        en: ['Weakness or numbness in an arm or hand', 'Fever or feeling unwell', 'Pain after a fall or accident', 'Chest pain or shortness of breath'],
        th: ['แขนหรือมืออ่อนแรงหรือชา', 'มีไข้'],
      },
    }
    expect(rulesFound(document({ values: { bodyRegions: ['neck', 'upper-back'] }, lists }))).toEqual(['red-flags-neck redFlags (th)', 'red-flags-upper-back redFlags (th)'])
    const lowBack = lintDocuments([document({ values: { bodyRegions: ['lower-back'] }, lists: { redFlags: { en: ['Fever'], th: [] } } })], DEFAULT_CONTENT_RULES)
    expect(lowBack.map((finding) => finding.message)).toEqual([
      'is about the lower back but its red flags do not name: saddle numbness, loss of bladder or bowel control, leg weakness that gets worse, weight loss or a history of cancer, a fall or injury',
    ])
  })
})

describe('a clinic’s own content rules', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-rules-'))
  const write = (name: string, content: unknown) => {
    const file = path.join(dir, name)
    fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content))
    return file
  }

  it('adds its rules to the defaults and replaces a default rule of the same id', () => {
    const rules = loadContentRules(
      write('rules.json', [
        { id: 'no-cure-claims', kind: 'avoid-text', message: 'claims a cure', context: { en: ['.'], th: ['.'] }, avoid: { en: ['\\bcures?\\b'], th: ['หายขาด'] }, unlessSentence: { en: ['\\bnot\\b'], th: ['ไม่'] } },
        { id: 'emergency-number', kind: 'mention-requires', message: 'no number', mention: { en: ['urgent'] }, require: { en: ['{emergencyNumber}'] } },
      ]),
    )
    expect(rules.map((rule) => rule.id)).toContain('no-cure-claims')
    expect(rules.filter((rule) => rule.id === 'emergency-number')).toHaveLength(1)
    const claim = document({ texts: [{ path: 'summary', en: 'Acupuncture cures back pain.', th: 'การฝังเข็มรักษาอาการปวดหลังให้หายขาด' }] })
    expect(lintDocuments([claim], rules).map((finding) => `${finding.rule} ${finding.where}`)).toEqual(['no-cure-claims summary (en)', 'no-cure-claims summary (th)'])
  })

  it('refuses a rules file that is not JSON, has an unknown kind or a broken pattern, naming the rule', () => {
    expect(() => loadContentRules(write('broken.json', '[{'))).toThrow(RulesFileError)
    expect(() => loadContentRules(write('kind.json', [{ id: 'x', kind: 'shout', message: 'm' }]))).toThrow(/rule 1 has kind "shout"/)
    expect(() => loadContentRules(write('pattern.json', [{ id: 'x', kind: 'mention-requires', message: 'm', mention: { en: ['(unclosed'] }, require: {} }]))).toThrow(
      /rule 1 "mention.en" has a pattern that is not a regular expression/,
    )
  })
})

describe('content lint over the public API', () => {
  let server: TestServer
  let staff: Staff
  beforeAll(async () => {
    server = await startTestServer('content_lint')
    staff = await createStaff(server)
  })
  afterAll(async () => {
    await server?.close()
  })

  it('reads every published document in both languages and finds what is wrong with a published one', async () => {
    await publishThroughReview(
      server,
      staff,
      'conditions',
      { name: 'Back pain in pregnancy (test)', summary: 'Back pain in pregnancy.', bodyRegions: ['lower-back'], acupointRegions: ['hands'], redFlags: [{ text: 'Fever' }] },
      { name: 'ปวดหลังขณะตั้งครรภ์ (ทดสอบ)', summary: 'Back pain in pregnancy.' },
    )
    // A draft is not what the public sees: the lint does not read it.
    await server.runtime.payload.create({ collection: 'conditions', data: { name: 'Draft with LI4 in pregnancy', summary: 'Draft.', bodyRegions: ['neck'] }, draft: true })

    const { documents } = await readPublishedContent(server.baseURL, server.runtime.config)
    expect(documents.map((doc) => `${doc.collection}/${doc.name}`)).toEqual(['conditions/back-pain-in-pregnancy-test', 'clinic-profile/clinic-profile'])
    const findings = lintDocuments(documents, DEFAULT_CONTENT_RULES).map((finding) => `${finding.rule} ${finding.where}`)
    expect(findings).toEqual(['pregnancy-avoided-regions acupointRegions', 'thai-text summary (th)', 'red-flags-low-back redFlags (en)'])
  })
})
