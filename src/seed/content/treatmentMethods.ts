import type { SeedTreatmentMethod } from '../types'
import { ACP_2017, COCHRANE_CLBP, NCCIH_ACUPUNCTURE, NICE_NG59, VICKERS_2018, WHO_SAFETY } from './references'

/** Contraindications shared by every method that uses needles. */
const NEEDLING_CONTRAINDICATIONS = [
  'bleeding-disorders-and-anticoagulants',
  'pregnancy',
  'severe-heart-disease',
  'severe-organ-failure',
  'seizures',
  'exhaustion-or-intoxication',
  'recent-radiotherapy-or-corticosteroids',
  'serious-spinal-conditions',
  'skin-problems-at-treatment-site',
]

export const treatmentMethods: SeedTreatmentMethod[] = [
  {
    slug: 'manual-acupuncture',
    name: { en: 'Manual acupuncture', th: 'การฝังเข็มแบบดั้งเดิม' },
    summary: {
      en: 'Fine, sterile, single-use needles are placed at selected points and usually left for 20–30 minutes. Used alongside medical care, it may ease pain for some people with back or neck pain; results vary.',
      th: 'การใช้เข็มขนาดเล็กที่ปลอดเชื้อและใช้ครั้งเดียวทิ้งปักลงบนจุดที่เลือกไว้ โดยทั่วไปคาเข็มไว้ประมาณ 20–30 นาที เมื่อใช้ควบคู่กับการดูแลทางการแพทย์ อาจช่วยบรรเทาอาการปวดหลังหรือปวดคอได้ในผู้ป่วยบางราย ทั้งนี้ผลลัพธ์แตกต่างกันไปในแต่ละคน',
    },
    description: {
      en: [
        'Acupuncture comes from traditional Chinese medicine, which describes health in terms of qi (vital energy) flowing along channels called meridians. Modern researchers think that needling may stimulate nerves, muscles and connective tissue and change how pain signals are processed in the spinal cord and brain, but how much of the effect is specific to the needles is still debated.',
        '## What the evidence shows',
        'In trials of chronic low back pain, people who had acupuncture often reported less pain than people who had no acupuncture. However, sham (placebo) acupuncture, with needles placed superficially, at non-acupuncture points or not piercing the skin at all, often did about as well. Part of the benefit may therefore come from placebo and other non-specific effects, such as expectation, relaxation and the time spent with the practitioner.',
        'Guidelines differ. The American College of Physicians lists acupuncture among the options for chronic low back pain, while NICE in the UK does not recommend it for low back pain. Results vary from person to person; if there is no clear improvement after about 6–8 weeks, acupuncture may not be the right treatment for you.',
        'Acupuncture complements medical care and does not replace diagnosis or treatment by your doctor.',
      ],
      th: [
        'การฝังเข็มมีที่มาจากการแพทย์แผนจีน ซึ่งอธิบายสุขภาพในแง่ของการไหลเวียนของชี่ (ลมปราณ) ไปตามเส้นทางที่เรียกว่าเส้นลมปราณ นักวิจัยในปัจจุบันเชื่อว่าการปักเข็มอาจกระตุ้นเส้นประสาท กล้ามเนื้อ และเนื้อเยื่อเกี่ยวพัน และอาจเปลี่ยนวิธีที่ไขสันหลังและสมองรับรู้สัญญาณความปวด อย่างไรก็ตาม ผลที่ได้เกิดจากการปักเข็มโดยตรงมากน้อยเพียงใดยังเป็นประเด็นที่ถกเถียงกันอยู่',
        '## หลักฐานทางวิชาการบอกอะไร',
        'ในงานวิจัยเกี่ยวกับอาการปวดหลังส่วนล่างเรื้อรัง ผู้ที่ได้รับการฝังเข็มมักรายงานว่าปวดน้อยลงกว่าผู้ที่ไม่ได้รับการฝังเข็ม แต่การฝังเข็มหลอก เช่น การปักเข็มตื้น ๆ การปักนอกจุดฝังเข็ม หรือการใช้เข็มที่ไม่แทงทะลุผิวหนัง ก็มักให้ผลใกล้เคียงกัน ประโยชน์ส่วนหนึ่งจึงอาจมาจากผลของยาหลอก (placebo) และปัจจัยอื่นที่ไม่เฉพาะเจาะจง เช่น ความคาดหวัง การได้ผ่อนคลาย และเวลาที่ได้พูดคุยกับผู้ให้การรักษา',
        'แนวทางเวชปฏิบัติของแต่ละประเทศยังเห็นไม่ตรงกัน วิทยาลัยแพทย์อเมริกัน (American College of Physicians) จัดให้การฝังเข็มเป็นทางเลือกหนึ่งสำหรับอาการปวดหลังส่วนล่างเรื้อรัง ขณะที่สถาบัน NICE ของสหราชอาณาจักรไม่แนะนำการฝังเข็มสำหรับอาการปวดหลังส่วนล่าง ผลการรักษาแตกต่างกันไปในแต่ละคน หากผ่านไปประมาณ 6–8 สัปดาห์แล้วอาการยังไม่ดีขึ้นอย่างชัดเจน การฝังเข็มอาจไม่ใช่การรักษาที่เหมาะกับคุณ',
        'การฝังเข็มเป็นการรักษาเสริมควบคู่กับการดูแลทางการแพทย์ ไม่ได้ใช้แทนการตรวจวินิจฉัยหรือการรักษาของแพทย์',
      ],
    },
    howItIsPerformed: {
      en: [
        'Your first visit takes longer: the practitioner asks about your pain, medical history, medicines and any possibility of pregnancy, and checks for warning signs that need a doctor first.',
        '## During the session',
        '- You lie or sit comfortably and the skin over each point is cleaned.',
        '- Sterile single-use needles, much thinner than injection needles, are inserted at points chosen for your condition. For low back pain these are often on the lower back and hips, behind the knees, and on the feet and hands.',
        '- The practitioner may gently turn or lift a needle until you feel a dull, heavy or tingling sensation.',
        '- The needles usually stay in for 20–30 minutes while you rest, then are removed and discarded.',
        '## Afterwards',
        'Most people return to their normal activities straight away. If you feel light-headed, sit for a few minutes and have a drink of water before leaving.',
      ],
      th: [
        'การมารับการรักษาครั้งแรกจะใช้เวลานานกว่าปกติ เพราะผู้ให้การรักษาจะสอบถามอาการปวด ประวัติการเจ็บป่วย ยาที่ใช้ และโอกาสที่จะตั้งครรภ์ รวมทั้งตรวจหาสัญญาณอันตรายที่ควรได้รับการตรวจจากแพทย์ก่อน',
        '## ระหว่างการรักษา',
        '- คุณจะนอนหรือนั่งในท่าที่สบาย และผิวหนังบริเวณจุดที่จะฝังเข็มจะได้รับการทำความสะอาด',
        '- ผู้ให้การรักษาใช้เข็มปลอดเชื้อชนิดใช้ครั้งเดียวทิ้ง ซึ่งเล็กกว่าเข็มฉีดยามาก ปักลงบนจุดที่เลือกให้เหมาะกับอาการ สำหรับอาการปวดหลังส่วนล่างมักใช้จุดบริเวณหลังส่วนล่าง สะโพก ข้อพับเข่า เท้า และมือ',
        '- ผู้ให้การรักษาอาจหมุนหรือขยับเข็มเบา ๆ จนรู้สึกตื้อ หนัก ๆ หรือซ่า ๆ',
        '- โดยทั่วไปจะคาเข็มไว้ประมาณ 20–30 นาทีขณะที่คุณนอนพัก จากนั้นจึงถอนเข็มและทิ้งทันที',
        '## หลังการรักษา',
        'ส่วนใหญ่สามารถกลับไปทำกิจวัตรได้ตามปกติทันที หากรู้สึกเวียนศีรษะ ควรนั่งพักสักครู่และดื่มน้ำก่อนกลับ',
      ],
    },
    sessionLengthMinutes: { min: 20, max: 30 },
    sensationsAndSideEffects: {
      en: [
        'A brief prick as each needle goes in',
        'Mild tingling, heaviness or a dull ache around the needles',
        'Feeling relaxed or drowsy during or after the session',
        'Soreness, a small bruise or a drop of blood where a needle was placed',
        'Tiredness later the same day',
        'Occasionally light-headedness or fainting, most often at a first session',
        'Serious complications are rare when a trained practitioner uses sterile single-use needles',
      ],
      th: [
        'รู้สึกเจ็บคล้ายมดกัดเพียงครู่เดียวขณะปักเข็ม',
        'รู้สึกซ่า หนัก ๆ หรือปวดตื้อเล็กน้อยรอบบริเวณที่ปักเข็ม',
        'รู้สึกผ่อนคลายหรือง่วงระหว่างหรือหลังการรักษา',
        'ระบม มีรอยช้ำเล็ก ๆ หรือมีเลือดซึมเล็กน้อยตรงจุดที่ปักเข็ม',
        'รู้สึกอ่อนเพลียในช่วงเย็นของวันเดียวกัน',
        'อาจเวียนศีรษะหรือเป็นลมได้บ้าง โดยมักเกิดในการรักษาครั้งแรก',
        'ภาวะแทรกซ้อนร้ายแรงพบได้น้อยมาก เมื่อทำโดยผู้ให้การรักษาที่ผ่านการฝึกอบรมและใช้เข็มปลอดเชื้อชนิดใช้ครั้งเดียวทิ้ง',
      ],
    },
    contraindications: NEEDLING_CONTRAINDICATIONS,
    oftenCombinedWith: ['electroacupuncture', 'moxibustion', 'cupping', 'tui-na-massage'],
    references: [NCCIH_ACUPUNCTURE, COCHRANE_CLBP, VICKERS_2018, ACP_2017, NICE_NG59],
  },
  {
    slug: 'electroacupuncture',
    name: { en: 'Electroacupuncture', th: 'การฝังเข็มกระตุ้นไฟฟ้า' },
    summary: {
      en: 'A low-intensity electrical current is passed through pairs of acupuncture needles, or through electrodes on the skin, to stimulate the points more steadily than by hand.',
      th: 'การปล่อยกระแสไฟฟ้าความแรงต่ำผ่านเข็มที่ปักไว้เป็นคู่ หรือผ่านแผ่นอิเล็กโทรดที่ติดบนผิวหนัง เพื่อกระตุ้นจุดฝังเข็มได้สม่ำเสมอกว่าการกระตุ้นด้วยมือ',
    },
    description: {
      en: [
        'Electroacupuncture is a variation of acupuncture in which a small battery-powered stimulator delivers a low-intensity current to acupuncture points, either through needles already in place or through adhesive pads without needles. It is sometimes chosen for persistent back pain when stronger or longer stimulation is wanted.',
        '## What the evidence shows',
        'Trials of acupuncture for back pain have included electroacupuncture, but it is not clear whether it works better than manual acupuncture. The same limits apply as for acupuncture in general: the benefits seen in trials were modest, sham treatments often did nearly as well, and responses vary between people.',
        'It is a complement to medical care, not a replacement for it, and it is not suitable for people with a pacemaker or other implanted electrical device unless their specialist agrees.',
      ],
      th: [
        'การฝังเข็มกระตุ้นไฟฟ้าเป็นการฝังเข็มรูปแบบหนึ่ง โดยใช้เครื่องกระตุ้นขนาดเล็กที่ใช้แบตเตอรี่ปล่อยกระแสไฟฟ้าความแรงต่ำไปยังจุดฝังเข็ม ทั้งผ่านเข็มที่ปักไว้แล้ว หรือผ่านแผ่นอิเล็กโทรดแบบติดผิวหนังโดยไม่ต้องใช้เข็ม บางครั้งจะเลือกใช้วิธีนี้กับอาการปวดหลังที่เป็นต่อเนื่อง เมื่อต้องการการกระตุ้นที่แรงขึ้นหรือนานขึ้น',
        '## หลักฐานทางวิชาการบอกอะไร',
        'งานวิจัยเรื่องการฝังเข็มรักษาอาการปวดหลังมีการใช้การกระตุ้นไฟฟ้าร่วมด้วย แต่ยังไม่ชัดเจนว่าได้ผลดีกว่าการฝังเข็มแบบดั้งเดิมหรือไม่ ข้อจำกัดก็เช่นเดียวกับการฝังเข็มทั่วไป คือประโยชน์ที่พบในงานวิจัยอยู่ในระดับไม่มาก การรักษาหลอกมักให้ผลใกล้เคียงกัน และการตอบสนองแตกต่างกันไปในแต่ละคน',
        'วิธีนี้เป็นการรักษาเสริมควบคู่กับการดูแลทางการแพทย์ ไม่ได้ใช้แทนการรักษาของแพทย์ และไม่เหมาะกับผู้ที่ใส่เครื่องกระตุ้นหัวใจหรืออุปกรณ์ไฟฟ้าฝังในร่างกาย เว้นแต่แพทย์ผู้เชี่ยวชาญจะเห็นชอบ',
      ],
    },
    howItIsPerformed: {
      en: [
        'The assessment and needle insertion are the same as for manual acupuncture.',
        '- Small clips connect pairs of needles, or pads on the skin, to the stimulator. Electrodes are placed so that the current does not cross the chest.',
        '- The intensity is turned up slowly until you feel a comfortable tapping, buzzing or pulsing, sometimes with small rhythmic muscle twitches.',
        '- Tell the practitioner at once if it becomes uncomfortable; the setting is adjusted or stopped.',
        '- Stimulation usually lasts 20–30 minutes, after which the device is switched off and the needles are removed and discarded.',
      ],
      th: [
        'การซักประวัติ ตรวจร่างกาย และการปักเข็มทำเช่นเดียวกับการฝังเข็มแบบดั้งเดิม',
        '- ผู้ให้การรักษาใช้คลิปขนาดเล็กต่อเข็มที่ปักไว้เป็นคู่ หรือแผ่นอิเล็กโทรดบนผิวหนัง เข้ากับเครื่องกระตุ้น โดยจัดตำแหน่งไม่ให้กระแสไฟฟ้าผ่านบริเวณหน้าอก',
        '- ค่อย ๆ เพิ่มความแรงจนรู้สึกเหมือนถูกเคาะเบา ๆ รู้สึกสั่นหรือเป็นจังหวะในระดับที่สบาย บางครั้งกล้ามเนื้ออาจกระตุกเบา ๆ เป็นจังหวะ',
        '- หากรู้สึกไม่สบาย ให้บอกผู้ให้การรักษาทันที เพื่อปรับลดความแรงหรือหยุดการกระตุ้น',
        '- โดยทั่วไปจะกระตุ้นประมาณ 20–30 นาที จากนั้นปิดเครื่อง ถอนเข็ม และทิ้งเข็มทันที',
      ],
    },
    sessionLengthMinutes: { min: 20, max: 30 },
    sensationsAndSideEffects: {
      en: [
        'A tapping, buzzing or pulsing feeling at the needles or pads',
        'Small rhythmic twitches of the muscles near the needles',
        'The same needle soreness, small bruises or drops of blood as with manual acupuncture',
        'Mild muscle aching the next day',
        'Slight redness of the skin under adhesive pads',
      ],
      th: [
        'รู้สึกเหมือนถูกเคาะ สั่น หรือเป็นจังหวะบริเวณเข็มหรือแผ่นอิเล็กโทรด',
        'กล้ามเนื้อใกล้จุดที่ปักเข็มกระตุกเบา ๆ เป็นจังหวะ',
        'ระบม มีรอยช้ำเล็ก ๆ หรือมีเลือดซึมเล็กน้อยตรงจุดที่ปักเข็ม เช่นเดียวกับการฝังเข็มแบบดั้งเดิม',
        'ปวดเมื่อยกล้ามเนื้อเล็กน้อยในวันรุ่งขึ้น',
        'ผิวหนังใต้แผ่นอิเล็กโทรดแดงเล็กน้อย',
      ],
    },
    contraindications: [...NEEDLING_CONTRAINDICATIONS, 'pacemaker-or-implanted-electrical-device'],
    oftenCombinedWith: ['manual-acupuncture', 'tui-na-massage', 'cupping'],
    references: [
      NCCIH_ACUPUNCTURE,
      COCHRANE_CLBP,
      {
        title: 'Safety aspects of electroacupuncture (Cummings M)',
        publisher: 'Acupuncture in Medicine',
        year: 2011,
      },
    ],
  },
  {
    slug: 'moxibustion',
    name: { en: 'Moxibustion and warm-needle acupuncture', th: 'การรมยาและการฝังเข็มอุ่น' },
    summary: {
      en: 'Gentle heat from burning moxa, made from dried mugwort (Artemisia vulgaris), is applied near acupuncture points or on the handle of an inserted needle. It is traditionally used for chronic back pain of the “cold-damp” type.',
      th: 'การใช้ความร้อนอ่อน ๆ จากการเผาม็อกซ่า ซึ่งทำจากใบโกฐจุฬาลัมพา (Artemisia vulgaris) ตากแห้ง อังใกล้จุดฝังเข็มหรือวางบนด้ามเข็มที่ปักไว้ ตามตำราแพทย์แผนจีนนิยมใช้กับอาการปวดหลังเรื้อรังกลุ่มที่เรียกว่า “เย็นชื้น”',
    },
    description: {
      en: [
        'Moxibustion applies heat from smouldering moxa, dried and processed leaves of mugwort (Artemisia vulgaris), to acupuncture points. It can be used directly, by holding a lit moxa stick a short distance above the skin or placing a small cone on a protective layer, or on the needle: in warm-needle acupuncture a small piece of moxa is fixed to the handle of an inserted needle so that mild warmth spreads along it.',
        'Chinese medicine traditionally uses moxibustion for chronic back pain described as “cold-damp”: a deep, heavy ache that tends to feel worse in cold or damp weather and better with warmth.',
        '## What the evidence shows',
        'There is little good-quality research on moxibustion for back pain, and it is not known whether it adds anything to acupuncture alone. Its main risk is burns, so it is done only by trained staff and never over numb or damaged skin. It complements, and does not replace, medical care.',
      ],
      th: [
        'การรมยาคือการใช้ความร้อนจากม็อกซ่าที่คุอยู่ ซึ่งทำจากใบโกฐจุฬาลัมพา (Artemisia vulgaris) ที่ตากแห้งและผ่านการแปรรูป ให้ความร้อนแก่จุดฝังเข็ม ทำได้ทั้งแบบรมโดยตรง คือจุดแท่งม็อกซ่าแล้วถือไว้เหนือผิวหนังในระยะเล็กน้อย หรือวางกรวยม็อกซ่าขนาดเล็กบนวัสดุรองกันความร้อน และแบบรมบนเข็ม คือการฝังเข็มอุ่น ซึ่งจะติดม็อกซ่าชิ้นเล็ก ๆ ไว้ที่ด้ามเข็มที่ปักอยู่ เพื่อให้ความอุ่นส่งผ่านไปตามเข็ม',
        'ตามตำราแพทย์แผนจีน การรมยานิยมใช้กับอาการปวดหลังเรื้อรังที่เรียกว่ากลุ่ม “เย็นชื้น” ลักษณะคือปวดลึก ๆ หนัก ๆ มักเป็นมากขึ้นเมื่ออากาศเย็นหรือชื้น และดีขึ้นเมื่อได้รับความอบอุ่น',
        '## หลักฐานทางวิชาการบอกอะไร',
        'งานวิจัยคุณภาพดีเกี่ยวกับการรมยารักษาอาการปวดหลังยังมีน้อย และยังไม่ทราบว่าการรมยาช่วยเพิ่มผลจากการฝังเข็มเพียงอย่างเดียวได้หรือไม่ ความเสี่ยงหลักคือแผลไหม้ จึงต้องทำโดยผู้ที่ผ่านการฝึกอบรมเท่านั้น และจะไม่ทำบนผิวหนังที่ชาหรือมีบาดแผล การรมยาเป็นการรักษาเสริม ไม่ได้ใช้แทนการดูแลทางการแพทย์',
      ],
    },
    howItIsPerformed: {
      en: [
        '- For warm-needle acupuncture, needles are inserted first; a small piece of moxa is fixed to the handle of some needles and lit, with a protective shield on the skin below.',
        '- For stick moxibustion, a lit moxa stick is held a short distance above the point and moved slowly until the skin feels pleasantly warm and looks slightly pink.',
        '- Tell the practitioner straight away if anything feels hot or painful; the moxa is moved away at once.',
        '- The smoke and smell can bother people with asthma or other breathing problems. Tell us in advance, as smokeless moxa or another method can be used.',
      ],
      th: [
        '- สำหรับการฝังเข็มอุ่น ผู้ให้การรักษาจะปักเข็มก่อน แล้วติดม็อกซ่าชิ้นเล็ก ๆ ที่ด้ามเข็มบางเล่มและจุดไฟ โดยมีแผ่นกันความร้อนรองบนผิวหนังด้านล่าง',
        '- สำหรับการรมด้วยแท่งม็อกซ่า ผู้ให้การรักษาจะถือแท่งม็อกซ่าที่จุดไฟแล้วไว้เหนือจุดในระยะเล็กน้อย และค่อย ๆ เคลื่อนไปมาจนผิวรู้สึกอุ่นสบายและมีสีชมพูเรื่อ ๆ',
        '- หากรู้สึกร้อนหรือเจ็บ ให้บอกผู้ให้การรักษาทันที ผู้ให้การรักษาจะย้ายม็อกซ่าออกทันที',
        '- ควันและกลิ่นอาจรบกวนผู้ที่เป็นโรคหืดหรือมีปัญหาระบบทางเดินหายใจ โปรดแจ้งล่วงหน้า เพื่อเลือกใช้ม็อกซ่าชนิดไร้ควันหรือวิธีอื่นแทน',
      ],
    },
    sessionLengthMinutes: { min: 10, max: 30 },
    sensationsAndSideEffects: {
      en: [
        'A spreading, comfortable warmth',
        'Temporary redness of the skin',
        'The smell of moxa smoke on skin and clothes',
        'Rarely, blisters or burns; tell the practitioner at once if it feels too hot',
      ],
      th: [
        'รู้สึกอุ่นสบายแผ่กระจายไปรอบ ๆ',
        'ผิวหนังแดงชั่วคราว',
        'มีกลิ่นควันม็อกซ่าติดผิวหนังและเสื้อผ้า',
        'พบได้น้อยที่จะเกิดตุ่มพองหรือแผลไหม้ หากรู้สึกร้อนเกินไปให้บอกผู้ให้การรักษาทันที',
      ],
    },
    contraindications: NEEDLING_CONTRAINDICATIONS,
    oftenCombinedWith: ['manual-acupuncture', 'cupping', 'tui-na-massage'],
    references: [
      {
        title: 'Moxibustion',
        publisher: 'MSD Manual Professional Version',
        year: 2023,
      },
      WHO_SAFETY,
      NCCIH_ACUPUNCTURE,
    ],
  },
  {
    slug: 'cupping',
    name: { en: 'Cupping', th: 'การครอบแก้ว' },
    summary: {
      en: 'Cups placed on the skin create gentle suction over tense muscles for a few minutes. It is often combined with acupuncture to help tense back and shoulder muscles relax; research on it is limited.',
      th: 'การวางถ้วยแก้วบนผิวหนังเพื่อสร้างแรงดูดเบา ๆ บริเวณกล้ามเนื้อที่ตึงเป็นเวลาไม่กี่นาที มักใช้ร่วมกับการฝังเข็มเพื่อช่วยคลายกล้ามเนื้อหลังและบ่าที่ตึง ทั้งนี้งานวิจัยเกี่ยวกับการครอบแก้วยังมีจำกัด',
    },
    description: {
      en: [
        'Cupping draws the skin and the soft tissue beneath it up into a cup. The suction is made either by briefly warming the air inside a glass cup with a flame before placing it on the skin (fire cupping) or with a hand pump. This clinic offers dry cupping only, which does not break the skin.',
        'It is often combined with acupuncture or massage to help tense muscles in the back, shoulders and neck relax.',
        '## What the evidence shows',
        'Research on cupping is limited and mostly of low quality. It may reduce pain for some people, but the evidence is not strong. Cupping leaves round marks that fade over days to a couple of weeks, and done carelessly it can cause burns, blisters or skin infection. It complements, and does not replace, medical care.',
      ],
      th: [
        'การครอบแก้วเป็นการใช้แรงดูดดึงผิวหนังและเนื้อเยื่ออ่อนใต้ผิวหนังขึ้นมาในถ้วย แรงดูดเกิดได้สองแบบ คือใช้เปลวไฟอังอากาศในถ้วยแก้วสั้น ๆ ก่อนวางลงบนผิวหนัง (การครอบแก้วด้วยไฟ) หรือใช้เครื่องสูบลมแบบมือบีบ คลินิกนี้ให้บริการเฉพาะการครอบแก้วแบบแห้ง ซึ่งไม่มีการทำให้ผิวหนังเป็นแผล',
        'มักใช้ร่วมกับการฝังเข็มหรือการนวด เพื่อช่วยให้กล้ามเนื้อหลัง บ่า และคอที่ตึงคลายตัวลง',
        '## หลักฐานทางวิชาการบอกอะไร',
        'งานวิจัยเกี่ยวกับการครอบแก้วยังมีจำกัดและส่วนใหญ่มีคุณภาพต่ำ การครอบแก้วอาจช่วยลดอาการปวดได้ในบางคน แต่หลักฐานยังไม่หนักแน่น การครอบแก้วจะทิ้งรอยกลมบนผิวหนังซึ่งจะจางลงภายในไม่กี่วันถึงราวสองสัปดาห์ และหากทำไม่ระมัดระวังอาจทำให้ผิวไหม้ พอง หรือติดเชื้อได้ การครอบแก้วเป็นการรักษาเสริม ไม่ได้ใช้แทนการดูแลทางการแพทย์',
      ],
    },
    howItIsPerformed: {
      en: [
        '- You lie face down or sit leaning forward, with the back or shoulders uncovered.',
        '- Several cups are placed over the tense muscles and usually left for about 5–10 minutes. Sometimes a cup is slid gently over oiled skin instead.',
        '- The suction should feel firm but not painful; tell the practitioner if it hurts and the cup will be loosened.',
        '- Each cup is released by letting air in at the edge. Glass cups are cleaned and disinfected between patients.',
      ],
      th: [
        '- คุณจะนอนคว่ำหรือนั่งโน้มตัวไปข้างหน้า โดยเปิดบริเวณหลังหรือบ่าไว้',
        '- ผู้ให้การรักษาจะวางถ้วยหลายใบบนกล้ามเนื้อที่ตึง และโดยทั่วไปจะครอบไว้ประมาณ 5–10 นาที บางครั้งอาจทาน้ำมันบนผิวแล้วเลื่อนถ้วยไปมาเบา ๆ แทน',
        '- แรงดูดควรรู้สึกแน่นแต่ไม่เจ็บ หากเจ็บให้บอกผู้ให้การรักษาเพื่อคลายแรงดูดลง',
        '- การถอดถ้วยทำได้โดยปล่อยให้อากาศเข้าทางขอบถ้วย ถ้วยแก้วทุกใบจะได้รับการทำความสะอาดและฆ่าเชื้อก่อนใช้กับผู้ป่วยรายถัดไป',
      ],
    },
    sessionLengthMinutes: { min: 5, max: 15 },
    sensationsAndSideEffects: {
      en: [
        'A firm pulling or tight feeling under the cups',
        'Round red or purple marks that fade over several days to about two weeks',
        'Tenderness of the skin for a day or two',
        'Rarely, burns, blisters, skin infection or lasting discoloration',
      ],
      th: [
        'รู้สึกตึงหรือถูกดึงแน่น ๆ ใต้ถ้วย',
        'มีรอยกลมสีแดงหรือม่วง ซึ่งจะจางลงภายในหลายวันจนถึงราวสองสัปดาห์',
        'ผิวหนังกดเจ็บเล็กน้อยหนึ่งถึงสองวัน',
        'พบได้น้อยที่จะเกิดแผลไหม้ ตุ่มพอง ผิวหนังติดเชื้อ หรือรอยคล้ำที่ไม่จางหาย',
      ],
    },
    contraindications: [
      'bleeding-disorders-and-anticoagulants',
      'pregnancy',
      'severe-heart-disease',
      'severe-organ-failure',
      'seizures',
      'exhaustion-or-intoxication',
      'recent-radiotherapy-or-corticosteroids',
      'serious-spinal-conditions',
      'skin-problems-at-treatment-site',
    ],
    oftenCombinedWith: ['manual-acupuncture', 'electroacupuncture', 'tui-na-massage'],
    references: [
      {
        title: 'Cupping',
        publisher: 'National Center for Complementary and Integrative Health (NCCIH), U.S. National Institutes of Health',
        url: 'https://www.nccih.nih.gov/health/cupping',
      },
      NCCIH_ACUPUNCTURE,
    ],
  },
  {
    slug: 'tui-na-massage',
    name: { en: 'Tui Na (Chinese therapeutic massage)', th: 'การนวดทุยหนา (การนวดบำบัดแบบจีน)' },
    summary: {
      en: 'A Chinese therapeutic massage using pressing, kneading, squeezing, rubbing and tapping on muscles and soft tissue. It is often given after acupuncture to help tense muscles relax.',
      th: 'การนวดบำบัดแบบจีนที่ใช้การกด คลึง บีบ ถู และเคาะบนกล้ามเนื้อและเนื้อเยื่ออ่อน มักทำต่อจากการฝังเข็มเพื่อช่วยคลายกล้ามเนื้อที่ตึง',
    },
    description: {
      en: [
        'Tui Na is the therapeutic massage of Chinese medicine. The practitioner uses the hands, fingers, forearms and sometimes elbows in a set of manoeuvres (pressing, kneading, squeezing, rubbing, rolling and tapping) over muscles, soft tissue and acupuncture points. At this clinic it is often given after an acupuncture session.',
        '## What the evidence shows',
        'Reviews of massage for low back pain suggest it may give some short-term relief compared with no treatment, but the evidence is of low quality and there is little information about longer-term effects. There is no good evidence on whether adding Tui Na after acupuncture improves results. Massage is a complement to staying active, exercise and medical care.',
      ],
      th: [
        'ทุยหนาเป็นการนวดบำบัดตามศาสตร์การแพทย์แผนจีน ผู้ให้การรักษาจะใช้มือ นิ้ว แขนท่อนล่าง และบางครั้งใช้ข้อศอก ทำท่าต่าง ๆ ได้แก่ การกด คลึง บีบ ถู กลิ้ง และเคาะ บนกล้ามเนื้อ เนื้อเยื่ออ่อน และจุดฝังเข็ม ที่คลินิกนี้มักนวดทุยหนาต่อจากการฝังเข็ม',
        '## หลักฐานทางวิชาการบอกอะไร',
        'การทบทวนงานวิจัยเรื่องการนวดรักษาอาการปวดหลังส่วนล่างพบว่า การนวดอาจช่วยบรรเทาอาการได้บ้างในระยะสั้นเมื่อเทียบกับการไม่ได้รับการรักษา แต่หลักฐานมีคุณภาพต่ำ และยังมีข้อมูลน้อยเกี่ยวกับผลในระยะยาว ส่วนการนวดทุยหนาต่อจากการฝังเข็มจะช่วยให้ผลดีขึ้นหรือไม่นั้น ยังไม่มีหลักฐานที่ดีพอ การนวดจึงเป็นเพียงส่วนเสริมของการขยับร่างกายอย่างสม่ำเสมอ การออกกำลังกาย และการดูแลทางการแพทย์',
      ],
    },
    howItIsPerformed: {
      en: [
        '- You stay lightly dressed or covered with a sheet, lying on a treatment couch or sitting.',
        '- The practitioner works over the back, hips, shoulders or neck, adjusting pressure to what you find comfortable.',
        '- A deep, achy pressure is common, but sharp pain is not: say so at once and the technique will be changed.',
        '- No forceful manipulation of the spine is used, and areas with red flags or recent injury are avoided.',
      ],
      th: [
        '- คุณสามารถสวมเสื้อผ้าบาง ๆ หรือใช้ผ้าคลุมไว้ โดยนอนบนเตียงนวดหรือนั่ง',
        '- ผู้ให้การรักษาจะนวดบริเวณหลัง สะโพก บ่า หรือคอ โดยปรับน้ำหนักมือให้อยู่ในระดับที่คุณรู้สึกสบาย',
        '- อาจรู้สึกปวดตื้อ ๆ ลึก ๆ จากแรงกดได้ตามปกติ แต่ไม่ควรเจ็บแปลบ หากเจ็บให้บอกทันทีเพื่อเปลี่ยนวิธีนวด',
        '- จะไม่มีการดัดหรือบิดกระดูกสันหลังอย่างรุนแรง และจะหลีกเลี่ยงบริเวณที่มีสัญญาณอันตรายหรือเพิ่งได้รับบาดเจ็บ',
      ],
    },
    sessionLengthMinutes: { min: 15, max: 30 },
    sensationsAndSideEffects: {
      en: [
        'Deep pressure or a pleasant ache in tense muscles',
        'Warmth and relaxation',
        'Muscle soreness for a day or two',
        'Occasionally small bruises, especially in people who bruise easily',
      ],
      th: [
        'รู้สึกถึงแรงกดลึก ๆ หรือปวดเมื่อยแบบสบาย ๆ ในกล้ามเนื้อที่ตึง',
        'รู้สึกอุ่นและผ่อนคลาย',
        'ปวดเมื่อยกล้ามเนื้อหนึ่งถึงสองวัน',
        'อาจมีรอยช้ำเล็ก ๆ ได้บ้าง โดยเฉพาะในผู้ที่ช้ำง่าย',
      ],
    },
    contraindications: [
      'bleeding-disorders-and-anticoagulants',
      'pregnancy',
      'exhaustion-or-intoxication',
      'recent-radiotherapy-or-corticosteroids',
      'serious-spinal-conditions',
      'skin-problems-at-treatment-site',
    ],
    oftenCombinedWith: ['manual-acupuncture', 'electroacupuncture', 'cupping'],
    references: [
      {
        title: 'Massage for low-back pain (Furlan AD, Giraldo M, Baskwill A, Irvin E, Imamura M)',
        publisher: 'Cochrane Database of Systematic Reviews',
        year: 2015,
        url: 'https://doi.org/10.1002/14651858.CD001929.pub3',
      },
      ACP_2017,
      {
        title: 'Low-Back Pain and Complementary Health Approaches: What You Need To Know',
        publisher: 'National Center for Complementary and Integrative Health (NCCIH), U.S. National Institutes of Health',
        url: 'https://www.nccih.nih.gov/health/low-back-pain-and-complementary-health-approaches-what-you-need-to-know',
      },
    ],
  },
]
