/**
 * The translation dashboard's interface strings, in the admin UI's two languages. The view, its
 * tools and the nav link pick one with `labelsFor(i18n.language)`. Status names come from
 * TRANSLATION_STATUS_LABELS (src/translation/status.ts).
 */
export type UiLanguage = 'en' | 'th'

/** What the import endpoint reports for each unit of a file. */
export type Outcome = 'applied' | 'unchanged' | 'conflict' | 'rejected'

export type TranslationsLabels = {
  title: string
  intro: string
  into: (localeName: string) => string
  otherLanguages: string
  allContent: string
  documentsNeedingWork: string
  columns: { title: string; status: string; progress: string; outdatedFields: string }
  progress: (translated: number, total: number) => string
  noFields: string
  allTranslated: string
  noDocuments: string
  none: string
  forStaff: string
  sourceLanguage: (targets: string) => string
  unknownLocale: (targets: string) => string
  notYourLanguage: (localeName: string, yours: string) => string
  noLanguageYet: string
  loadFailed: string
  tools: {
    exportHeading: string
    exportHint: string
    exportNeedsWorkXliff: string
    exportNeedsWorkJson: string
    exportEverythingXliff: string
    importHeading: string
    importHint: string
    fileLabel: string
    importButton: string
    importing: string
    chooseFileFirst: string
    importFailed: (status: number) => string
    reportHeading: (fileName: string) => string
    documents: (count: number) => string
    outcomes: Record<Outcome, string>
    allApplied: string
    notApplied: string
    unitColumns: { unit: string; outcome: string; reason: string }
  }
}

