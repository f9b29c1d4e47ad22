import type { TextareaField } from 'payload'

import { requiredInEnglish } from './requiredInEnglish'
import { longText } from './text'

export const DEFAULT_DISCLAIMER = {
  en: 'This information is for general education and does not replace advice from your doctor. Acupuncture can complement medical care but is not a substitute for it. If you have severe, worsening or unusual symptoms, see a doctor first.',
  th: 'ข้อมูลนี้มีไว้เพื่อให้ความรู้ทั่วไป และไม่สามารถใช้แทนคำแนะนำจากแพทย์ได้ การฝังเข็มเป็นการรักษาเสริมควบคู่กับการดูแลทางการแพทย์ ไม่ใช่การรักษาทดแทน หากมีอาการรุนแรง อาการแย่ลง หรืออาการผิดปกติ ควรพบแพทย์ก่อน',
}

/** The localized patient disclaimer every medical page carries, pre-filled per language. */
export function disclaimerField(): TextareaField {
  return longText({
    name: 'disclaimer',
    label: { en: 'Disclaimer', th: 'ข้อจำกัดความรับผิดชอบ' },
    localized: true,
    validate: requiredInEnglish('Disclaimer'),
    defaultValue: ({ locale }: { locale?: string }) => (locale === 'th' ? DEFAULT_DISCLAIMER.th : DEFAULT_DISCLAIMER.en),
  })
}
