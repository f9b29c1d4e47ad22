/**
 * Interface strings outside Payload's admin (emails, our API's own error messages), one object per
 * language, read through i18next. Keys are the same in every language.
 */
export const resources = {
  en: {
    notifications: {
      localeName: { en: 'English', th: 'Thai' },
      submit: {
        subject: 'Review requested: {{title}} ({{locale}})',
        body: '{{actor}} submitted the {{locale}} version of “{{title}}” for medical review.',
      },
      approve: {
        subject: 'Approved: {{title}} ({{locale}})',
        body: '{{actor}} approved the {{locale}} version of “{{title}}”. An admin can now publish it.',
      },
      request_changes: {
        subject: 'Changes requested: {{title}} ({{locale}})',
        body: '{{actor}} asked for changes to the {{locale}} version of “{{title}}”:',
      },
      open: 'Open it in the CMS: {{url}}',
      footer: 'You receive this because of your role in the clinic’s content review.',
    },
    errors: {
      unknownParameter: 'Unknown {{name}} "{{value}}". Use one of: {{choices}}.',
      notFound: 'Not found. This server answers /api, /healthz and /readyz.',
      serverError: 'Something went wrong.',
    },
  },
  th: {
    notifications: {
      localeName: { en: 'ภาษาอังกฤษ', th: 'ภาษาไทย' },
      submit: {
        subject: 'ขอให้ตรวจทาน: {{title}} ({{locale}})',
        body: '{{actor}} ส่งเนื้อหา “{{title}}” ฉบับ{{locale}}ให้ตรวจทานทางการแพทย์',
      },
      approve: {
        subject: 'อนุมัติแล้ว: {{title}} ({{locale}})',
        body: '{{actor}} อนุมัติเนื้อหา “{{title}}” ฉบับ{{locale}}แล้ว ผู้ดูแลระบบสามารถเผยแพร่ได้',
      },
      request_changes: {
        subject: 'ขอให้แก้ไข: {{title}} ({{locale}})',
        body: '{{actor}} ขอให้แก้ไขเนื้อหา “{{title}}” ฉบับ{{locale}}:',
      },
      open: 'เปิดใน CMS: {{url}}',
      footer: 'คุณได้รับอีเมลนี้เนื่องจากบทบาทของคุณในการตรวจทานเนื้อหาของคลินิก',
    },
    errors: {
      unknownParameter: 'ไม่รู้จัก {{name}} "{{value}}" โปรดใช้ค่าใดค่าหนึ่งต่อไปนี้: {{choices}}',
      notFound: 'ไม่พบหน้าที่ขอ เซิร์ฟเวอร์นี้ให้บริการ /api, /healthz และ /readyz',
      serverError: 'เกิดข้อผิดพลาดบางอย่าง',
    },
  },
} as const

export type UiLanguage = keyof typeof resources
