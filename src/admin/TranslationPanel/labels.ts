/**
 * The translation panel's interface strings, in the admin UI's two languages; status names come
 * from TRANSLATION_STATUS_LABELS. The component picks one set with `labelsFor(i18n.language)`.
 */
export type UiLanguage = 'en' | 'th'

export const uiLanguage = (language: string | undefined): UiLanguage => (language?.toLowerCase().startsWith('th') ? 'th' : 'en')

export type TranslationPanelLabels = {
  title: (localeName: string) => string
  titleFromEnglish: string
  saveFirst: string
  loading: string
  loadFailed: string
  retry: string
  progress: (translated: number, total: number) => string
  outdatedCount: (count: number) => string
  noFields: string
  asOfSave: string
  fields: string
  english: string
  englishThen: string
  englishNow: string
  empty: string
  stillCorrect: string
  stillCorrectHint: string
  confirmed: (label: string) => string
  confirmFailed: (status: number) => string
  englishSummary: (localeName: string, status: string, translated: number, total: number, outdated: number) => string
  switchTo: (localeName: string) => string
  dashboard: string
}

export const labels: Record<UiLanguage, TranslationPanelLabels> = {
  en: {
    title: (localeName) => `Translation into ${localeName}`,
    titleFromEnglish: 'Translation',
    saveFirst: 'Save the English first: translation starts once the document exists.',
    loading: 'Loading the translation status…',
    loadFailed: 'Could not load the translation status.',
    retry: 'Try again',
    progress: (translated, total) => `${translated} of ${total} ${total === 1 ? 'field' : 'fields'} translated`,
    outdatedCount: (count) => (count === 1 ? '1 with changed English' : `${count} with changed English`),
    noFields: 'The English version has no text to translate yet.',
    asOfSave: 'Unsaved changes: the statuses below are as of the last save.',
    fields: 'Fields',
    english: 'English',
    englishThen: 'English when translated',
    englishNow: 'English now',
    empty: '(empty)',
    stillCorrect: 'Still correct',
    stillCorrectHint: 'The change does not affect the translation: mark it as up to date without editing it.',
    confirmed: (label) => `“${label}” is marked as up to date.`,
    confirmFailed: (status) => `Could not mark the translation as up to date (HTTP ${status}).`,
    englishSummary: (localeName, status, translated, total, outdated) =>
      `${localeName}: ${status} · ${translated} of ${total} ${total === 1 ? 'field' : 'fields'} translated${outdated ? ` · ${outdated} outdated` : ''}`,
    switchTo: (localeName) => `Edit in ${localeName}`,
    dashboard: 'All translations',
  },
  th: {
    title: (localeName) => `การแปลเป็นภาษา${localeName}`,
    titleFromEnglish: 'การแปล',
    saveFirst: 'บันทึกฉบับภาษาอังกฤษก่อน: การแปลเริ่มได้เมื่อมีเอกสารแล้ว',
    loading: 'กำลังโหลดสถานะการแปล…',
    loadFailed: 'โหลดสถานะการแปลไม่สำเร็จ',
    retry: 'ลองอีกครั้ง',
    progress: (translated, total) => `แปลแล้ว ${translated} จาก ${total} ช่อง`,
    outdatedCount: (count) => `ต้นฉบับเปลี่ยน ${count} ช่อง`,
    noFields: 'ฉบับภาษาอังกฤษยังไม่มีข้อความให้แปล',
    asOfSave: 'มีการแก้ไขที่ยังไม่ได้บันทึก: สถานะด้านล่างเป็นของฉบับที่บันทึกล่าสุด',
    fields: 'ช่องข้อมูล',
    english: 'ภาษาอังกฤษ',
    englishThen: 'ภาษาอังกฤษตอนที่แปล',
    englishNow: 'ภาษาอังกฤษตอนนี้',
    empty: '(ว่าง)',
    stillCorrect: 'ยังถูกต้อง',
    stillCorrectHint: 'การเปลี่ยนแปลงไม่กระทบคำแปล: ทำเครื่องหมายว่าเป็นปัจจุบันโดยไม่ต้องแก้ไข',
    confirmed: (label) => `ทำเครื่องหมาย “${label}” ว่าเป็นปัจจุบันแล้ว`,
    confirmFailed: (status) => `ทำเครื่องหมายว่าคำแปลเป็นปัจจุบันไม่สำเร็จ (HTTP ${status})`,
    englishSummary: (localeName, status, translated, total, outdated) =>
      `ภาษา${localeName}: ${status} · แปลแล้ว ${translated} จาก ${total} ช่อง${outdated ? ` · ต้นฉบับเปลี่ยน ${outdated} ช่อง` : ''}`,
    switchTo: (localeName) => `แก้ไขเป็นภาษา${localeName}`,
    dashboard: 'การแปลทั้งหมด',
  },
}

export const labelsFor = (language: string | undefined): TranslationPanelLabels => labels[uiLanguage(language)]