export const labels: Record<UiLanguage, TranslationsLabels> = {
  en: {
    title: 'Translations',
    intro:
      'How far each collection is translated from English, and which documents need work: missing translations, translations in progress, and translations whose English has changed since (outdated). Titles open the document in the language being translated.',
    into: (localeName) => `Translating into ${localeName}`,
    otherLanguages: 'Other languages:',
    allContent: 'All content',
    documentsNeedingWork: 'Documents needing work',
    columns: { title: 'Title', status: 'Status', progress: 'Progress', outdatedFields: 'Outdated fields' },
    progress: (translated, total) => `${translated} of ${total} ${total === 1 ? 'field' : 'fields'} translated`,
    noFields: 'No English text yet',
    allTranslated: 'Every document in this collection is translated.',
    noDocuments: 'No documents yet.',
    none: '—',
    forStaff: 'Translations are for clinic staff. Ask an administrator for a role.',
    sourceLanguage: (targets) => `English is the source language: choose a language to translate into (${targets}).`,
    unknownLocale: (targets) => `This CMS translates into ${targets} only.`,
    notYourLanguage: (localeName, yours) => `You translate into ${yours} only, not ${localeName}. Ask an administrator to add the language to your account.`,
    noLanguageYet: 'no language yet',
    loadFailed: 'The translation status could not be loaded.',
    tools: {
      exportHeading: 'Export for translation',
      exportHint: 'XLIFF 2.1 for translation tools, JSON for scripts. Translate the target texts and import the file below.',
      exportNeedsWorkXliff: 'Export missing and outdated (XLIFF)',
      exportNeedsWorkJson: 'Export missing and outdated (JSON)',
      exportEverythingXliff: 'Export everything (XLIFF)',
      importHeading: 'Import translations',
      importHint:
        'An exported .xlf or .json file with the translations filled in. Each document gets one draft save; texts whose English changed since the export are not applied.',
      fileLabel: 'Translation file (.xlf, .xliff, .json)',
      importButton: 'Import',
      importing: 'Importing…',
      chooseFileFirst: 'Choose a file first.',
      importFailed: (status) => `The import failed (HTTP ${status}).`,
      reportHeading: (fileName) => `Import of ${fileName}`,
      documents: (count) => (count === 1 ? '1 document' : `${count} documents`),
      outcomes: { applied: 'Applied', unchanged: 'Unchanged', conflict: 'Conflict', rejected: 'Rejected' },
      allApplied: 'Every text in the file was applied.',
      notApplied: 'Texts not applied',
      unitColumns: { unit: 'Unit', outcome: 'Outcome', reason: 'Reason' },
    },
  },
  th: {
    title: 'การแปล',
    intro:
      'ความคืบหน้าการแปลจากภาษาอังกฤษของเนื้อหาแต่ละประเภท และเอกสารที่ต้องดำเนินการ: ยังไม่ได้แปล กำลังแปล และคำแปลที่ต้นฉบับภาษาอังกฤษเปลี่ยนไปแล้ว ชื่อเรื่องจะเปิดเอกสารในภาษาที่กำลังแปล',
    into: (localeName) => `แปลเป็นภาษา${localeName}`,
    otherLanguages: 'ภาษาอื่น:',
    allContent: 'เนื้อหาทั้งหมด',
    documentsNeedingWork: 'เอกสารที่ต้องดำเนินการ',
    columns: { title: 'ชื่อเรื่อง', status: 'สถานะ', progress: 'ความคืบหน้า', outdatedFields: 'ช่องที่ต้นฉบับเปลี่ยน' },
    progress: (translated, total) => `แปลแล้ว ${translated} จาก ${total} ช่อง`,
    noFields: 'ยังไม่มีข้อความภาษาอังกฤษ',
    allTranslated: 'เอกสารทุกฉบับในประเภทนี้แปลแล้ว',
    noDocuments: 'ยังไม่มีเอกสาร',
    none: '—',
    forStaff: 'หน้าการแปลสำหรับเจ้าหน้าที่ของคลินิกเท่านั้น โปรดขอบทบาทจากผู้ดูแลระบบ',
    sourceLanguage: (targets) => `ภาษาอังกฤษเป็นภาษาต้นฉบับ: เลือกภาษาที่จะแปล (${targets})`,
    unknownLocale: (targets) => `ระบบนี้แปลเป็นภาษา ${targets} เท่านั้น`,
    notYourLanguage: (localeName, yours) => `คุณแปลได้เฉพาะภาษา ${yours} ไม่ใช่ภาษา${localeName} โปรดขอให้ผู้ดูแลระบบเพิ่มภาษานี้ให้บัญชีของคุณ`,
    noLanguageYet: 'ยังไม่มีภาษา',
    loadFailed: 'โหลดสถานะการแปลไม่สำเร็จ',
    tools: {
      exportHeading: 'ส่งออกเพื่อแปล',
      exportHint: 'XLIFF 2.1 สำหรับโปรแกรมช่วยแปล JSON สำหรับสคริปต์ แปลข้อความเป้าหมายแล้วนำเข้าไฟล์ด้านล่าง',
      exportNeedsWorkXliff: 'ส่งออกส่วนที่ยังไม่แปลและต้นฉบับเปลี่ยน (XLIFF)',
      exportNeedsWorkJson: 'ส่งออกส่วนที่ยังไม่แปลและต้นฉบับเปลี่ยน (JSON)',
      exportEverythingXliff: 'ส่งออกทั้งหมด (XLIFF)',
      importHeading: 'นำเข้าคำแปล',
      importHint:
        'ไฟล์ .xlf หรือ .json ที่ส่งออกไปและใส่คำแปลแล้ว แต่ละเอกสารจะถูกบันทึกเป็นฉบับร่างหนึ่งครั้ง ข้อความที่ต้นฉบับภาษาอังกฤษเปลี่ยนไปหลังส่งออกจะไม่ถูกนำเข้า',
      fileLabel: 'ไฟล์คำแปล (.xlf, .xliff, .json)',
      importButton: 'นำเข้า',
      importing: 'กำลังนำเข้า…',
      chooseFileFirst: 'โปรดเลือกไฟล์ก่อน',
      importFailed: (status) => `นำเข้าไม่สำเร็จ (HTTP ${status})`,
      reportHeading: (fileName) => `ผลการนำเข้า ${fileName}`,
      documents: (count) => `${count} เอกสาร`,
      outcomes: { applied: 'นำเข้าแล้ว', unchanged: 'ไม่เปลี่ยนแปลง', conflict: 'ต้นฉบับเปลี่ยน', rejected: 'ถูกปฏิเสธ' },
      allApplied: 'นำเข้าข้อความทั้งหมดในไฟล์แล้ว',
      notApplied: 'ข้อความที่ไม่ได้นำเข้า',
      unitColumns: { unit: 'หน่วย', outcome: 'ผล', reason: 'เหตุผล' },
    },
  },
}

/** The admin UI language as this page knows it: Thai, or English for anything else. */
export const uiLanguage = (language: string | undefined): UiLanguage => (language?.toLowerCase().startsWith('th') ? 'th' : 'en')

export const labelsFor = (language: string | undefined): TranslationsLabels => labels[uiLanguage(language)]

/** The dashboard's route inside the admin (the view's `path`). */
export const TRANSLATIONS_PATH = '/translations'
