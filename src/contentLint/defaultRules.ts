import type { ContentRule } from './ruleTypes'

const PREGNANCY = { en: ['pregnan', 'antenatal', 'prenatal'], th: ['ตั้งครรภ์', 'มีครรภ์', 'คนท้อง'] }
const SAYS_AVOID = {
  en: ['avoid', '\\bnot\\b', '\\bnever\\b', '\\bno\\b', "n't\\b", 'except', 'unsafe'],
  th: ['หลีกเลี่ยง', 'ไม่', 'งด', 'ห้าม', 'เว้น'],
}

/**
 * The rules every clinic's medical content is checked against (docs/content.md explains each).
 * Safety rules follow WHO's 1999 guidelines on basic training and safety in acupuncture and the
 * red flags of NICE NG59 and the NHS; a clinic adds stricter ones with CONTENT_RULES_FILE.
 */
export const DEFAULT_CONTENT_RULES: ContentRule[] = [
  {
    id: 'pregnancy-avoided-regions',
    kind: 'avoid-values',
    message:
      'is about pregnancy but lists an acupoint region avoided in pregnancy (WHO 1999: lower abdomen and lumbosacral points, and points with strong stimulation such as LI4 on the hand, SP6 and BL60/BL67 at the ankle and foot, GB21 on the shoulder)',
    collections: ['conditions', 'treatment-methods'],
    context: PREGNANCY,
    field: 'acupointRegions',
    avoid: ['hands', 'feet', 'abdomen', 'lumbosacral', 'shoulders'],
  },
  {
    id: 'pregnancy-avoided-points',
    kind: 'avoid-text',
    message: 'is about pregnancy and names a point avoided in pregnancy without saying it is avoided',
    context: PREGNANCY,
    avoid: {
      en: ['\\bLI\\s?-?4\\b', '\\bSP\\s?-?6\\b', '\\bBL\\s?-?6[07]\\b', '\\bGB\\s?-?21\\b', 'hegu', 'sanyinjiao', 'kunlun', 'zhiyin', 'jianjing', 'ear points', 'auricular'],
      th: ['\\bLI\\s?-?4\\b', '\\bSP\\s?-?6\\b', '\\bBL\\s?-?6[07]\\b', '\\bGB\\s?-?21\\b', 'เหอกู่', 'ซานอินเจียว', 'จุดบนใบหู', 'ฝังเข็มที่หู'],
    },
    unlessSentence: SAYS_AVOID,
  },
  {
    id: 'emergency-number',
    kind: 'mention-requires',
    message: 'tells the reader to get emergency help without giving the emergency number ({emergencyNumber})',
    mention: {
      en: ['emergency services', 'emergency number', 'call an? ambulance', 'call for an? ambulance', 'emergency department', 'emergency room'],
      th: ['เรียกรถพยาบาล', 'การแพทย์ฉุกเฉิน', 'หมายเลขฉุกเฉิน', 'เบอร์ฉุกเฉิน', 'ห้องฉุกเฉิน', 'แผนกฉุกเฉิน'],
    },
    require: { en: ['{emergencyNumber}'], th: ['{emergencyNumber}'] },
  },
  { id: 'reference-link', kind: 'reference-link', message: 'has a reference without a URL or DOI' },
  { id: 'thai-text', kind: 'thai-text', message: 'has Thai text that is not Thai' },
  {
    id: 'red-flags-low-back',
    kind: 'red-flags',
    message: 'is about the lower back but its red flags do not name',
    collections: ['conditions'],
    regionField: 'bodyRegions',
    regions: ['lower-back'],
    list: 'redFlags',
    requires: [
      { name: 'saddle numbness', en: ['saddle'], th: ['อาน', 'ฝีเย็บ'] },
      { name: 'loss of bladder or bowel control', en: ['bladder', 'bowel'], th: ['ปัสสาวะ', 'อุจจาระ'] },
      { name: 'leg weakness that gets worse', en: ['weak[a-z]*\\b.*\\blegs?\\b', '\\blegs?\\b.*\\bweak'], th: ['ขา.*อ่อนแรง', 'อ่อนแรง.*ขา'] },
      { name: 'fever', en: ['fever'], th: ['ไข้'] },
      { name: 'weight loss or a history of cancer', en: ['weight loss', 'cancer'], th: ['น้ำหนักลด', 'มะเร็ง'] },
      { name: 'a fall or injury', en: ['\\bfall\\b', 'injur', 'accident'], th: ['หกล้ม', 'อุบัติเหตุ', 'บาดเจ็บ'] },
    ],
  },
  {
    id: 'red-flags-neck',
    kind: 'red-flags',
    message: 'is about the neck but its red flags do not name',
    collections: ['conditions'],
    regionField: 'bodyRegions',
    regions: ['neck'],
    list: 'redFlags',
    requires: [
      {
        name: 'arm or hand weakness or numbness',
        en: ['\\b(arms?|hands?)\\b.*\\b(weak|numb)', '\\b(weak|numb)[a-z]*\\b.*\\b(arms?|hands?)\\b'],
        th: ['(แขน|มือ).*(อ่อนแรง|ชา)', '(อ่อนแรง|ชา).*(แขน|มือ)'],
      },
      { name: 'fever', en: ['fever'], th: ['ไข้'] },
      { name: 'a fall or injury', en: ['\\bfall\\b', 'injur', 'accident'], th: ['หกล้ม', 'อุบัติเหตุ', 'บาดเจ็บ'] },
    ],
  },
  {
    id: 'red-flags-upper-back',
    kind: 'red-flags',
    message: 'is about the upper back but its red flags do not name',
    collections: ['conditions'],
    regionField: 'bodyRegions',
    regions: ['upper-back'],
    list: 'redFlags',
    requires: [
      { name: 'chest pain', en: ['chest'], th: ['หน้าอก'] },
      { name: 'fever', en: ['fever'], th: ['ไข้'] },
    ],
  },
]
