import kioskEn from './locales/en/kiosk.json'
import siteEn from './locales/en/site.json'
import kioskTh from './locales/th/kiosk.json'
import siteTh from './locales/th/site.json'

/**
 * Interface strings outside Payload's admin, read through i18next. Keys are the same in every
 * language. Emails and our API's own errors are here; the website's and the kiosk's strings are
 * resource files (`locales/<language>/<namespace>.json`) that translators can edit directly.
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
      graphqlTooDeep: 'This query is nested more than {{limit}} levels deep. Ask for fewer levels of related documents, or make a second request.',
      graphqlTooCostly:
        'This query could read about {{cost}} documents and queries; the limit is {{limit}}. Ask for fewer documents per list (limit) or fewer nested lists of related documents.',
      requestTimedOut: 'This request took longer than {{seconds}} seconds and was stopped. Ask for fewer documents or fewer related documents.',
      databaseUnavailable: 'The database is not answering right now. Try again in a few seconds.',
      tooManyAttempts: {
        login: 'Too many sign-in attempts. Try again in {{wait}}.',
        forgotPassword: 'Too many password reset requests. Try again in {{wait}}.',
        firstRegister: 'Too many attempts to create the first account. Try again in {{wait}}.',
      },
      wait: {
        seconds_one: '{{count}} second',
        seconds_other: '{{count}} seconds',
        minutes_one: '{{count}} minute',
        minutes_other: '{{count}} minutes',
      },
      passwordResetUnavailable:
        'Password reset by email is not configured on this server. Ask an administrator to set a new password for you.',
      currentPasswordRequired: 'Enter your current password to change your email or password.',
      currentPasswordWrong: 'Your current password is not correct.',
    },
    site: siteEn,
    kiosk: kioskEn,
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
      graphqlTooDeep: 'คำค้นนี้ซ้อนกันลึกเกิน {{limit}} ระดับ โปรดขอเอกสารที่เกี่ยวข้องน้อยระดับลง หรือแยกเป็นคำขอที่สอง',
      graphqlTooCostly:
        'คำค้นนี้อาจต้องอ่านเอกสารและคิวรีประมาณ {{cost}} รายการ เกินขีดจำกัด {{limit}} โปรดขอเอกสารต่อรายการให้น้อยลง (limit) หรือลดรายการเอกสารที่เกี่ยวข้องแบบซ้อนกัน',
      requestTimedOut: 'คำขอนี้ใช้เวลานานเกิน {{seconds}} วินาทีจึงถูกหยุด โปรดขอเอกสารหรือเอกสารที่เกี่ยวข้องให้น้อยลง',
      databaseUnavailable: 'ฐานข้อมูลไม่ตอบสนองในขณะนี้ โปรดลองอีกครั้งในอีกสักครู่',
      tooManyAttempts: {
        login: 'พยายามเข้าสู่ระบบหลายครั้งเกินไป โปรดลองอีกครั้งในอีก {{wait}}',
        forgotPassword: 'ขอรีเซ็ตรหัสผ่านหลายครั้งเกินไป โปรดลองอีกครั้งในอีก {{wait}}',
        firstRegister: 'พยายามสร้างบัญชีแรกหลายครั้งเกินไป โปรดลองอีกครั้งในอีก {{wait}}',
      },
      wait: {
        seconds_other: '{{count}} วินาที',
        minutes_other: '{{count}} นาที',
      },
      passwordResetUnavailable: 'เซิร์ฟเวอร์นี้ไม่ได้ตั้งค่าการรีเซ็ตรหัสผ่านทางอีเมล โปรดขอให้ผู้ดูแลระบบตั้งรหัสผ่านใหม่ให้คุณ',
      currentPasswordRequired: 'โปรดกรอกรหัสผ่านปัจจุบันเพื่อเปลี่ยนอีเมลหรือรหัสผ่าน',
      currentPasswordWrong: 'รหัสผ่านปัจจุบันไม่ถูกต้อง',
    },
    site: siteTh,
    kiosk: kioskTh,
  },
} as const

export type UiLanguage = keyof typeof resources
