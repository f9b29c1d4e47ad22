import type { BilingualList, SeedCondition } from '../types'
import { ACP_2017, CHERKIN_2009, COCHRANE_CLBP, GERAC_2007, NCCIH_ACUPUNCTURE, NCCIH_LOW_BACK, NICE_NG59, VICKERS_2018 } from './references'

/** Warning signs shared by every low-back condition: see a doctor before acupuncture. */
const LOW_BACK_RED_FLAGS: BilingualList = {
  en: [
    'Numbness or tingling around the groin, buttocks or genitals (the “saddle” area)',
    'New difficulty passing urine, or loss of bladder or bowel control',
    'Weakness in one or both legs that is getting worse',
    'Back pain with fever or feeling generally unwell',
    'Unexplained weight loss, or a history of cancer',
    'Pain that started after a fall, accident or other major injury',
    'Severe pain at night or at rest that does not ease when you change position',
  ],
  th: [
    'ชาหรือเป็นเหน็บบริเวณขาหนีบ ก้น หรืออวัยวะเพศ (บริเวณที่สัมผัสอานจักรยาน)',
    'เริ่มปัสสาวะลำบาก หรือกลั้นปัสสาวะหรืออุจจาระไม่ได้',
    'ขาข้างใดข้างหนึ่งหรือทั้งสองข้างอ่อนแรงลงเรื่อย ๆ',
    'ปวดหลังร่วมกับมีไข้หรือรู้สึกไม่สบายทั่วร่างกาย',
    'น้ำหนักลดโดยไม่ทราบสาเหตุ หรือเคยเป็นโรคมะเร็ง',
    'เริ่มปวดหลังจากหกล้ม ประสบอุบัติเหตุ หรือได้รับบาดเจ็บรุนแรง',
    'ปวดรุนแรงเวลากลางคืนหรือขณะพัก แม้เปลี่ยนท่าแล้วก็ไม่ดีขึ้น',
  ],
}

const LOW_BACK_ACUPOINTS: SeedCondition['acupointRegions'] = ['back-of-knee', 'feet', 'lumbosacral', 'hands', 'hips', 'abdomen']

