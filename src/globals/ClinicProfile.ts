import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { requiredInEnglish } from '@/fields/requiredInEnglish'
import { validateHttpUrl } from '@/fields/validateHttpUrl'
import { hoursExceptionsField, weeklyHoursField } from '@/fields/openingHours'

const CONTACT_PATTERNS = {
  phone: /^\+?[0-9 ()-]{6,20}$/,
  whatsapp: /^\+?[0-9 ()-]{6,20}$/,
  lineId: /^@?[a-z0-9._-]{2,40}$/i,
}

const matches = (pattern: RegExp, example: string) => (value: unknown) =>
  value === undefined || value === null || value === '' || pattern.test(String(value))
    ? true
    : `"${String(value)}" does not look right; expected something like ${example}.`

export const ClinicProfile: GlobalConfig<'clinic-profile'> = {
  slug: 'clinic-profile',
  label: { en: 'Clinic profile', th: 'ข้อมูลคลินิก' },
  admin: { group: { en: 'Clinic', th: 'คลินิก' } },
  access: { read: anyone, update: isAdmin },
  fields: [
    { name: 'name', type: 'text', localized: true, validate: requiredInEnglish('Clinic name'), label: { en: 'Clinic name', th: 'ชื่อคลินิก' } },
    { name: 'tagline', type: 'text', localized: true, label: { en: 'Tagline', th: 'สโลแกน' } },
    { name: 'description', type: 'textarea', localized: true, label: { en: 'Description', th: 'คำอธิบาย' } },
    {
      name: 'address',
      type: 'group',
      label: { en: 'Address', th: 'ที่อยู่' },
      fields: [
        { name: 'street', type: 'text', localized: true, label: { en: 'Street', th: 'ถนน/อาคาร' } },
        { name: 'district', type: 'text', localized: true, label: { en: 'District', th: 'แขวง/เขต' } },
        { name: 'city', type: 'text', localized: true, label: { en: 'City', th: 'เมือง' } },
        { name: 'province', type: 'text', localized: true, label: { en: 'Province', th: 'จังหวัด' } },
        { name: 'postalCode', type: 'text', label: { en: 'Postal code', th: 'รหัสไปรษณีย์' } },
        { name: 'country', type: 'text', localized: true, label: { en: 'Country', th: 'ประเทศ' } },
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
    {
      name: 'timeZone',
      type: 'text',
      defaultValue: 'Asia/Bangkok',
      label: { en: 'Time zone', th: 'เขตเวลา' },
      validate: (value: unknown) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: String(value) })
          return true
        } catch {
          return `"${String(value)}" is not an IANA time zone such as Asia/Bangkok.`
        }
      },
    },
    weeklyHoursField(),
    hoursExceptionsField(),
    {
      name: 'contact',
      type: 'group',
      label: { en: 'Contact channels', th: 'ช่องทางการติดต่อ' },
      fields: [
        { name: 'phone', type: 'text', label: { en: 'Phone', th: 'โทรศัพท์' }, validate: matches(CONTACT_PATTERNS.phone, '+66 2 000 0000') },
        { name: 'lineId', type: 'text', label: { en: 'LINE ID', th: 'ไลน์ไอดี' }, validate: matches(CONTACT_PATTERNS.lineId, '@clinic') },
        { name: 'whatsapp', type: 'text', label: { en: 'WhatsApp', th: 'วอตส์แอป' }, validate: matches(CONTACT_PATTERNS.whatsapp, '+66 80 000 0000') },
        { name: 'email', type: 'email', label: { en: 'Email', th: 'อีเมล' } },
        { name: 'website', type: 'text', label: { en: 'Website', th: 'เว็บไซต์' }, validate: validateHttpUrl },
        { name: 'bookingUrl', type: 'text', label: { en: 'Booking link', th: 'ลิงก์จองคิว' }, validate: validateHttpUrl },
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
    {
      name: 'licensingStatement',
      type: 'textarea',
      localized: true,
      label: { en: 'Practitioner licensing', th: 'ใบอนุญาตผู้ประกอบวิชาชีพ' },
    },
    {
      name: 'safetyDisclaimer',
      type: 'textarea',
      localized: true,
      validate: requiredInEnglish('Patient safety disclaimer'),
      label: { en: 'Patient safety disclaimer', th: 'ข้อความด้านความปลอดภัยของผู้ป่วย' },
    },
  ],
}
