import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { requiredInEnglish } from '@/fields/requiredInEnglish'
import { validateHttpUrl } from '@/fields/validateHttpUrl'
import { hoursExceptionsField, weeklyHoursField } from '@/fields/openingHours'
import { lineText, longText, urlText } from '@/fields/text'

const CONTACT_PATTERNS = {
  phone: /^\+?[0-9 ()-]{6,20}$/,
  whatsapp: /^\+?[0-9 ()-]{6,20}$/,
  lineId: /^@?[a-z0-9._-]{2,40}$/i,
}

const matches = (pattern: RegExp, example: string) => (value: unknown) =>
  value === undefined || value === null || value === '' || pattern.test(String(value))
    ? true
    : `"${String(value).slice(0, 100)}" does not look right; expected something like ${example}.`

export const ClinicProfile: GlobalConfig<'clinic-profile'> = {
  slug: 'clinic-profile',
  label: { en: 'Clinic profile', th: 'ข้อมูลคลินิก' },
  admin: { group: { en: 'Clinic', th: 'คลินิก' } },
  access: { read: anyone, update: isAdmin },
  fields: [
    lineText({ name: 'name', localized: true, validate: requiredInEnglish('Clinic name'), label: { en: 'Clinic name', th: 'ชื่อคลินิก' } }),
    lineText({ name: 'tagline', localized: true, label: { en: 'Tagline', th: 'สโลแกน' } }),
    longText({ name: 'description', localized: true, label: { en: 'Description', th: 'คำอธิบาย' } }),
    {
      name: 'address',
      type: 'group',
      label: { en: 'Address', th: 'ที่อยู่' },
      fields: [
        lineText({ name: 'street', localized: true, label: { en: 'Street', th: 'ถนน/อาคาร' } }),
        lineText({ name: 'district', localized: true, label: { en: 'District', th: 'แขวง/เขต' } }),
        lineText({ name: 'city', localized: true, label: { en: 'City', th: 'เมือง' } }),
        lineText({ name: 'province', localized: true, label: { en: 'Province', th: 'จังหวัด' } }),
        lineText({ name: 'postalCode', label: { en: 'Postal code', th: 'รหัสไปรษณีย์' } }),
        lineText({ name: 'country', localized: true, label: { en: 'Country', th: 'ประเทศ' } }),
      ],
    },
    {
      name: 'geo',
      type: 'group',
      label: { en: 'Map position', th: 'พิกัดแผนที่' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'lat', type: 'number', min: -90, max: 90, label: { en: 'Latitude', th: 'ละติจูด' } },
            { name: 'lng', type: 'number', min: -180, max: 180, label: { en: 'Longitude', th: 'ลองจิจูด' } },
          ],
        },
      ],
    },
    lineText({
      name: 'timeZone',
      defaultValue: 'Asia/Bangkok',
      label: { en: 'Time zone', th: 'เขตเวลา' },
      validate: (value: unknown) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: String(value) })
          return true
        } catch {
          return `"${String(value).slice(0, 100)}" is not an IANA time zone such as Asia/Bangkok.`
        }
      },
    }),
    weeklyHoursField(),
    hoursExceptionsField(),
    {
      name: 'contact',
      type: 'group',
      label: { en: 'Contact channels', th: 'ช่องทางการติดต่อ' },
      fields: [
        lineText({ name: 'phone', label: { en: 'Phone', th: 'โทรศัพท์' }, validate: matches(CONTACT_PATTERNS.phone, '+66 2 000 0000') }),
        lineText({ name: 'lineId', label: { en: 'LINE ID', th: 'ไลน์ไอดี' }, validate: matches(CONTACT_PATTERNS.lineId, '@clinic') }),
        lineText({ name: 'whatsapp', label: { en: 'WhatsApp', th: 'วอตส์แอป' }, validate: matches(CONTACT_PATTERNS.whatsapp, '+66 80 000 0000') }),
        { name: 'email', type: 'email', label: { en: 'Email', th: 'อีเมล' } },
        urlText({ name: 'website', label: { en: 'Website', th: 'เว็บไซต์' }, validate: validateHttpUrl }),
        urlText({ name: 'bookingUrl', label: { en: 'Booking link', th: 'ลิงก์จองคิว' }, validate: validateHttpUrl }),
      ],
    },
    {
      name: 'languagesSpoken',
      type: 'select',
      hasMany: true,
      label: { en: 'Languages spoken', th: 'ภาษาที่ให้บริการ' },
      options: [
        { value: 'th', label: { en: 'Thai', th: 'ไทย' } },
        { value: 'en', label: { en: 'English', th: 'อังกฤษ' } },
        { value: 'zh', label: { en: 'Chinese', th: 'จีน' } },
        { value: 'ja', label: { en: 'Japanese', th: 'ญี่ปุ่น' } },
      ],
    },
    {
      name: 'servicesOffered',
      type: 'relationship',
      relationTo: 'treatment-methods',
      hasMany: true,
      label: { en: 'Services offered', th: 'บริการ' },
    },
    longText({
      name: 'licensingStatement',
      localized: true,
      label: { en: 'Practitioner licensing', th: 'ใบอนุญาตผู้ประกอบวิชาชีพ' },
    }),
    longText({
      name: 'safetyDisclaimer',
      localized: true,
      validate: requiredInEnglish('Patient safety disclaimer'),
      label: { en: 'Patient safety disclaimer', th: 'ข้อความด้านความปลอดภัยของผู้ป่วย' },
    }),
  ],
}
