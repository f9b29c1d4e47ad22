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
      graphqlTooDeep: 'This query is too deep: it nests fields more than {{limit}} levels (the depth limit). Ask for fewer levels of related documents, or make a second request.',
      graphqlTooCostly:
        'This query costs too much: it could read about {{cost}} documents and queries, and the cost limit is {{limit}}. Ask for fewer documents per list (limit) or fewer nested lists of related documents.',
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
      bodyTooLarge: 'The request is too large: at most {{limit}} MB is accepted here.',
      unsupportedMediaType: 'Send the body as application/json (or multipart/form-data for an upload), not "{{type}}".',
      invalidJson: 'The body is not valid JSON: {{detail}}',
      malformedForm: 'The multipart/form-data body is malformed: {{detail}}.',
      invalidListParameter: '{{name}} must be a whole number from {{min}} to {{max}} (got "{{value}}").',
      whereNotObject: 'where must be conditions such as where[title][equals]=… (or an object in GraphQL), not a single value.',
      geoOperator: 'The operator "{{operator}}" is for map positions (point fields), and nothing here has one.',
      invalidValue:
        'A value in the request cannot be stored or searched for: an id must be a whole number from 1 to 2147483647, a number must be in range, a date must be a real date and text may not contain U+0000.',
      unknownField: 'Not a field of this document.',
      tooLong: 'At most {{max}} characters (got {{length}}).',
      nulCharacter: 'Text may not contain the NUL character (U+0000).',
      expected: {
        text: 'Expected text.',
        number: 'Expected a number.',
        date: 'Expected a date such as 2025-01-31 or 2025-01-31T09:00:00Z (got "{{value}}").',
        id: 'Expected the id of a {{collection}} document: a whole number from 1 to 2147483647 (got {{value}}).',
        checkbox: 'Expected true or false.',
        select: 'Expected one of: {{choices}} (got {{value}}).',
        richText: 'Expected rich text as the admin saves it: an object with a "root" node.',
        list: 'Expected a list.',
        object: 'Expected an object.',
      },
      unsafeFileName: 'The file name "{{name}}" is not allowed: give a plain name without folders or control characters.',
      fileNotFound: 'No file named "{{name}}".',
      verificationOff: 'Email verification is not used on this server.',
      importRefused: 'Nothing was imported: every unit of the file was refused. The reason for each is in "units".',
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
      bodyTooLarge: 'คำขอมีขนาดใหญ่เกินไป: ที่นี่รับได้ไม่เกิน {{limit}} MB',
      unsupportedMediaType: 'โปรดส่งเนื้อหาคำขอเป็น application/json (หรือ multipart/form-data สำหรับการอัปโหลด) ไม่ใช่ "{{type}}"',
      invalidJson: 'เนื้อหาคำขอไม่ใช่ JSON ที่ถูกต้อง: {{detail}}',
      malformedForm: 'เนื้อหาแบบ multipart/form-data มีรูปแบบไม่ถูกต้อง: {{detail}}',
      invalidListParameter: '{{name}} ต้องเป็นจำนวนเต็มตั้งแต่ {{min}} ถึง {{max}} (ได้รับ "{{value}}")',
      whereNotObject: 'where ต้องเป็นเงื่อนไข เช่น where[title][equals]=… (หรือออบเจกต์ใน GraphQL) ไม่ใช่ค่าเดียว',
      geoOperator: 'ตัวดำเนินการ "{{operator}}" ใช้กับตำแหน่งบนแผนที่ (ฟิลด์ point) แต่ที่นี่ไม่มีฟิลด์ชนิดนั้น',
      invalidValue:
        'ค่าในคำขอใช้บันทึกหรือค้นหาไม่ได้: รหัส (id) ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 2147483647 ตัวเลขต้องอยู่ในช่วงที่กำหนด วันที่ต้องเป็นวันที่ที่มีอยู่จริง และข้อความต้องไม่มีอักขระ U+0000',
      unknownField: 'ไม่ใช่ฟิลด์ของเอกสารนี้',
      tooLong: 'ยาวได้ไม่เกิน {{max}} ตัวอักษร (ได้รับ {{length}} ตัวอักษร)',
      nulCharacter: 'ข้อความต้องไม่มีอักขระ NUL (U+0000)',
      expected: {
        text: 'ต้องเป็นข้อความ',
        number: 'ต้องเป็นตัวเลข',
        date: 'ต้องเป็นวันที่ เช่น 2025-01-31 หรือ 2025-01-31T09:00:00Z (ได้รับ "{{value}}")',
        id: 'ต้องเป็นรหัสของเอกสาร {{collection}}: จำนวนเต็มตั้งแต่ 1 ถึง 2147483647 (ได้รับ {{value}})',
        checkbox: 'ต้องเป็น true หรือ false',
        select: 'ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {{choices}} (ได้รับ {{value}})',
        richText: 'ต้องเป็นข้อความจัดรูปแบบแบบที่หน้าผู้ดูแลบันทึก: ออบเจกต์ที่มีโหนด "root"',
        list: 'ต้องเป็นรายการ',
        object: 'ต้องเป็นออบเจกต์',
      },
      unsafeFileName: 'ใช้ชื่อไฟล์ "{{name}}" ไม่ได้: โปรดใช้ชื่อธรรมดาที่ไม่มีโฟลเดอร์หรืออักขระควบคุม',
      fileNotFound: 'ไม่พบไฟล์ชื่อ "{{name}}"',
      verificationOff: 'เซิร์ฟเวอร์นี้ไม่ได้ใช้การยืนยันอีเมล',
      importRefused: 'ไม่ได้นำเข้าสิ่งใดเลย: ทุกหน่วยในไฟล์ถูกปฏิเสธ ดูเหตุผลของแต่ละหน่วยได้ใน "units"',
    },
    site: siteTh,
    kiosk: kioskTh,
  },
} as const

export type UiLanguage = keyof typeof resources