export const conditions: SeedCondition[] = [
  {
    slug: 'chronic-low-back-pain',
    name: { en: 'Chronic low back pain', th: 'ปวดหลังส่วนล่างเรื้อรัง' },
    summary: {
      en: 'Pain in the lower back that has lasted more than about three months. Acupuncture helped some people in trials more than no acupuncture, but sham acupuncture often did about as well, and results vary.',
      th: 'อาการปวดหลังส่วนล่างที่เป็นต่อเนื่องนานกว่าประมาณสามเดือน ในงานวิจัย การฝังเข็มช่วยผู้ป่วยบางรายได้มากกว่าการไม่ฝังเข็ม แต่การฝังเข็มหลอกมักให้ผลใกล้เคียงกัน และผลลัพธ์แตกต่างกันไปในแต่ละคน',
    },
    description: {
      en: [
        'Chronic low back pain is pain between the lower ribs and the buttocks that has continued for more than about three months. Most often no single structural cause can be found; prolonged sitting, poor posture, lack of activity, stress and poor sleep can all make it worse. It affects mood, sleep and work, not only the back.',
        '## Can acupuncture help?',
        'In large trials, including the German GERAC trial and a US trial by Cherkin and colleagues, people who had acupuncture did better than those who had usual care alone, but people who had sham acupuncture improved almost as much. Part of the effect may therefore be placebo or other non-specific effects. A 2020 Cochrane review reached a similar conclusion. Guidelines differ: the American College of Physicians lists acupuncture among the options, NICE in the UK does not recommend it.',
        'Acupuncture is best seen as one part of a plan that includes staying active, exercise, posture correction and the care of your doctor or physiotherapist. It does not replace medical assessment.',
      ],
      th: [
        'ปวดหลังส่วนล่างเรื้อรัง คืออาการปวดบริเวณระหว่างชายโครงด้านล่างถึงแนวก้น ที่เป็นต่อเนื่องนานกว่าประมาณสามเดือน ส่วนใหญ่ไม่พบสาเหตุทางโครงสร้างที่ชัดเจนเพียงอย่างเดียว การนั่งนาน ท่าทางไม่เหมาะสม การขยับร่างกายน้อย ความเครียด และการนอนหลับไม่ดี ล้วนทำให้อาการแย่ลงได้ อาการนี้ส่งผลต่ออารมณ์ การนอน และการทำงาน ไม่ใช่เฉพาะที่หลังเท่านั้น',
        '## การฝังเข็มช่วยได้หรือไม่',
        'ในงานวิจัยขนาดใหญ่ เช่น การศึกษา GERAC ในเยอรมนี และการศึกษาของ Cherkin และคณะในสหรัฐอเมริกา ผู้ที่ได้รับการฝังเข็มมีอาการดีขึ้นมากกว่าผู้ที่ได้รับการดูแลตามปกติเพียงอย่างเดียว แต่ผู้ที่ได้รับการฝังเข็มหลอกก็ดีขึ้นเกือบเท่ากัน ผลส่วนหนึ่งจึงอาจมาจากผลของยาหลอกหรือปัจจัยอื่นที่ไม่เฉพาะเจาะจง การทบทวนวรรณกรรมของ Cochrane ในปี 2020 ก็ได้ข้อสรุปในทำนองเดียวกัน ส่วนแนวทางเวชปฏิบัติยังเห็นไม่ตรงกัน วิทยาลัยแพทย์อเมริกันจัดให้การฝังเข็มเป็นทางเลือกหนึ่ง ขณะที่ NICE ของสหราชอาณาจักรไม่แนะนำ',
        'การฝังเข็มจึงควรเป็นเพียงส่วนหนึ่งของแผนการดูแล ร่วมกับการขยับร่างกายอย่างสม่ำเสมอ การออกกำลังกาย การปรับท่าทาง และการดูแลของแพทย์หรือนักกายภาพบำบัด และไม่ได้ใช้แทนการตรวจวินิจฉัยของแพทย์',
      ],
    },
    bodyRegions: ['lower-back', 'hip'],
    symptoms: {
      en: [
        'A dull or aching pain across the lower back that comes and goes or is constant',
        'Stiffness, especially in the morning or after sitting for a long time',
        'Pain that is worse when bending, lifting or standing for long',
        'Tight muscles on one or both sides of the spine',
        'Poor sleep, tiredness or low mood linked to the pain',
      ],
      th: [
        'ปวดตื้อหรือปวดเมื่อยบริเวณหลังส่วนล่าง อาจเป็น ๆ หาย ๆ หรือปวดตลอดเวลา',
        'หลังฝืดตึง โดยเฉพาะตอนเช้าหรือหลังนั่งนาน',
        'ปวดมากขึ้นเมื่อก้ม ยกของ หรือยืนนาน',
        'กล้ามเนื้อข้างกระดูกสันหลังด้านใดด้านหนึ่งหรือทั้งสองด้านตึง',
        'นอนหลับไม่ดี อ่อนเพลีย หรืออารมณ์หม่นหมองจากอาการปวด',
      ],
    },
    commonCauses: {
      en: [
        'Prolonged sitting and poor posture at work',
        'Lack of regular physical activity',
        'Repeated strain from lifting, twisting or bending',
        'Age-related changes in the discs and joints of the spine',
        'Stress, poor sleep and low mood, which can increase pain',
      ],
      th: [
        'การนั่งทำงานนานและท่าทางไม่เหมาะสม',
        'ขาดการออกกำลังกายหรือการขยับร่างกายอย่างสม่ำเสมอ',
        'การใช้งานหลังซ้ำ ๆ เช่น ยกของ บิดตัว หรือก้มบ่อย',
        'ความเสื่อมของหมอนรองกระดูกและข้อต่อกระดูกสันหลังตามวัย',
        'ความเครียด การนอนไม่พอ และอารมณ์หม่นหมอง ซึ่งทำให้รู้สึกปวดมากขึ้น',
      ],
    },
    typicalCourse: {
      acuteSessions: null,
      chronicSessions: { min: 6, max: 12 },
      reviewAfterWeeks: 8,
      notes: {
        en: 'A course is often 6–12 sessions or more, spread over several weeks and combined with posture correction and an exercise programme. Review progress after 6–8 weeks: if there is no clear improvement, acupuncture may not be the right treatment for you.',
        th: 'โดยทั่วไปมักรักษาประมาณ 6–12 ครั้งหรือมากกว่า กระจายในช่วงหลายสัปดาห์ ควบคู่กับการปรับท่าทางและการออกกำลังกาย ควรประเมินผลหลังผ่านไป 6–8 สัปดาห์ หากอาการยังไม่ดีขึ้นอย่างชัดเจน การฝังเข็มอาจไม่ใช่การรักษาที่เหมาะกับคุณ',
      },
    },
    recommendedMethods: ['manual-acupuncture', 'electroacupuncture', 'moxibustion', 'cupping', 'tui-na-massage'],
    acupointRegions: LOW_BACK_ACUPOINTS,
    redFlags: LOW_BACK_RED_FLAGS,
    references: [COCHRANE_CLBP, GERAC_2007, CHERKIN_2009, ACP_2017, NICE_NG59],
  },
  {
    slug: 'acute-low-back-pain',
    name: { en: 'Acute low back pain', th: 'ปวดหลังส่วนล่างเฉียบพลัน' },
    summary: {
      en: 'A recent episode of low back pain, lasting up to a few weeks. Most episodes improve with time and staying active; acupuncture is one option that may ease pain for some people.',
      th: 'อาการปวดหลังส่วนล่างที่เพิ่งเกิดขึ้นและเป็นมาไม่เกินสองสามสัปดาห์ ส่วนใหญ่ดีขึ้นได้เองเมื่อเวลาผ่านไปและขยับร่างกายตามปกติ การฝังเข็มเป็นทางเลือกหนึ่งที่อาจช่วยบรรเทาอาการปวดในบางคน',
    },
    description: {
      en: [
        'Acute low back pain often starts suddenly, for example after lifting, twisting or an unusual activity, and usually settles within a few weeks. Staying as active as the pain allows generally helps more than bed rest.',
        '## Can acupuncture help?',
        'For acute and subacute low back pain the American College of Physicians suggests starting with non-drug options such as superficial heat, massage, acupuncture or spinal manipulation, and the evidence for acupuncture here is of low quality. Because most episodes improve anyway, it is hard to know how much any treatment adds. Acupuncture does not replace a medical assessment when red flags are present.',
      ],
      th: [
        'อาการปวดหลังส่วนล่างเฉียบพลันมักเกิดขึ้นทันที เช่น หลังยกของ บิดตัว หรือทำกิจกรรมที่ไม่คุ้นเคย และส่วนใหญ่จะทุเลาลงภายในไม่กี่สัปดาห์ การขยับร่างกายเท่าที่อาการปวดอนุญาตมักช่วยได้มากกว่าการนอนพักอยู่บนเตียง',
        '## การฝังเข็มช่วยได้หรือไม่',
        'สำหรับอาการปวดหลังส่วนล่างระยะเฉียบพลันและกึ่งเฉียบพลัน วิทยาลัยแพทย์อเมริกันแนะนำให้เริ่มจากวิธีที่ไม่ใช้ยา เช่น การประคบร้อน การนวด การฝังเข็ม หรือการดัดจัดกระดูกสันหลัง โดยหลักฐานสำหรับการฝังเข็มในกรณีนี้มีคุณภาพต่ำ และเนื่องจากอาการส่วนใหญ่ดีขึ้นได้เอง จึงยากที่จะบอกว่าการรักษาใดช่วยเพิ่มผลได้มากเพียงใด หากมีสัญญาณอันตราย การฝังเข็มไม่สามารถใช้แทนการตรวจของแพทย์ได้',
      ],
    },
    bodyRegions: ['lower-back'],
    symptoms: {
      en: [
        'Sudden pain in the lower back, often after a specific movement',
        'Muscle spasm and difficulty standing straight',
        'Pain when bending, turning or getting up from a chair',
        'Pain that may spread into the buttock',
      ],
      th: [
        'ปวดหลังส่วนล่างขึ้นมาทันที มักเกิดหลังการเคลื่อนไหวบางท่า',
        'กล้ามเนื้อหลังหดเกร็งและยืดตัวตรงได้ลำบาก',
        'ปวดเมื่อก้ม หมุนตัว หรือลุกจากเก้าอี้',
        'อาการปวดอาจร้าวลงไปที่ก้น',
      ],
    },
    commonCauses: {
      en: [
        'Lifting, twisting or bending awkwardly',
        'Unaccustomed exercise or physical work',
        'Long periods of sitting or driving',
        'A strain or sprain of the back muscles and ligaments',
      ],
      th: [
        'ยกของ บิดตัว หรือก้มตัวผิดท่า',
        'ออกกำลังกายหรือทำงานใช้แรงที่ไม่คุ้นเคย',
        'นั่งหรือขับรถเป็นเวลานาน',
        'กล้ามเนื้อหรือเอ็นบริเวณหลังยืดหรือฉีกขาดเล็กน้อย',
      ],
    },
    typicalCourse: {
      acuteSessions: { min: 1, max: 3 },
      chronicSessions: null,
      reviewAfterWeeks: 8,
      notes: {
        en: 'Acupuncture for a recent episode is usually a short course of 1–3 sessions alongside staying active. See your doctor if the pain is not improving after a few weeks; if it has turned into longer-lasting pain, judge any acupuncture course after 6–8 weeks at the latest.',
        th: 'การฝังเข็มสำหรับอาการที่เพิ่งเป็นมักเป็นการรักษาระยะสั้น 1–3 ครั้ง ควบคู่กับการขยับร่างกายตามปกติ หากผ่านไปสองสามสัปดาห์แล้วอาการไม่ดีขึ้น ควรพบแพทย์ และหากกลายเป็นอาการปวดต่อเนื่อง ควรประเมินผลการฝังเข็มภายใน 6–8 สัปดาห์เป็นอย่างช้า',
      },
    },
    recommendedMethods: ['manual-acupuncture', 'electroacupuncture', 'cupping', 'tui-na-massage'],
    acupointRegions: ['back-of-knee', 'feet', 'lumbosacral', 'hands', 'hips'],
    redFlags: LOW_BACK_RED_FLAGS,
    references: [ACP_2017, NCCIH_LOW_BACK, NICE_NG59],
  },
  {
    slug: 'sciatica',
    name: { en: 'Sciatica', th: 'ปวดหลังร้าวลงขา (ปวดเส้นประสาทไซแอติก)' },
    summary: {
      en: 'Pain that runs from the lower back or buttock down the back of the leg, caused by irritation of the sciatic nerve roots. A doctor should assess it first; acupuncture may be used only as a complement.',
      th: 'อาการปวดร้าวจากหลังส่วนล่างหรือก้นลงไปทางด้านหลังของขา เกิดจากรากประสาทของเส้นประสาทไซแอติกถูกระคายเคือง ควรได้รับการตรวจจากแพทย์ก่อน และใช้การฝังเข็มเป็นเพียงการรักษาเสริมเท่านั้น',
    },
    description: {
      en: [
        'Sciatica is pain, often with tingling or numbness, that travels from the lower back or buttock down the leg, sometimes to the foot. It is usually caused by a disc or narrowed space in the lower spine irritating a nerve root, and many cases improve over weeks to months.',
        '## Can acupuncture help?',
        'Evidence for acupuncture in sciatica is limited, and NICE in the UK does not recommend acupuncture for low back pain with or without sciatica. Some people still choose it as a complement to medical care and exercise. Leg weakness, numbness in the saddle area or bladder and bowel problems need urgent medical attention, not acupuncture.',
      ],
      th: [
        'อาการปวดร้าวลงขาจากเส้นประสาทไซแอติก คืออาการปวดที่มักมีอาการชาหรือเป็นเหน็บร่วมด้วย โดยร้าวจากหลังส่วนล่างหรือก้นลงไปตามขา บางครั้งลงไปถึงเท้า มักเกิดจากหมอนรองกระดูกหรือช่องกระดูกสันหลังส่วนล่างที่แคบลงไประคายเคืองรากประสาท และหลายรายจะดีขึ้นได้ภายในหลายสัปดาห์ถึงหลายเดือน',
        '## การฝังเข็มช่วยได้หรือไม่',
        'หลักฐานเรื่องการฝังเข็มรักษาอาการปวดร้าวลงขายังมีจำกัด และ NICE ของสหราชอาณาจักรไม่แนะนำการฝังเข็มสำหรับอาการปวดหลังส่วนล่างทั้งที่มีและไม่มีอาการปวดร้าวลงขา อย่างไรก็ตาม ผู้ป่วยบางรายยังเลือกใช้เป็นการรักษาเสริมควบคู่กับการดูแลของแพทย์และการออกกำลังกาย หากมีขาอ่อนแรง ชาบริเวณก้นและอวัยวะเพศ หรือมีปัญหาการขับถ่าย ต้องรีบพบแพทย์ทันทีแทนการมาฝังเข็ม',
      ],
    },
    bodyRegions: ['lower-back', 'hip', 'leg'],
    symptoms: {
      en: [
        'Pain running from the buttock down the back or side of the leg',
        'Tingling, pins and needles or numbness in the leg or foot',
        'Leg pain that is often worse than the back pain',
        'Pain that is worse when sitting, coughing or sneezing',
      ],
      th: [
        'ปวดร้าวจากก้นลงไปทางด้านหลังหรือด้านข้างของขา',
        'รู้สึกซ่า เป็นเหน็บ หรือชาที่ขาหรือเท้า',
        'อาการปวดขามักรุนแรงกว่าอาการปวดหลัง',
        'ปวดมากขึ้นเมื่อนั่ง ไอ หรือจาม',
      ],
    },
    commonCauses: {
      en: [
        'A herniated (slipped) disc pressing on a nerve root',
        'Narrowing of the spinal canal (spinal stenosis)',
        'Age-related wear of the lower spine',
        'Less often, injury or other spinal conditions that need a doctor',
      ],
      th: [
        'หมอนรองกระดูกสันหลังเคลื่อนไปกดทับรากประสาท',
        'โพรงกระดูกสันหลังตีบแคบ',
        'ความเสื่อมของกระดูกสันหลังส่วนล่างตามวัย',
        'ส่วนน้อยเกิดจากการบาดเจ็บหรือโรคอื่นของกระดูกสันหลังที่ต้องได้รับการดูแลจากแพทย์',
      ],
    },
    typicalCourse: {
      acuteSessions: { min: 1, max: 3 },
      chronicSessions: { min: 6, max: 12 },
      reviewAfterWeeks: 8,
      notes: {
        en: 'Only after a doctor has assessed the leg symptoms. Recent sciatica: a short course of 1–3 sessions; longer-lasting sciatica: 6–12 sessions with exercise and posture advice. Review after 6–8 weeks and stop if there is no clear improvement.',
        th: 'เริ่มได้เมื่อแพทย์ตรวจประเมินอาการที่ขาแล้วเท่านั้น หากเพิ่งมีอาการ อาจรักษาระยะสั้น 1–3 ครั้ง หากเป็นมานาน อาจรักษา 6–12 ครั้งควบคู่กับการออกกำลังกายและการปรับท่าทาง ประเมินผลหลัง 6–8 สัปดาห์ และหยุดหากอาการไม่ดีขึ้นอย่างชัดเจน',
      },
    },
    recommendedMethods: ['manual-acupuncture', 'electroacupuncture'],
    acupointRegions: ['lumbosacral', 'hips', 'back-of-knee', 'feet'],
    redFlags: {
      en: [
        ...LOW_BACK_RED_FLAGS.en,
        'Sciatica in both legs at the same time',
        'A foot that drags or slaps when you walk',
      ],
      th: [...LOW_BACK_RED_FLAGS.th, 'ปวดร้าวลงขาทั้งสองข้างพร้อมกัน', 'เดินแล้วเท้าลากหรือกระดกเท้าไม่ขึ้น'],
    },
    references: [
      NICE_NG59,
      {
        title: 'Sciatica',
        publisher: 'NHS (National Health Service, UK)',
        url: 'https://www.nhs.uk/conditions/sciatica/',
      },
      COCHRANE_CLBP,
    ],
  },
  {
    slug: 'muscle-strain-and-spasm',
    name: { en: 'Back muscle strain and spasm', th: 'กล้ามเนื้อหลังยืด เคล็ด และหดเกร็ง' },
    summary: {
      en: 'Overstretched or overworked back muscles that become painful and tight. It usually settles within days to weeks; acupuncture, cupping and massage may help tense muscles relax for some people.',
      th: 'ภาวะที่กล้ามเนื้อหลังถูกยืดหรือใช้งานมากเกินไปจนปวดและตึง มักหายได้ภายในไม่กี่วันถึงไม่กี่สัปดาห์ การฝังเข็ม การครอบแก้ว และการนวด อาจช่วยให้กล้ามเนื้อที่ตึงคลายตัวได้ในบางคน',
    },
    description: {
      en: [
        'A strain happens when muscle fibres are overstretched or slightly torn, for example by lifting, twisting or sudden effort. The area may be tender and swollen, and the muscles around it can tighten into a painful spasm that limits movement.',
        '## Can acupuncture help?',
        'Acupuncture, cupping and Tui Na are often used to help tense muscles relax. Reviews suggest massage may give short-term relief, but the evidence for each of these methods is of low quality. Gentle movement and gradually returning to normal activity remain the main treatment.',
      ],
      th: [
        'กล้ามเนื้อยืดหรือเคล็ดเกิดเมื่อใยกล้ามเนื้อถูกยืดมากเกินไปหรือฉีกขาดเล็กน้อย เช่น จากการยกของ บิดตัว หรือออกแรงทันที บริเวณนั้นอาจกดเจ็บและบวม และกล้ามเนื้อรอบ ๆ อาจหดเกร็งจนปวดและเคลื่อนไหวได้น้อยลง',
        '## การฝังเข็มช่วยได้หรือไม่',
        'การฝังเข็ม การครอบแก้ว และการนวดทุยหนา มักใช้เพื่อช่วยให้กล้ามเนื้อที่ตึงคลายตัว การทบทวนงานวิจัยพบว่าการนวดอาจช่วยบรรเทาอาการได้ในระยะสั้น แต่หลักฐานของแต่ละวิธียังมีคุณภาพต่ำ การขยับร่างกายเบา ๆ และค่อย ๆ กลับไปทำกิจวัตรตามปกติยังคงเป็นการรักษาหลัก',
      ],
    },
    bodyRegions: ['lower-back', 'upper-back', 'neck'],
    symptoms: {
      en: [
        'Pain and tenderness in one area of the back',
        'Muscle spasm or a hard, tight band of muscle',
        'Reduced range of movement',
        'Pain that is worse with movement and eases with rest',
      ],
      th: [
        'ปวดและกดเจ็บเฉพาะบริเวณหนึ่งของหลัง',
        'กล้ามเนื้อหดเกร็ง หรือคลำได้เป็นลำแข็งตึง',
        'เคลื่อนไหวได้น้อยลง',
        'ปวดมากขึ้นเมื่อขยับ และทุเลาลงเมื่อพัก',
      ],
    },
    commonCauses: {
      en: [
        'Lifting heavy objects or lifting with poor technique',
        'Sudden twisting or awkward movements',
        'Overuse in sport or physical work',
        'Sitting in one position for a long time',
      ],
      th: [
        'ยกของหนักหรือยกของผิดวิธี',
        'บิดตัวทันทีหรือเคลื่อนไหวผิดท่า',
        'ใช้งานกล้ามเนื้อมากเกินไปจากการเล่นกีฬาหรือทำงานใช้แรง',
        'นั่งอยู่ในท่าเดิมเป็นเวลานาน',
      ],
    },
    typicalCourse: {
      acuteSessions: { min: 1, max: 3 },
      chronicSessions: null,
      reviewAfterWeeks: 8,
      notes: {
        en: 'Usually 1–3 sessions alongside gentle movement. If pain keeps returning or lasts beyond a few weeks, see a doctor or physiotherapist; judge any longer course after 6–8 weeks.',
        th: 'โดยทั่วไปรักษาประมาณ 1–3 ครั้ง ควบคู่กับการขยับร่างกายเบา ๆ หากปวดซ้ำบ่อยหรือเป็นนานเกินสองสามสัปดาห์ ควรพบแพทย์หรือนักกายภาพบำบัด และหากรักษาต่อเนื่อง ควรประเมินผลหลัง 6–8 สัปดาห์',
      },
    },
    recommendedMethods: ['manual-acupuncture', 'electroacupuncture', 'cupping', 'tui-na-massage'],
    acupointRegions: ['lumbosacral', 'back-of-knee', 'hands', 'upper-back', 'shoulders'],
    redFlags: LOW_BACK_RED_FLAGS,
    references: [
      NCCIH_LOW_BACK,
      {
        title: 'Massage for low-back pain (Furlan AD, Giraldo M, Baskwill A, Irvin E, Imamura M)',
        publisher: 'Cochrane Database of Systematic Reviews',
        year: 2015,
        url: 'https://doi.org/10.1002/14651858.CD001929.pub3',
      },
      ACP_2017,
    ],
  },
  {
    slug: 'herniated-disc',
    name: { en: 'Early or minor disc herniation', th: 'หมอนรองกระดูกสันหลังเคลื่อนระยะแรกหรือเล็กน้อย' },
    summary: {
      en: 'A bulging or herniated disc in the lower spine that a doctor has assessed and found not to need urgent treatment. Acupuncture may be used only as a complement to medical care; nerve compression with red flags needs a doctor first.',
      th: 'ภาวะหมอนรองกระดูกสันหลังส่วนล่างปลิ้นหรือเคลื่อน ซึ่งแพทย์ตรวจแล้วว่าไม่จำเป็นต้องรักษาเร่งด่วน การฝังเข็มใช้ได้เพียงเป็นการรักษาเสริมควบคู่กับการดูแลของแพทย์ หากหมอนรองกระดูกทับเส้นประสาทและมีสัญญาณอันตราย ต้องพบแพทย์ก่อน',
    },
    description: {
      en: [
        'The discs between the vertebrae have a tough outer ring and a softer centre. With age or strain, part of a disc can bulge or herniate and irritate a nearby nerve root, causing back pain, leg pain or both. Many disc herniations improve over weeks to months without surgery.',
        '## Can acupuncture help?',
        'There is little good evidence that acupuncture changes the disc itself, and it must not delay medical care. A disc that presses hard on nerves, causing weakness, numbness in the saddle area or bladder and bowel problems, needs urgent medical management. For early or minor herniation that your doctor is already managing, acupuncture may be discussed as a complement to exercise and physiotherapy.',
      ],
      th: [
        'หมอนรองกระดูกที่อยู่ระหว่างข้อกระดูกสันหลังมีวงนอกที่เหนียวและแกนกลางที่นุ่มกว่า เมื่ออายุมากขึ้นหรือได้รับแรงกระทำซ้ำ ๆ หมอนรองกระดูกบางส่วนอาจปลิ้นหรือเคลื่อนออกมาระคายเคืองรากประสาทที่อยู่ใกล้เคียง ทำให้ปวดหลัง ปวดขา หรือทั้งสองอย่าง หมอนรองกระดูกเคลื่อนหลายรายดีขึ้นได้ภายในหลายสัปดาห์ถึงหลายเดือนโดยไม่ต้องผ่าตัด',
        '## การฝังเข็มช่วยได้หรือไม่',
        'ยังมีหลักฐานที่ดีน้อยมากว่าการฝังเข็มทำให้หมอนรองกระดูกเปลี่ยนแปลง และการฝังเข็มต้องไม่ทำให้การรักษาของแพทย์ล่าช้า หากหมอนรองกระดูกทับเส้นประสาทอย่างรุนแรงจนขาอ่อนแรง ชาบริเวณก้นและอวัยวะเพศ หรือมีปัญหาการขับถ่าย ต้องได้รับการรักษาจากแพทย์อย่างเร่งด่วน ส่วนหมอนรองกระดูกเคลื่อนระยะแรกหรือเล็กน้อยที่อยู่ในความดูแลของแพทย์แล้ว อาจพิจารณาการฝังเข็มเป็นการรักษาเสริมควบคู่กับการออกกำลังกายและกายภาพบำบัด',
      ],
    },
    bodyRegions: ['lower-back', 'leg'],
    symptoms: {
      en: [
        'Low back pain, sometimes with pain spreading into the buttock or leg',
        'Tingling or numbness in part of the leg or foot',
        'Pain that is worse when sitting, bending forward, coughing or sneezing',
      ],
      th: [
        'ปวดหลังส่วนล่าง บางครั้งปวดร้าวลงก้นหรือขา',
        'ซ่าหรือชาบางส่วนของขาหรือเท้า',
        'ปวดมากขึ้นเมื่อนั่ง ก้มตัวไปข้างหน้า ไอ หรือจาม',
      ],
    },
    commonCauses: {
      en: [
        'Age-related changes in the discs',
        'Repeated bending and lifting, or a single heavy lift',
        'Long hours of sitting',
        'Smoking and excess body weight, which are linked to disc problems',
      ],
      th: [
        'ความเสื่อมของหมอนรองกระดูกตามวัย',
        'การก้มและยกของซ้ำ ๆ หรือการยกของหนักเพียงครั้งเดียว',
        'การนั่งติดต่อกันเป็นเวลานาน',
        'การสูบบุหรี่และน้ำหนักตัวที่มากเกินไป ซึ่งสัมพันธ์กับปัญหาหมอนรองกระดูก',
      ],
    },
    typicalCourse: {
      acuteSessions: { min: 1, max: 3 },
      chronicSessions: { min: 6, max: 12 },
      reviewAfterWeeks: 8,
      notes: {
        en: 'Only for early or minor herniation that a doctor has assessed, and only as a complement to medical care, exercise and physiotherapy. Review after 6–8 weeks; stop and see your doctor if symptoms get worse or new red flags appear.',
        th: 'ใช้เฉพาะกับหมอนรองกระดูกเคลื่อนระยะแรกหรือเล็กน้อยที่แพทย์ตรวจแล้ว และเป็นเพียงการรักษาเสริมควบคู่กับการดูแลของแพทย์ การออกกำลังกาย และกายภาพบำบัด ประเมินผลหลัง 6–8 สัปดาห์ หากอาการแย่ลงหรือมีสัญญาณอันตรายใหม่ ให้หยุดและพบแพทย์',
      },
    },
    recommendedMethods: ['manual-acupuncture', 'electroacupuncture'],
    acupointRegions: ['lumbosacral', 'hips', 'back-of-knee', 'feet'],
    redFlags: {
      en: [...LOW_BACK_RED_FLAGS.en, 'Leg pain, numbness or weakness that keeps getting worse despite treatment'],
      th: [...LOW_BACK_RED_FLAGS.th, 'ปวดขา ชา หรืออ่อนแรงมากขึ้นเรื่อย ๆ แม้ได้รับการรักษาแล้ว'],
    },
    references: [
      NICE_NG59,
      {
        title: 'Slipped disc',
        publisher: 'NHS (National Health Service, UK)',
        url: 'https://www.nhs.uk/conditions/slipped-disc/',
      },
    ],
  },
  {
    slug: 'upper-back-pain',
    name: { en: 'Upper back pain', th: 'ปวดหลังส่วนบน' },
    summary: {
      en: 'Pain and tightness between the shoulder blades and around the upper spine, often linked to posture and desk work. Acupuncture may ease muscle pain for some people as part of a wider plan.',
      th: 'อาการปวดและตึงบริเวณระหว่างสะบักและรอบกระดูกสันหลังส่วนบน มักสัมพันธ์กับท่าทางและการทำงานหน้าโต๊ะ การฝังเข็มอาจช่วยบรรเทาอาการปวดกล้ามเนื้อได้ในบางคน เมื่อเป็นส่วนหนึ่งของแผนการดูแลโดยรวม',
    },
    description: {
      en: [
        'Upper (thoracic) back pain is felt between the base of the neck and the bottom of the ribcage. It is commonly related to long hours at a desk or on a phone, rounded shoulders and muscle tension, and is less common than low back pain.',
        '## Can acupuncture help?',
        'Acupuncture is used for many kinds of chronic musculoskeletal pain. A large analysis of individual patient data found acupuncture did better than sham and no acupuncture for chronic musculoskeletal pain, although the difference from sham was modest. For the upper back, points are usually on the head, neck, shoulders and the upper and lower back. Posture changes, regular breaks and exercise remain essential.',
      ],
      th: [
        'อาการปวดหลังส่วนบน (ส่วนอก) คืออาการปวดบริเวณตั้งแต่โคนคอลงมาถึงขอบล่างของซี่โครง มักสัมพันธ์กับการนั่งทำงานหน้าโต๊ะหรือใช้โทรศัพท์เป็นเวลานาน ไหล่ห่อ และกล้ามเนื้อตึง และพบได้น้อยกว่าอาการปวดหลังส่วนล่าง',
        '## การฝังเข็มช่วยได้หรือไม่',
        'การฝังเข็มใช้กับอาการปวดเรื้อรังของกล้ามเนื้อและกระดูกหลายชนิด การวิเคราะห์ข้อมูลผู้ป่วยรายบุคคลขนาดใหญ่พบว่า การฝังเข็มให้ผลดีกว่าการฝังเข็มหลอกและการไม่ฝังเข็มสำหรับอาการปวดเรื้อรังของกล้ามเนื้อและกระดูก แต่ความแตกต่างจากการฝังเข็มหลอกอยู่ในระดับไม่มาก สำหรับหลังส่วนบนมักใช้จุดบริเวณศีรษะ คอ ไหล่ และหลังทั้งส่วนบนและส่วนล่าง การปรับท่าทาง การพักเป็นระยะ และการออกกำลังกายยังคงเป็นสิ่งสำคัญ',
      ],
    },
    bodyRegions: ['upper-back', 'shoulder', 'neck'],
    symptoms: {
      en: [
        'Aching or burning between the shoulder blades',
        'Tight, tender muscles across the upper back and shoulders',
        'Stiffness when turning or bending the upper body',
        'Pain that builds up during long periods at a desk',
      ],
      th: [
        'ปวดเมื่อยหรือแสบร้อนบริเวณระหว่างสะบัก',
        'กล้ามเนื้อหลังส่วนบนและบ่าตึงและกดเจ็บ',
        'รู้สึกฝืดเมื่อหมุนหรือก้มลำตัวส่วนบน',
        'ปวดมากขึ้นเรื่อย ๆ เมื่อนั่งทำงานหน้าโต๊ะนาน ๆ',
      ],
    },
    commonCauses: {
      en: [
        'Rounded shoulders and a forward head posture',
        'Long hours at a computer or looking down at a phone',
        'Carrying heavy bags on one shoulder',
        'Stress and muscle tension',
      ],
      th: [
        'ไหล่ห่อและศีรษะยื่นไปข้างหน้า',
        'ใช้คอมพิวเตอร์หรือก้มมองโทรศัพท์เป็นเวลานาน',
        'สะพายกระเป๋าหนักไว้บนไหล่ข้างเดียว',
        'ความเครียดและกล้ามเนื้อตึงตัว',
      ],
    },
    typicalCourse: {
      acuteSessions: { min: 1, max: 3 },
      chronicSessions: { min: 6, max: 12 },
      reviewAfterWeeks: 8,
      notes: {
        en: 'Recent pain: 1–3 sessions; long-standing pain: often 6–12 sessions with posture correction and exercise. Review after 6–8 weeks; if there is no clear improvement, acupuncture may not be the right treatment.',
        th: 'หากเพิ่งเริ่มปวด รักษาประมาณ 1–3 ครั้ง หากปวดมานาน มักรักษา 6–12 ครั้งร่วมกับการปรับท่าทางและการออกกำลังกาย ประเมินผลหลัง 6–8 สัปดาห์ หากอาการยังไม่ดีขึ้นอย่างชัดเจน การฝังเข็มอาจไม่ใช่การรักษาที่เหมาะสม',
      },
    },
    recommendedMethods: ['manual-acupuncture', 'electroacupuncture', 'cupping', 'tui-na-massage'],
    acupointRegions: ['head', 'neck', 'shoulders', 'upper-back', 'lumbosacral'],
    redFlags: {
      en: [
        'Chest pain, shortness of breath or sweating with the back pain: call emergency services',
        'Pain after a fall or injury, or in someone with osteoporosis',
        'Fever, unexplained weight loss or a history of cancer',
        'Numbness or weakness in the legs, or problems with walking or balance',
        'Severe pain at night or constant pain that does not change with position',
      ],
      th: [
        'เจ็บหน้าอก หายใจไม่อิ่ม หรือเหงื่อออกมากร่วมกับปวดหลัง ให้โทรเรียกรถฉุกเฉินทันที',
        'ปวดหลังจากหกล้มหรือได้รับบาดเจ็บ หรือเกิดในผู้ที่เป็นโรคกระดูกพรุน',
        'มีไข้ น้ำหนักลดโดยไม่ทราบสาเหตุ หรือเคยเป็นโรคมะเร็ง',
        'ขาชาหรืออ่อนแรง หรือเดินและทรงตัวลำบาก',
        'ปวดรุนแรงตอนกลางคืน หรือปวดตลอดเวลาไม่ว่าจะเปลี่ยนท่าอย่างไร',
      ],
    },
    references: [VICKERS_2018, NCCIH_ACUPUNCTURE],
  },
  {
    slug: 'neck-pain',
    name: { en: 'Neck pain, including text neck and wry neck', th: 'ปวดคอ รวมถึงภาวะคอยื่นจากการก้มมองจอและคอเคล็ด' },
    summary: {
      en: 'Pain and stiffness in the neck, including strain from looking down at phones (“text neck”) and a sudden painful stiff neck (torticollis or wry neck). Acupuncture may give short-term relief for some people with chronic neck pain.',
      th: 'อาการปวดและตึงบริเวณคอ รวมถึงอาการจากการก้มมองโทรศัพท์เป็นเวลานาน (text neck) และอาการคอแข็งปวดขึ้นมาทันที (คอเคล็ดหรือคอตกหมอน) การฝังเข็มอาจช่วยบรรเทาอาการปวดคอเรื้อรังได้ในระยะสั้นสำหรับบางคน',
    },
    description: {
      en: [
        'Most neck pain comes from the muscles, ligaments and joints of the neck and is not serious. “Text neck” describes strain from holding the head bent forward over a phone or laptop for long periods. Torticollis (wry neck) is a sudden, painful stiffness that turns the head to one side, often noticed on waking and usually easing within days.',
        '## Can acupuncture help?',
        'A Cochrane review found that acupuncture may relieve chronic neck pain slightly better than sham treatment in the short term, but the evidence was of moderate to low quality and long-term effects are unclear. Acupuncture works best, if at all, alongside posture changes, regular breaks from screens and neck exercises.',
      ],
      th: [
        'อาการปวดคอส่วนใหญ่เกิดจากกล้ามเนื้อ เอ็น และข้อต่อบริเวณคอ และไม่ใช่ภาวะร้ายแรง ภาวะคอยื่นจากการก้มมองจอ (text neck) หมายถึงอาการที่เกิดจากการก้มศีรษะมองโทรศัพท์หรือโน้ตบุ๊กเป็นเวลานาน ส่วนคอเคล็ดหรือคอตกหมอน (torticollis) คืออาการคอแข็งและปวดขึ้นมาทันทีจนศีรษะเอียงไปด้านหนึ่ง มักเป็นตอนตื่นนอน และส่วนใหญ่ทุเลาลงภายในไม่กี่วัน',
        '## การฝังเข็มช่วยได้หรือไม่',
        'การทบทวนวรรณกรรมของ Cochrane พบว่าการฝังเข็มอาจบรรเทาอาการปวดคอเรื้อรังได้ดีกว่าการรักษาหลอกเล็กน้อยในระยะสั้น แต่หลักฐานมีคุณภาพปานกลางถึงต่ำ และยังไม่ชัดเจนว่าได้ผลในระยะยาวหรือไม่ หากการฝังเข็มจะช่วยได้ ก็มักได้ผลดีที่สุดเมื่อทำควบคู่กับการปรับท่าทาง การพักสายตาจากหน้าจอเป็นระยะ และการบริหารกล้ามเนื้อคอ',
      ],
    },
    bodyRegions: ['neck', 'shoulder', 'upper-back', 'head-jaw'],
    symptoms: {
      en: [
        'Aching and stiffness in the neck and across the shoulders',
        'Difficulty turning the head to one or both sides',
        'Tender, tight muscles at the base of the skull',
        'Headache that starts at the back of the head',
      ],
      th: [
        'ปวดเมื่อยและตึงบริเวณคอและบ่า',
        'หันศีรษะไปด้านใดด้านหนึ่งหรือทั้งสองด้านได้ลำบาก',
        'กล้ามเนื้อบริเวณท้ายทอยตึงและกดเจ็บ',
        'ปวดศีรษะโดยเริ่มจากบริเวณท้ายทอย',
      ],
    },
    commonCauses: {
      en: [
        'Looking down at a phone or laptop for long periods',
        'Poor desk or screen set-up',
        'Sleeping in an awkward position or on an unsuitable pillow',
        'Stress and muscle tension',
        'Age-related changes in the neck joints',
      ],
      th: [
        'ก้มมองโทรศัพท์หรือโน้ตบุ๊กเป็นเวลานาน',
        'จัดโต๊ะทำงานหรือตำแหน่งหน้าจอไม่เหมาะสม',
        'นอนผิดท่าหรือใช้หมอนที่ไม่เหมาะสม',
        'ความเครียดและกล้ามเนื้อตึงตัว',
        'ความเสื่อมของข้อต่อกระดูกคอตามวัย',
      ],
    },
    typicalCourse: {
      acuteSessions: { min: 1, max: 3 },
      chronicSessions: { min: 6, max: 12 },
      reviewAfterWeeks: 8,
      notes: {
        en: 'A sudden stiff neck: 1–3 sessions if it has not settled on its own. Long-standing neck pain: often 6–12 sessions with posture and exercise advice. Review after 6–8 weeks and stop if there is no clear improvement.',
        th: 'คอเคล็ดหรือคอแข็งเฉียบพลันที่ยังไม่ทุเลาเอง รักษาประมาณ 1–3 ครั้ง ปวดคอเรื้อรังมักรักษา 6–12 ครั้ง ควบคู่กับการปรับท่าทางและการบริหารคอ ประเมินผลหลัง 6–8 สัปดาห์ และหยุดหากอาการไม่ดีขึ้นอย่างชัดเจน',
      },
    },
    recommendedMethods: ['manual-acupuncture', 'electroacupuncture', 'cupping', 'tui-na-massage'],
    acupointRegions: ['head', 'neck', 'shoulders', 'upper-back', 'hands'],
    redFlags: {
      en: [
        'Neck pain after a fall, accident or blow to the head',
        'Weakness, numbness or clumsiness in the arms or hands, or problems with walking or balance',
        'Fever with a stiff neck, severe headache or a rash',
        'A sudden, severe headache unlike any before',
        'Dizziness, double vision, difficulty speaking or swallowing',
        'Unexplained weight loss or a history of cancer',
      ],
      th: [
        'ปวดคอหลังหกล้ม ประสบอุบัติเหตุ หรือศีรษะถูกกระแทก',
        'แขนหรือมืออ่อนแรง ชา หรือใช้งานไม่คล่อง หรือเดินและทรงตัวลำบาก',
        'มีไข้ร่วมกับคอแข็ง ปวดศีรษะรุนแรง หรือมีผื่น',
        'ปวดศีรษะรุนแรงขึ้นมาทันทีแบบที่ไม่เคยเป็นมาก่อน',
        'เวียนศีรษะ เห็นภาพซ้อน พูดลำบาก หรือกลืนลำบาก',
        'น้ำหนักลดโดยไม่ทราบสาเหตุ หรือเคยเป็นโรคมะเร็ง',
      ],
    },
    references: [
      {
        title: 'Acupuncture for neck disorders (Trinh K, Graham N, Irnich D, Cameron ID, Forget M)',
        publisher: 'Cochrane Database of Systematic Reviews',
        year: 2016,
        url: 'https://doi.org/10.1002/14651858.CD004870.pub4',
      },
      VICKERS_2018,
      NCCIH_ACUPUNCTURE,
    ],
  },
  {
    slug: 'pregnancy-related-back-pain',
    name: { en: 'Back pain in pregnancy', th: 'ปวดหลังระหว่างตั้งครรภ์' },
    summary: {
      en: 'Low back and pelvic pain are very common in pregnancy, affecting about 50–80% of pregnant women. Acupuncture with adapted points may help some women, but only after discussion with the obstetrician or midwife.',
      th: 'อาการปวดหลังส่วนล่างและปวดเชิงกรานพบได้บ่อยมากระหว่างตั้งครรภ์ ประมาณร้อยละ 50–80 ของหญิงตั้งครรภ์มีอาการนี้ การฝังเข็มโดยเลือกจุดให้เหมาะสมอาจช่วยหญิงตั้งครรภ์บางราย แต่ต้องปรึกษาสูติแพทย์หรือพยาบาลผดุงครรภ์ก่อน',
    },
    description: {
      en: [
        'During pregnancy, weight gain, a shift in the centre of gravity, hormonal changes that loosen ligaments, and stress all put extra load on the back and pelvis. Pain often increases as pregnancy progresses and can disturb sleep, work and daily activities.',
        '## Can acupuncture help?',
        'A Cochrane review of treatments for low back and pelvic pain in pregnancy found some evidence that acupuncture or exercise, added to usual antenatal care, reduced pain more than usual care alone, but the quality of the evidence was moderate to low. Certain points are traditionally avoided in pregnancy, so treatment must be given by a practitioner experienced in pregnancy care, after you have spoken to your obstetrician or midwife.',
      ],
      th: [
        'ระหว่างตั้งครรภ์ น้ำหนักตัวที่เพิ่มขึ้น จุดศูนย์ถ่วงของร่างกายที่เปลี่ยนไป ฮอร์โมนที่ทำให้เอ็นยึดข้อหย่อนลง และความเครียด ล้วนเพิ่มภาระให้หลังและเชิงกราน อาการปวดมักมากขึ้นเมื่ออายุครรภ์มากขึ้น และอาจรบกวนการนอน การทำงาน และกิจวัตรประจำวัน',
        '## การฝังเข็มช่วยได้หรือไม่',
        'การทบทวนวรรณกรรมของ Cochrane เกี่ยวกับการรักษาอาการปวดหลังส่วนล่างและปวดเชิงกรานในหญิงตั้งครรภ์ พบหลักฐานบางส่วนว่าการฝังเข็มหรือการออกกำลังกายร่วมกับการฝากครรภ์ตามปกติ ช่วยลดอาการปวดได้มากกว่าการฝากครรภ์ตามปกติเพียงอย่างเดียว แต่หลักฐานมีคุณภาพปานกลางถึงต่ำ เนื่องจากมีจุดฝังเข็มบางจุดที่ต้องหลีกเลี่ยงระหว่างตั้งครรภ์ การรักษาจึงต้องทำโดยผู้ให้การรักษาที่มีประสบการณ์ดูแลหญิงตั้งครรภ์ และหลังจากที่คุณได้ปรึกษาสูติแพทย์หรือพยาบาลผดุงครรภ์แล้วเท่านั้น',
      ],
    },
    bodyRegions: ['lower-back', 'hip'],
    symptoms: {
      en: [
        'Aching in the lower back, often worse later in the day',
        'Pain over the back of the pelvis or in the buttocks',
        'Pain when turning in bed, climbing stairs or standing on one leg',
        'Disturbed sleep because of back or pelvic pain',
      ],
      th: [
        'ปวดเมื่อยหลังส่วนล่าง มักเป็นมากขึ้นในช่วงเย็น',
        'ปวดบริเวณด้านหลังของเชิงกรานหรือก้น',
        'ปวดเมื่อพลิกตัวบนเตียง ขึ้นบันได หรือยืนขาเดียว',
        'นอนหลับไม่สนิทเพราะปวดหลังหรือปวดเชิงกราน',
      ],
    },
    commonCauses: {
      en: [
        'Weight gain and a shift in the centre of gravity',
        'Hormonal changes that loosen the ligaments of the pelvis',
        'Changes in posture as the bump grows',
        'Stress and tiredness',
      ],
      th: [
        'น้ำหนักตัวที่เพิ่มขึ้นและจุดศูนย์ถ่วงที่เปลี่ยนไป',
        'ฮอร์โมนที่เปลี่ยนแปลงทำให้เอ็นยึดข้อเชิงกรานหย่อนลง',
        'ท่าทางที่เปลี่ยนไปเมื่อครรภ์ใหญ่ขึ้น',
        'ความเครียดและความเหนื่อยล้า',
      ],
    },
    typicalCourse: {
      acuteSessions: null,
      chronicSessions: { min: 6, max: 12 },
      reviewAfterWeeks: 8,
      notes: {
        en: 'Only after agreement with your obstetrician or midwife, with points adapted to the stage of pregnancy (points on the abdomen and lumbosacral area, and those giving a strong sensation, are avoided). Review after 6–8 weeks; stop if there is no clear improvement.',
        th: 'เริ่มได้เมื่อสูติแพทย์หรือพยาบาลผดุงครรภ์เห็นชอบแล้วเท่านั้น และเลือกจุดให้เหมาะกับอายุครรภ์ (หลีกเลี่ยงจุดบริเวณหน้าท้อง บริเวณเอวและกระเบนเหน็บ และจุดที่กระตุ้นแล้วรู้สึกรุนแรง) ประเมินผลหลัง 6–8 สัปดาห์ และหยุดหากอาการไม่ดีขึ้นอย่างชัดเจน',
      },
    },
    recommendedMethods: ['manual-acupuncture'],
    acupointRegions: ['hands', 'back-of-knee'],
    redFlags: {
      en: [
        'Vaginal bleeding or leaking fluid',
        'Regular tightenings or period-like cramps before 37 weeks',
        'Fever, or pain or burning when passing urine',
        'Severe or one-sided pain under the ribs, or a severe headache with swelling or blurred vision',
        'Numbness in the saddle area, leg weakness, or loss of bladder or bowel control',
        'Reduced movements of the baby',
      ],
      th: [
        'มีเลือดออกหรือมีน้ำไหลออกทางช่องคลอด',
        'ท้องแข็งเป็นระยะสม่ำเสมอหรือปวดคล้ายปวดประจำเดือนก่อนอายุครรภ์ 37 สัปดาห์',
        'มีไข้ หรือปัสสาวะแสบขัด',
        'ปวดรุนแรงหรือปวดข้างเดียวใต้ชายโครง หรือปวดศีรษะรุนแรงร่วมกับบวมหรือตาพร่ามัว',
        'ชาบริเวณก้นและอวัยวะเพศ ขาอ่อนแรง หรือกลั้นปัสสาวะหรืออุจจาระไม่ได้',
        'ลูกดิ้นน้อยลง',
      ],
    },
    references: [
      {
        title: 'Interventions for preventing and treating low-back and pelvic pain during pregnancy (Liddle SD, Pennick V)',
        publisher: 'Cochrane Database of Systematic Reviews',
        year: 2015,
        url: 'https://doi.org/10.1002/14651858.CD001139.pub4',
      },
      {
        title: 'Guidelines on Basic Training and Safety in Acupuncture (WHO/EDM/TRM/99.1)',
        publisher: 'World Health Organization',
        year: 1999,
      },
      NCCIH_LOW_BACK,
    ],
  },
  {
    slug: 'tension-headache',
    name: { en: 'Tension-type headache', th: 'ปวดศีรษะจากความตึงเครียด' },
    summary: {
      en: 'A pressing or tight headache on both sides of the head, often linked to neck and shoulder tension. For frequent tension-type headache, acupuncture may reduce how often headaches occur for some people.',
      th: 'อาการปวดศีรษะแบบบีบรัดหรือตึงทั้งสองข้าง มักสัมพันธ์กับกล้ามเนื้อคอและบ่าที่ตึง สำหรับผู้ที่ปวดศีรษะชนิดนี้บ่อย ๆ การฝังเข็มอาจช่วยลดความถี่ของอาการปวดได้ในบางคน',
    },
    description: {
      en: [
        'Tension-type headache is the most common kind of headache. It feels like a band or pressure around the head, is usually mild to moderate, and does not typically cause vomiting. It often occurs together with tight neck and shoulder muscles, stress and poor sleep.',
        '## Can acupuncture help?',
        'A Cochrane review found that, for people with frequent episodic or chronic tension-type headache, a course of at least six acupuncture sessions may reduce how often headaches occur. Acupuncture did slightly better than sham acupuncture, but the difference was small. New, changing or unusually severe headaches need a doctor first.',
      ],
      th: [
        'ปวดศีรษะจากความตึงเครียดเป็นอาการปวดศีรษะที่พบบ่อยที่สุด มีลักษณะเหมือนถูกรัดหรือถูกกดรอบศีรษะ ความรุนแรงมักอยู่ในระดับเล็กน้อยถึงปานกลาง และโดยทั่วไปไม่ทำให้อาเจียน มักเกิดร่วมกับกล้ามเนื้อคอและบ่าตึง ความเครียด และการนอนหลับไม่เพียงพอ',
        '## การฝังเข็มช่วยได้หรือไม่',
        'การทบทวนวรรณกรรมของ Cochrane พบว่าในผู้ที่ปวดศีรษะจากความตึงเครียดบ่อย ๆ หรือเป็นเรื้อรัง การฝังเข็มอย่างน้อยหกครั้งอาจช่วยลดความถี่ของอาการปวดศีรษะได้ โดยให้ผลดีกว่าการฝังเข็มหลอกเพียงเล็กน้อย หากเป็นอาการปวดศีรษะที่เพิ่งเกิดใหม่ มีลักษณะเปลี่ยนไป หรือรุนแรงผิดปกติ ต้องพบแพทย์ก่อน',
      ],
    },
    bodyRegions: ['head-jaw', 'neck', 'shoulder'],
    symptoms: {
      en: [
        'A pressing or tight feeling on both sides of the head',
        'Mild to moderate pain that does not worsen with routine activity',
        'Tender muscles in the neck, shoulders or scalp',
        'Headaches that come more often during stressful periods',
      ],
      th: [
        'รู้สึกตึงหรือถูกบีบรัดทั้งสองข้างของศีรษะ',
        'ปวดระดับเล็กน้อยถึงปานกลาง และไม่ปวดมากขึ้นเมื่อทำกิจวัตรตามปกติ',
        'กล้ามเนื้อคอ บ่า หรือหนังศีรษะกดเจ็บ',
        'ปวดศีรษะบ่อยขึ้นในช่วงที่มีความเครียด',
      ],
    },
    commonCauses: {
      en: [
        'Stress and anxiety',
        'Tight neck and shoulder muscles from posture or screen work',
        'Poor or too little sleep',
        'Skipped meals and not drinking enough water',
      ],
      th: [
        'ความเครียดและความวิตกกังวล',
        'กล้ามเนื้อคอและบ่าตึงจากท่าทางหรือการทำงานหน้าจอ',
        'นอนหลับไม่ดีหรือนอนน้อย',
        'รับประทานอาหารไม่ตรงเวลาและดื่มน้ำน้อย',
      ],
    },
    typicalCourse: {
      acuteSessions: null,
      chronicSessions: { min: 6, max: 12 },
      reviewAfterWeeks: 8,
      notes: {
        en: 'A course of at least 6 sessions, with a headache diary to track how often headaches occur. Review after 6–8 weeks; if headaches are not clearly less frequent, acupuncture may not be the right treatment.',
        th: 'รักษาอย่างน้อย 6 ครั้ง และควรจดบันทึกอาการปวดศีรษะเพื่อติดตามความถี่ ประเมินผลหลัง 6–8 สัปดาห์ หากความถี่ของอาการปวดศีรษะไม่ลดลงอย่างชัดเจน การฝังเข็มอาจไม่ใช่การรักษาที่เหมาะสม',
      },
    },
    recommendedMethods: ['manual-acupuncture', 'tui-na-massage'],
    acupointRegions: ['head', 'neck', 'shoulders', 'hands'],
    redFlags: {
      en: [
        'A sudden, severe headache that peaks within minutes',
        'Headache with fever, stiff neck, rash or confusion',
        'Weakness, numbness, difficulty speaking or changes in vision',
        'A new headache after the age of 50, or one that keeps getting worse',
        'Headache after a head injury',
        'Headache that wakes you from sleep or is worse on coughing or straining',
      ],
      th: [
        'ปวดศีรษะรุนแรงขึ้นมาทันทีและปวดมากที่สุดภายในไม่กี่นาที',
        'ปวดศีรษะร่วมกับมีไข้ คอแข็ง มีผื่น หรือสับสน',
        'แขนขาอ่อนแรง ชา พูดลำบาก หรือการมองเห็นเปลี่ยนไป',
        'เริ่มปวดศีรษะแบบใหม่หลังอายุ 50 ปี หรือปวดมากขึ้นเรื่อย ๆ',
        'ปวดศีรษะหลังศีรษะได้รับการกระแทก',
        'ปวดศีรษะจนตื่นกลางดึก หรือปวดมากขึ้นเมื่อไอหรือเบ่ง',
      ],
    },
    references: [
      {
        title: 'Acupuncture for the prevention of tension-type headache (Linde K et al.)',
        publisher: 'Cochrane Database of Systematic Reviews',
        year: 2016,
        url: 'https://doi.org/10.1002/14651858.CD007587.pub2',
      },
      NCCIH_ACUPUNCTURE,
    ],
  },
]
