import type { SeedContraindication } from '../types'
import { NCCIH_ACUPUNCTURE, NHS_ACUPUNCTURE, WHO_SAFETY } from './references'

export const contraindications: SeedContraindication[] = [
  {
    slug: 'bleeding-disorders-and-anticoagulants',
    name: {
      en: 'Bleeding disorders and blood-thinning medicines',
      th: 'ภาวะเลือดออกง่ายและการใช้ยาต้านการแข็งตัวของเลือด',
    },
    description: {
      en: 'When blood does not clot normally, because of a condition such as haemophilia or a low platelet count, or because of anticoagulant or other blood-thinning medicines, bleeding and bruising where needles go in become more likely. Cupping can also leave bruises. This is not always a reason to refuse treatment, but it calls for extra care and your doctor’s advice.',
      th: 'ผู้ที่เลือดแข็งตัวได้ไม่ปกติ ไม่ว่าจะเกิดจากโรค เช่น ฮีโมฟีเลีย หรือเกล็ดเลือดต่ำ หรือจากการใช้ยาต้านการแข็งตัวของเลือดและยาอื่นที่ทำให้เลือดหยุดช้า มีโอกาสเลือดออกหรือเกิดรอยช้ำบริเวณที่ปักเข็มมากกว่าคนทั่วไป การครอบแก้วก็อาจทิ้งรอยช้ำได้เช่นกัน ภาวะนี้ไม่ได้หมายความว่าจะรับการรักษาไม่ได้เสมอไป แต่ต้องระมัดระวังเป็นพิเศษและควรได้รับคำแนะนำจากแพทย์ก่อน',
    },
    severity: 'relative',
    whoItConcerns: {
      en: 'Anyone with a known bleeding or clotting disorder, liver disease that affects clotting, or who takes warfarin, a newer oral anticoagulant (for example rivaroxaban or apixaban), heparin injections, or antiplatelet medicines such as aspirin or clopidogrel.',
      th: 'ผู้ที่ทราบว่าเป็นโรคเลือดออกง่ายหรือการแข็งตัวของเลือดผิดปกติ ผู้ที่มีโรคตับซึ่งส่งผลต่อการแข็งตัวของเลือด และผู้ที่ใช้ยาวาร์ฟาริน ยาต้านการแข็งตัวของเลือดชนิดรับประทานกลุ่มใหม่ (เช่น rivaroxaban หรือ apixaban) ยาฉีดเฮพาริน หรือยาต้านเกล็ดเลือด เช่น แอสไพริน และโคลพิโดเกรล',
    },
    advice: {
      en: 'Before your first session, tell the practitioner about every medicine and supplement you take, and ask the doctor who prescribes your blood thinner whether acupuncture is appropriate for you. Never stop or change a blood thinner on your own in order to have acupuncture. If treatment goes ahead, the practitioner may use fewer, finer and shallower needles, leave out cupping, and press on each point for longer after removing the needle.',
      th: 'ก่อนรับการรักษาครั้งแรก โปรดแจ้งผู้ให้การรักษาถึงยาและอาหารเสริมทุกชนิดที่ใช้อยู่ และสอบถามแพทย์ผู้สั่งยาต้านการแข็งตัวของเลือดว่าการฝังเข็มเหมาะกับคุณหรือไม่ ห้ามหยุดหรือปรับขนาดยาเองเพื่อมาฝังเข็มโดยเด็ดขาด หากแพทย์เห็นว่ารักษาได้ ผู้ให้การรักษาอาจใช้เข็มจำนวนน้อยลง ขนาดเล็กลง และปักตื้นขึ้น งดการครอบแก้ว และกดห้ามเลือดนานขึ้นหลังถอนเข็ม',
    },
    references: [NHS_ACUPUNCTURE, WHO_SAFETY, NCCIH_ACUPUNCTURE],
  },
  {
    slug: 'pregnancy',
    name: { en: 'Pregnancy', th: 'การตั้งครรภ์' },
    description: {
      en: 'Back pain is very common in pregnancy: roughly 50–80% of pregnant women have it at some point. Acupuncture may be considered, but traditional safety guidance avoids certain points during pregnancy, in particular points on the abdomen and the lumbosacral area and points that produce a strong sensation, and it adapts positions and methods to the stage of pregnancy.',
      th: 'อาการปวดหลังพบได้บ่อยมากระหว่างตั้งครรภ์ โดยประมาณร้อยละ 50–80 ของหญิงตั้งครรภ์มีอาการนี้ในช่วงใดช่วงหนึ่ง การฝังเข็มอาจเป็นทางเลือกหนึ่งได้ แต่แนวปฏิบัติด้านความปลอดภัยแต่เดิมกำหนดให้หลีกเลี่ยงจุดฝังเข็มบางจุดระหว่างตั้งครรภ์ โดยเฉพาะจุดบริเวณหน้าท้อง บริเวณเอวและกระเบนเหน็บ และจุดที่กระตุ้นแล้วรู้สึกรุนแรง รวมทั้งต้องปรับท่าทางและวิธีการรักษาให้เหมาะกับอายุครรภ์',
    },
    severity: 'relative',
    whoItConcerns: {
      en: 'Anyone who is pregnant, may be pregnant, or is trying to conceive.',
      th: 'ผู้ที่ตั้งครรภ์ อาจกำลังตั้งครรภ์ หรือกำลังวางแผนมีบุตร',
    },
    advice: {
      en: 'Tell us if you are or might be pregnant, even in the first weeks, and talk to your obstetrician or midwife before starting acupuncture. See them promptly if back pain comes with vaginal bleeding, leaking fluid, regular tightenings, fever or pain when passing urine. Treatment is given only by practitioners experienced in caring for pregnant women, with points chosen for the stage of pregnancy.',
      th: 'โปรดแจ้งเจ้าหน้าที่หากคุณตั้งครรภ์หรืออาจตั้งครรภ์ แม้จะเป็นเพียงช่วงสัปดาห์แรก ๆ และปรึกษาสูติแพทย์หรือพยาบาลผดุงครรภ์ที่ดูแลคุณก่อนเริ่มฝังเข็ม หากปวดหลังร่วมกับมีเลือดออกทางช่องคลอด มีน้ำไหลออกทางช่องคลอด ท้องแข็งเป็นระยะสม่ำเสมอ มีไข้ หรือปัสสาวะแสบขัด ควรไปพบแพทย์โดยเร็ว การรักษาจะทำโดยผู้ให้การรักษาที่มีประสบการณ์ดูแลหญิงตั้งครรภ์เท่านั้น และเลือกจุดให้เหมาะกับอายุครรภ์',
    },
    references: [
      WHO_SAFETY,
      {
        title: 'Interventions for preventing and treating low-back and pelvic pain during pregnancy (Liddle SD, Pennick V)',
        publisher: 'Cochrane Database of Systematic Reviews',
        year: 2015,
        url: 'https://doi.org/10.1002/14651858.CD001139.pub4',
      },
      NHS_ACUPUNCTURE,
    ],
  },
  {
    slug: 'severe-heart-disease',
    name: { en: 'Severe or unstable heart disease', th: 'โรคหัวใจที่รุนแรงหรือยังควบคุมอาการไม่ได้' },
    description: {
      en: 'Ischaemic heart disease with changes on the electrocardiogram (ECG), recent chest pain, a recent heart attack, or heart failure or heart-rhythm problems that are not under control are reasons not to have acupuncture or related treatments at the clinic. Treatment occasionally causes light-headedness or fainting, which may be riskier for someone whose heart condition is not stable.',
      th: 'โรคหัวใจขาดเลือดที่ตรวจพบความผิดปกติของคลื่นไฟฟ้าหัวใจ (ECG) อาการเจ็บหน้าอกที่เพิ่งเกิดขึ้น การเพิ่งเป็นโรคกล้ามเนื้อหัวใจตาย หรือภาวะหัวใจล้มเหลวและหัวใจเต้นผิดจังหวะที่ยังควบคุมไม่ได้ เป็นเหตุให้ไม่ควรรับการฝังเข็มหรือการรักษาอื่นที่เกี่ยวข้องที่คลินิก เนื่องจากการรักษาอาจทำให้เวียนศีรษะหรือเป็นลมได้ในบางครั้ง ซึ่งอาจเป็นอันตรายมากขึ้นสำหรับผู้ที่อาการโรคหัวใจยังไม่คงที่',
    },
    severity: 'absolute',
    whoItConcerns: {
      en: 'People with angina or ischaemic heart disease showing ECG changes, a heart attack or heart surgery in recent months, or heart failure or an irregular heartbeat that is not yet controlled.',
      th: 'ผู้ที่มีอาการเจ็บหน้าอกจากหัวใจขาดเลือดหรือโรคหัวใจขาดเลือดที่มีคลื่นไฟฟ้าหัวใจผิดปกติ ผู้ที่เพิ่งเป็นโรคกล้ามเนื้อหัวใจตายหรือผ่าตัดหัวใจในช่วงไม่กี่เดือนที่ผ่านมา และผู้ที่มีภาวะหัวใจล้มเหลวหรือหัวใจเต้นผิดจังหวะที่ยังควบคุมไม่ได้',
    },
    advice: {
      en: 'Put your heart first: follow the plan agreed with your cardiologist, and get emergency help for chest pain, sudden breathlessness or fainting. Once your doctor confirms that your condition is stable, ask whether acupuncture would be suitable, and bring their advice and your list of medicines to the clinic. Always mention a pacemaker or other implanted device.',
      th: 'ให้ความสำคัญกับโรคหัวใจเป็นอันดับแรก ปฏิบัติตามแผนการรักษาของแพทย์โรคหัวใจ และรีบไปห้องฉุกเฉินหากเจ็บหน้าอก หอบเหนื่อยเฉียบพลัน หรือเป็นลม เมื่อแพทย์ยืนยันว่าอาการคงที่แล้ว จึงสอบถามแพทย์ว่าการฝังเข็มเหมาะกับคุณหรือไม่ และนำคำแนะนำของแพทย์พร้อมรายการยาที่ใช้อยู่มาด้วย หากใส่เครื่องกระตุ้นหัวใจหรืออุปกรณ์ฝังในร่างกายอื่น ๆ โปรดแจ้งทุกครั้ง',
    },
    references: [WHO_SAFETY, NCCIH_ACUPUNCTURE],
  },
  {
    slug: 'severe-organ-failure',
    name: { en: 'Severe kidney or liver failure', th: 'ภาวะไตวายหรือตับวายระดับรุนแรง' },
    description: {
      en: 'Advanced failure of the kidneys or liver affects the whole body. It can disturb blood clotting, slow wound healing and make infections more likely, so even small skin punctures, cupping marks or heat from moxibustion carry more risk. The clinic therefore does not treat people with severe organ failure.',
      th: 'ภาวะไตวายหรือตับวายระยะรุนแรงส่งผลต่อทั้งร่างกาย อาจทำให้เลือดแข็งตัวผิดปกติ แผลหายช้า และติดเชื้อได้ง่ายขึ้น แม้รอยเข็มเล็ก ๆ รอยจากการครอบแก้ว หรือความร้อนจากการรมยาก็อาจมีความเสี่ยงมากกว่าปกติ คลินิกจึงไม่ให้การรักษาแก่ผู้ที่มีภาวะอวัยวะล้มเหลวระดับรุนแรง',
    },
    severity: 'absolute',
    whoItConcerns: {
      en: 'People whose kidney or liver function is severely reduced, for example advanced chronic kidney disease or decompensated liver cirrhosis.',
      th: 'ผู้ที่ไตหรือตับทำงานลดลงอย่างมาก เช่น โรคไตเรื้อรังระยะท้าย หรือโรคตับแข็งระยะที่ตับทำงานไม่เพียงพอแล้ว',
    },
    advice: {
      en: 'Discuss pain relief with the specialist who looks after your kidneys or liver. Many pain medicines need adjusting in organ failure, so do not start any new medicine, herbal product or supplement without their advice.',
      th: 'ปรึกษาแพทย์เฉพาะทางที่ดูแลโรคไตหรือโรคตับของคุณเรื่องการบรรเทาอาการปวด ยาแก้ปวดหลายชนิดต้องปรับขนาดในผู้ที่มีภาวะอวัยวะล้มเหลว จึงไม่ควรเริ่มใช้ยา สมุนไพร หรืออาหารเสริมชนิดใหม่โดยไม่ได้รับคำแนะนำจากแพทย์',
    },
    references: [NCCIH_ACUPUNCTURE, WHO_SAFETY],
  },
  {
    slug: 'seizures',
    name: { en: 'Seizures and poorly controlled epilepsy', th: 'อาการชักและโรคลมชักที่ยังควบคุมไม่ได้' },
    description: {
      en: 'A seizure while needles are in place, cups are on the skin or moxa is burning could cause injury, bent needles or burns. Nobody should be treated during or soon after a convulsion, or while seizures are frequent or not controlled. People whose epilepsy is well controlled may be treated with precautions.',
      th: 'หากเกิดอาการชักขณะที่ปักเข็มอยู่ ครอบแก้วอยู่ หรือกำลังรมยา อาจทำให้บาดเจ็บ เข็มงอ หรือเกิดแผลไหม้ได้ จึงไม่ควรรับการรักษาขณะมีอาการชักหรือหลังชักไม่นาน หรือในช่วงที่ยังชักบ่อยหรือควบคุมอาการไม่ได้ ส่วนผู้ที่ควบคุมโรคลมชักได้ดีแล้วอาจรับการรักษาได้โดยใช้ความระมัดระวัง',
    },
    severity: 'relative',
    whoItConcerns: {
      en: 'People with epilepsy or another seizure disorder, and anyone who has had a recent unexplained seizure or convulsion.',
      th: 'ผู้ที่เป็นโรคลมชักหรือมีโรคอื่นที่ทำให้ชัก และผู้ที่เพิ่งมีอาการชักโดยไม่ทราบสาเหตุ',
    },
    advice: {
      en: 'A new or unexplained seizure needs a doctor first. If you have epilepsy, tell the practitioner how well it is controlled and when your last seizure was. You will be treated lying down and never left alone with needles in place, and the practitioner may avoid electrical stimulation and fire cupping.',
      th: 'หากเพิ่งมีอาการชักเป็นครั้งแรกหรือไม่ทราบสาเหตุ ควรพบแพทย์ก่อน ผู้ที่เป็นโรคลมชักควรแจ้งผู้ให้การรักษาว่าควบคุมอาการได้ดีเพียงใดและชักครั้งล่าสุดเมื่อใด คุณจะได้รับการรักษาในท่านอนและจะไม่ถูกปล่อยไว้ตามลำพังขณะคาเข็ม ผู้ให้การรักษาอาจงดการกระตุ้นไฟฟ้าและการครอบแก้วด้วยไฟ',
    },
    references: [WHO_SAFETY, NCCIH_ACUPUNCTURE],
  },
  {
    slug: 'exhaustion-or-intoxication',
    name: {
      en: 'Exhaustion or intoxication on the day of treatment',
      th: 'อ่อนเพลียอย่างมากหรืออยู่ในภาวะมึนเมาในวันที่รับการรักษา',
    },
    description: {
      en: 'Being exhausted, or under the influence of alcohol or drugs, makes fainting during treatment more likely and makes it harder to notice and report unusual sensations. Someone who is intoxicated also cannot give properly informed consent. We do not treat on such a day.',
      th: 'ความอ่อนเพลียอย่างมาก หรือการอยู่ในภาวะมึนเมาจากสุราหรือยาเสพติด ทำให้มีโอกาสเป็นลมระหว่างการรักษาได้ง่ายขึ้น และทำให้สังเกตหรือบอกความรู้สึกผิดปกติได้ยาก นอกจากนี้ผู้ที่มึนเมาอยู่ยังไม่สามารถให้ความยินยอมรับการรักษาได้อย่างเหมาะสม คลินิกจึงงดให้การรักษาในวันดังกล่าว',
    },
    severity: 'absolute',
    whoItConcerns: {
      en: 'Anyone who arrives after drinking alcohol or taking drugs that affect alertness, or who is exhausted, for example after a night without sleep or an illness with vomiting or diarrhoea.',
      th: 'ผู้ที่มารับการรักษาหลังดื่มแอลกอฮอล์หรือใช้ยาที่ทำให้ความรู้สึกตัวลดลง หรือผู้ที่อ่อนเพลียอย่างมาก เช่น อดนอนมาทั้งคืน หรือเพิ่งป่วยมีอาการอาเจียนหรือท้องเสีย',
    },
    advice: {
      en: 'Please reschedule. Come when you are rested, have eaten a light meal a few hours beforehand and have not drunk alcohol that day. If you would like help with alcohol or drug use, talk to your doctor.',
      th: 'โปรดเลื่อนนัดออกไปก่อน และมารับการรักษาเมื่อพักผ่อนเพียงพอ รับประทานอาหารเบา ๆ ก่อนมาสักสองสามชั่วโมง และไม่ได้ดื่มแอลกอฮอล์ในวันนั้น หากต้องการความช่วยเหลือเรื่องการดื่มสุราหรือการใช้สารเสพติด ปรึกษาแพทย์ได้',
    },
    references: [WHO_SAFETY, NCCIH_ACUPUNCTURE],
  },
  {
    slug: 'recent-radiotherapy-or-corticosteroids',
    name: {
      en: 'Recent radiotherapy or corticosteroid treatment',
      th: 'เพิ่งได้รับรังสีรักษาหรือยาคอร์ติโคสเตียรอยด์',
    },
    description: {
      en: 'Skin that has recently had radiotherapy can be fragile and slow to heal, and cancer treatment can lower blood counts. Long courses of corticosteroid medicines such as prednisolone can thin the skin, make bruising and infection more likely and weaken the bones. The practitioner needs to know about these treatments before needling, cupping, moxibustion or massage.',
      th: 'ผิวหนังบริเวณที่เพิ่งได้รับรังสีรักษาอาจบอบบางและหายช้า และการรักษาโรคมะเร็งอาจทำให้เม็ดเลือดต่ำลง ส่วนการใช้ยาคอร์ติโคสเตียรอยด์ เช่น เพรดนิโซโลน เป็นเวลานาน อาจทำให้ผิวบางลง ช้ำและติดเชื้อง่ายขึ้น รวมทั้งทำให้กระดูกบางลง ผู้ให้การรักษาจึงต้องทราบประวัติการรักษาเหล่านี้ก่อนฝังเข็ม ครอบแก้ว รมยา หรือนวด',
    },
    severity: 'relative',
    whoItConcerns: {
      en: 'People who have had radiotherapy in recent months or are receiving cancer treatment, and people who take, or have recently taken, corticosteroid tablets or injections, especially for several weeks or longer.',
      th: 'ผู้ที่ได้รับรังสีรักษาในช่วงไม่กี่เดือนที่ผ่านมาหรือกำลังรักษาโรคมะเร็งอยู่ และผู้ที่กำลังใช้หรือเพิ่งหยุดใช้ยาคอร์ติโคสเตียรอยด์ชนิดรับประทานหรือชนิดฉีด โดยเฉพาะผู้ที่ใช้ติดต่อกันหลายสัปดาห์ขึ้นไป',
    },
    advice: {
      en: 'Tell the practitioner which treatment you had and which area was treated, and ask your oncologist or prescribing doctor whether acupuncture is suitable now. Needles, cups and heat are kept away from irradiated skin. Never stop a corticosteroid suddenly without medical advice.',
      th: 'แจ้งผู้ให้การรักษาว่าได้รับการรักษาแบบใดและบริเวณใด และสอบถามแพทย์ด้านมะเร็งหรือแพทย์ผู้สั่งยาว่าขณะนี้ฝังเข็มได้หรือไม่ คลินิกจะไม่ใช้เข็ม แก้วครอบ หรือความร้อนบนผิวหนังบริเวณที่ได้รับรังสี และห้ามหยุดยาคอร์ติโคสเตียรอยด์กะทันหันด้วยตนเองโดยไม่ได้ปรึกษาแพทย์',
    },
    references: [
      {
        title: 'Acupuncture (PDQ®): Patient Version',
        publisher: 'National Cancer Institute, U.S. National Institutes of Health',
      },
      WHO_SAFETY,
      NCCIH_ACUPUNCTURE,
    ],
  },
  {
    slug: 'serious-spinal-conditions',
    name: {
      en: 'Serious spinal conditions not yet assessed by a doctor',
      th: 'โรคของกระดูกสันหลังที่อาจร้ายแรงและยังไม่ได้รับการตรวจจากแพทย์',
    },
    description: {
      en: 'Occasionally back pain is caused by something that needs prompt medical treatment: a disc herniation pressing hard on nerves, compression of the nerves at the base of the spine (cauda equina syndrome), an infection, a fracture or a tumour. Acupuncture must never delay the diagnosis or treatment of these conditions. Once a doctor has made the diagnosis and is managing it, acupuncture may be discussed only as a complement to that care.',
      th: 'อาการปวดหลังบางครั้งเกิดจากภาวะที่ต้องได้รับการรักษาทางการแพทย์โดยเร็ว เช่น หมอนรองกระดูกทับเส้นประสาทอย่างรุนแรง กลุ่มเส้นประสาทส่วนปลายไขสันหลังถูกกดทับ (cauda equina syndrome) การติดเชื้อ กระดูกสันหลังหัก หรือเนื้องอก การฝังเข็มต้องไม่ทำให้การวินิจฉัยหรือการรักษาภาวะเหล่านี้ล่าช้าโดยเด็ดขาด เมื่อแพทย์วินิจฉัยและวางแผนการรักษาแล้ว จึงอาจพิจารณาการฝังเข็มเป็นเพียงการรักษาเสริมร่วมกับการดูแลของแพทย์',
    },
    severity: 'absolute',
    whoItConcerns: {
      en: 'Anyone with back pain and a red flag: numbness around the groin, buttocks or genitals; new difficulty passing or controlling urine or stools; leg weakness that is getting worse; fever; unexplained weight loss or a history of cancer; pain after a fall or accident; or severe pain at night.',
      th: 'ผู้ที่ปวดหลังร่วมกับสัญญาณอันตรายอย่างใดอย่างหนึ่ง ได้แก่ ชาบริเวณขาหนีบ ก้น หรืออวัยวะเพศ เริ่มถ่ายปัสสาวะหรืออุจจาระลำบากหรือกลั้นไม่ได้ ขาอ่อนแรงลงเรื่อย ๆ มีไข้ น้ำหนักลดโดยไม่ทราบสาเหตุหรือเคยเป็นโรคมะเร็ง ปวดหลังหลังจากหกล้มหรือประสบอุบัติเหตุ หรือปวดรุนแรงในเวลากลางคืน',
    },
    advice: {
      en: 'See a doctor first. Go to an emergency department straight away for numbness in the saddle area, bladder or bowel problems, or rapidly worsening leg weakness. Bring any diagnosis and scan results to your first acupuncture visit.',
      th: 'ควรพบแพทย์ก่อน และหากมีอาการชาบริเวณก้นและอวัยวะเพศ มีปัญหาการขับถ่ายปัสสาวะหรืออุจจาระ หรือขาอ่อนแรงลงอย่างรวดเร็ว ให้ไปห้องฉุกเฉินทันที เมื่อมารับการฝังเข็มครั้งแรก โปรดนำผลการวินิจฉัยและผลการตรวจภาพถ่ายทางรังสีที่มีมาด้วย',
    },
    references: [
      {
        title: 'Low back pain and sciatica in over 16s: assessment and management (NICE guideline NG59)',
        publisher: 'National Institute for Health and Care Excellence (NICE)',
        year: 2016,
        url: 'https://www.nice.org.uk/guidance/ng59',
      },
      {
        title: 'Back pain',
        publisher: 'NHS (National Health Service, UK)',
        url: 'https://www.nhs.uk/conditions/back-pain/',
      },
    ],
  },
  {
    slug: 'pacemaker-or-implanted-electrical-device',
    name: {
      en: 'Pacemaker or other implanted electrical device',
      th: 'ผู้ที่ใส่เครื่องกระตุ้นหัวใจหรืออุปกรณ์ไฟฟ้าฝังในร่างกาย',
    },
    description: {
      en: 'Electrical current applied through needles or skin electrodes may interfere with a pacemaker, an implanted defibrillator or another implanted electrical device. This concerns electroacupuncture; acupuncture without electrical stimulation is not affected in the same way.',
      th: 'กระแสไฟฟ้าที่ปล่อยผ่านเข็มหรือแผ่นอิเล็กโทรดบนผิวหนังอาจรบกวนการทำงานของเครื่องกระตุ้นหัวใจ เครื่องกระตุกหัวใจชนิดฝังในร่างกาย หรืออุปกรณ์ไฟฟ้าอื่นที่ฝังอยู่ในร่างกาย ข้อควรระวังนี้เกี่ยวข้องกับการฝังเข็มกระตุ้นไฟฟ้า ส่วนการฝังเข็มที่ไม่ใช้ไฟฟ้าไม่ได้มีความเสี่ยงในลักษณะเดียวกัน',
    },
    severity: 'relative',
    whoItConcerns: {
      en: 'People with a pacemaker, an implantable cardioverter-defibrillator (ICD), a spinal cord or nerve stimulator, a cochlear implant or a similar device.',
      th: 'ผู้ที่ใส่เครื่องกระตุ้นหัวใจ เครื่องกระตุกหัวใจชนิดฝังในร่างกาย (ICD) เครื่องกระตุ้นไขสันหลังหรือเส้นประสาท ประสาทหูเทียม หรืออุปกรณ์ลักษณะคล้ายกัน',
    },
    advice: {
      en: 'Tell the practitioner about any implanted device before treatment. Electroacupuncture is not used unless your cardiologist or device clinic has confirmed it is safe for you; manual acupuncture or another method can be offered instead.',
      th: 'โปรดแจ้งผู้ให้การรักษาทุกครั้งหากมีอุปกรณ์ฝังในร่างกาย คลินิกจะไม่ใช้การฝังเข็มกระตุ้นไฟฟ้า เว้นแต่แพทย์โรคหัวใจหรือคลินิกที่ดูแลอุปกรณ์ยืนยันว่าปลอดภัยสำหรับคุณ และสามารถเลือกใช้การฝังเข็มแบบไม่ใช้ไฟฟ้าหรือวิธีอื่นแทนได้',
    },
    references: [
      {
        title: 'Safety aspects of electroacupuncture (Cummings M)',
        publisher: 'Acupuncture in Medicine',
        year: 2011,
      },
      WHO_SAFETY,
    ],
  },
  {
    slug: 'skin-problems-at-treatment-site',
    name: {
      en: 'Infected, broken or numb skin at the treatment site',
      th: 'ผิวหนังติดเชื้อ มีแผล หรือชาบริเวณที่จะรักษา',
    },
    description: {
      en: 'Needles, cups and heat should not be applied over infected, broken, burnt or inflamed skin, over varicose veins, or on areas with reduced feeling, where a burn from moxibustion or fire cupping might go unnoticed. Cupping can itself cause burns, blisters or infection if done carelessly.',
      th: 'ไม่ควรปักเข็ม ครอบแก้ว หรือใช้ความร้อนบนผิวหนังที่ติดเชื้อ มีแผลเปิด แผลไหม้ หรือมีการอักเสบ บนหลอดเลือดขอด หรือบนบริเวณที่ผิวหนังรับความรู้สึกได้น้อย เพราะอาจเกิดแผลไหม้จากการรมยาหรือการครอบแก้วด้วยไฟโดยไม่รู้ตัว การครอบแก้วเองก็อาจทำให้ผิวไหม้ พอง หรือติดเชื้อได้หากทำไม่ระมัดระวัง',
    },
    severity: 'relative',
    whoItConcerns: {
      en: 'People with a skin infection, an open wound, a flare of eczema or psoriasis, varicose veins, numbness from diabetes or nerve damage, or a known allergy to metals such as nickel.',
      th: 'ผู้ที่มีการติดเชื้อที่ผิวหนัง แผลเปิด ผื่นผิวหนังอักเสบหรือสะเก็ดเงินกำเริบ หลอดเลือดขอด อาการชาจากเบาหวานหรือเส้นประสาทเสียหาย หรือแพ้โลหะ เช่น นิกเกิล',
    },
    advice: {
      en: 'Point out any skin problem, numb area or metal allergy before treatment. The practitioner will avoid those areas or choose another method, and skin infections should be treated first.',
      th: 'โปรดแจ้งผู้ให้การรักษาก่อนเริ่มการรักษาหากมีปัญหาผิวหนัง บริเวณที่ชา หรือแพ้โลหะ ผู้ให้การรักษาจะหลีกเลี่ยงบริเวณนั้นหรือเลือกวิธีอื่นแทน และหากผิวหนังติดเชื้อควรรักษาให้หายก่อน',
    },
    references: [
      NHS_ACUPUNCTURE,
      {
        title: 'Cupping',
        publisher: 'National Center for Complementary and Integrative Health (NCCIH), U.S. National Institutes of Health',
        url: 'https://www.nccih.nih.gov/health/cupping',
      },
    ],
  },
]
