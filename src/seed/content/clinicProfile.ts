import type {  SeedClinicProfile  } from '../types'

/**
 * SAMPLE clinic: the name, building, phone numbers, LINE/WhatsApp IDs, e-mail and web addresses are
 * placeholders (example.com, 000 numbers). Replace every value before publishing for a real clinic.
 */
export const clinicProfile: SeedClinicProfile = {
  name: {
    en: 'Sukhumvit Sample Acupuncture Clinic',
    th: 'คลินิกฝังเข็มตัวอย่าง สุขุมวิท',
  },
  tagline: {
    en: 'Acupuncture and Chinese medicine for back and neck pain, alongside your medical care',
    th: 'ฝังเข็มและการแพทย์แผนจีนสำหรับอาการปวดหลังและปวดคอ ควบคู่กับการดูแลของแพทย์',
  },
  description: {
    en: 'A sample clinic profile for demonstration. Licensed practitioners offer acupuncture, electroacupuncture, moxibustion, cupping and Tui Na massage for back, neck and related pain. Every course starts with an assessment that checks for warning signs needing a doctor, and progress is reviewed after 6–8 weeks. Acupuncture complements, and does not replace, care from your doctor.',
    th: 'ข้อมูลคลินิกตัวอย่างสำหรับการสาธิต ผู้ให้การรักษาที่มีใบอนุญาตให้บริการฝังเข็ม ฝังเข็มกระตุ้นไฟฟ้า รมยา ครอบแก้ว และนวดทุยหนา สำหรับอาการปวดหลัง ปวดคอ และอาการปวดที่เกี่ยวข้อง ทุกแผนการรักษาเริ่มจากการตรวจประเมินเพื่อคัดกรองสัญญาณอันตรายที่ควรพบแพทย์ และประเมินผลการรักษาเมื่อครบ 6–8 สัปดาห์ การฝังเข็มเป็นการรักษาเสริมควบคู่กับการดูแลของแพทย์ ไม่ได้ใช้แทน',
  },
  address: {
    street: {
      en: '2nd floor, Sample Plaza Building, Sukhumvit Soi 13, Sukhumvit Road',
      th: 'ชั้น 2 อาคารแซมเปิลพลาซ่า ซอยสุขุมวิท 13 ถนนสุขุมวิท',
    },
    district: { en: 'Khlong Toei Nuea, Watthana', th: 'แขวงคลองเตยเหนือ เขตวัฒนา' },
    city: { en: 'Bangkok', th: 'กรุงเทพฯ' },
    province: { en: 'Bangkok', th: 'กรุงเทพมหานคร' },
    postalCode: '10110',
    country: { en: 'Thailand', th: 'ประเทศไทย' },
  },
  geo: { lat: 13.742, lng: 100.5563 },
  timeZone: 'Asia/Bangkok',
  openingHours: [
    { day: 'mon', intervals: [{ opens: '10:00', closes: '19:00' }] },
    { day: 'tue', intervals: [{ opens: '09:00', closes: '17:30' }] },
    { day: 'wed', intervals: [{ opens: '09:00', closes: '17:30' }] },
    { day: 'thu', intervals: [{ opens: '09:00', closes: '17:30' }] },
    { day: 'fri', intervals: [{ opens: '10:00', closes: '19:00' }] },
    { day: 'sat', intervals: [{ opens: '10:00', closes: '19:00' }] },
    { day: 'sun', intervals: [] },
  ],
  exceptions: [
    {
      date: '2026-12-31',
      label: { en: 'New Year’s Eve: closing early', th: 'วันสิ้นปี: ปิดทำการเร็วกว่าปกติ' },
      closed: false,
      intervals: [{ opens: '09:00', closes: '13:00' }],
    },
    {
      date: '2027-01-01',
      label: { en: 'New Year’s Day', th: 'วันขึ้นปีใหม่' },
      closed: true,
      intervals: [],
    },
    {
      date: '2027-04-13',
      label: { en: 'Songkran holiday', th: 'วันหยุดเทศกาลสงกรานต์' },
      closed: true,
      intervals: [],
    },
    {
      date: '2027-04-14',
      label: { en: 'Songkran holiday', th: 'วันหยุดเทศกาลสงกรานต์' },
      closed: true,
      intervals: [],
    },
    {
      date: '2027-04-15',
      label: { en: 'Songkran holiday', th: 'วันหยุดเทศกาลสงกรานต์' },
      closed: true,
      intervals: [],
    },
  ],
  contact: {
    phone: '+66 2 000 0000',
    lineId: '@sample-clinic',
    whatsapp: '+66 80 000 0000',
    email: 'hello@example.com',
    website: 'https://clinic.example.com',
    bookingUrl: 'https://clinic.example.com/book',
  },
  languagesSpoken: ['th', 'en'],
  servicesOffered: ['manual-acupuncture', 'electroacupuncture', 'moxibustion', 'cupping', 'tui-na-massage'],
  licensingStatement: {
    en: 'All acupuncture at this clinic is performed by practitioners licensed to practise in Thailand: physicians with recognised acupuncture training, or licensed Chinese medicine practitioners. Licences are displayed at reception and can be checked on request. (Sample text: replace with the clinic’s real practitioners and licence numbers.)',
    th: 'การฝังเข็มทั้งหมดที่คลินิกนี้ดำเนินการโดยผู้ที่มีใบอนุญาตประกอบวิชาชีพในประเทศไทย ได้แก่ แพทย์ที่ผ่านการอบรมการฝังเข็มตามหลักสูตรที่ได้รับการรับรอง หรือผู้ประกอบโรคศิลปะสาขาการแพทย์แผนจีน ใบอนุญาตติดแสดงไว้ที่จุดต้อนรับ และขอตรวจสอบได้ (ข้อความตัวอย่าง: โปรดแทนที่ด้วยรายชื่อผู้ให้การรักษาและเลขที่ใบอนุญาตจริงของคลินิก)',
  },
  safetyDisclaimer: {
    en: 'This information is general patient education and does not replace advice from your own doctor. Acupuncture and related treatments may help some people with back and neck pain, but results vary from person to person. If you have numbness around the groin or buttocks, loss of bladder or bowel control, worsening leg weakness, fever, unexplained weight loss or a history of cancer, or pain after a serious injury, see a doctor before any acupuncture. Tell us if you take blood-thinning medicines, are or may be pregnant, or have a pacemaker. Sterile single-use needles are used for every patient.',
    th: 'ข้อมูลนี้เป็นความรู้ทั่วไปสำหรับผู้ป่วย ไม่ได้ใช้แทนคำแนะนำจากแพทย์ที่ดูแลคุณ การฝังเข็มและการรักษาที่เกี่ยวข้องอาจช่วยผู้ที่มีอาการปวดหลังและปวดคอได้ในบางราย แต่ผลลัพธ์แตกต่างกันไปในแต่ละคน หากมีอาการชาบริเวณขาหนีบหรือก้น กลั้นปัสสาวะหรืออุจจาระไม่ได้ ขาอ่อนแรงลงเรื่อย ๆ มีไข้ น้ำหนักลดโดยไม่ทราบสาเหตุหรือเคยเป็นโรคมะเร็ง หรือปวดหลังจากได้รับบาดเจ็บรุนแรง ควรพบแพทย์ก่อนรับการฝังเข็ม โปรดแจ้งเจ้าหน้าที่หากใช้ยาต้านการแข็งตัวของเลือด ตั้งครรภ์หรืออาจตั้งครรภ์ หรือใส่เครื่องกระตุ้นหัวใจ คลินิกใช้เข็มปลอดเชื้อชนิดใช้ครั้งเดียวทิ้งกับผู้ป่วยทุกราย',
  },
}
