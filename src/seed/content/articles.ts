import type { Reference, SeedArticle } from '../types'

const NCCIH_ACUPUNCTURE: Reference = {
  title: 'Acupuncture: What You Need To Know',
  publisher: 'National Center for Complementary and Integrative Health (NCCIH), U.S. National Institutes of Health',
  url: 'https://www.nccih.nih.gov/health/acupuncture-what-you-need-to-know',
}

const NCCIH_LOW_BACK: Reference = {
  title: 'Low-Back Pain and Complementary Health Approaches: What You Need To Know',
  publisher: 'National Center for Complementary and Integrative Health (NCCIH), U.S. National Institutes of Health',
  url: 'https://www.nccih.nih.gov/health/low-back-pain-and-complementary-health-approaches-what-you-need-to-know',
}

const NCCIH_CUPPING: Reference = {
  title: 'Cupping',
  publisher: 'National Center for Complementary and Integrative Health (NCCIH), U.S. National Institutes of Health',
  url: 'https://www.nccih.nih.gov/health/cupping',
}

const COCHRANE_CLBP: Reference = {
  title: 'Acupuncture for chronic nonspecific low back pain (Mu J, Furlan AD, Lam WY, Hsu MY, Ning Z, Lao L)',
  publisher: 'Cochrane Database of Systematic Reviews',
  year: 2020,
  url: 'https://doi.org/10.1002/14651858.CD013814',
}

const GERAC_2007: Reference = {
  title:
    'German Acupuncture Trials (GERAC) for chronic low back pain: randomized, multicenter, blinded, parallel-group trial with 3 groups (Haake M et al.)',
  publisher: 'Archives of Internal Medicine',
  year: 2007,
  url: 'https://doi.org/10.1001/archinte.167.17.1892',
}

const CHERKIN_2009: Reference = {
  title:
    'A randomized trial comparing acupuncture, simulated acupuncture, and usual care for chronic low back pain (Cherkin DC et al.)',
  publisher: 'Archives of Internal Medicine',
  year: 2009,
  url: 'https://doi.org/10.1001/archinternmed.2009.65',
}

const VICKERS_2018: Reference = {
  title: 'Acupuncture for Chronic Pain: Update of an Individual Patient Data Meta-Analysis (Vickers AJ et al.)',
  publisher: 'The Journal of Pain',
  year: 2018,
  url: 'https://doi.org/10.1016/j.jpain.2017.11.005',
}

const ACP_2017: Reference = {
  title:
    'Noninvasive Treatments for Acute, Subacute, and Chronic Low Back Pain: A Clinical Practice Guideline From the American College of Physicians (Qaseem A et al.)',
  publisher: 'Annals of Internal Medicine',
  year: 2017,
  url: 'https://doi.org/10.7326/M16-2367',
}

const NICE_NG59: Reference = {
  title: 'Low back pain and sciatica in over 16s: assessment and management (NICE guideline NG59)',
  publisher: 'National Institute for Health and Care Excellence (NICE)',
  year: 2016,
  url: 'https://www.nice.org.uk/guidance/ng59',
}

const WHO_SAFETY: Reference = {
  title: 'Guidelines on Basic Training and Safety in Acupuncture (WHO/EDM/TRM/99.1)',
  publisher: 'World Health Organization',
  year: 1999,
}

const COCHRANE_PREGNANCY: Reference = {
  title: 'Interventions for preventing and treating low-back and pelvic pain during pregnancy (Liddle SD, Pennick V)',
  publisher: 'Cochrane Database of Systematic Reviews',
  year: 2015,
  url: 'https://doi.org/10.1002/14651858.CD001139.pub4',
}

const COCHRANE_MASSAGE: Reference = {
  title: 'Massage for low-back pain (Furlan AD, Giraldo M, Baskwill A, Irvin E, Imamura M)',
  publisher: 'Cochrane Database of Systematic Reviews',
  year: 2015,
  url: 'https://doi.org/10.1002/14651858.CD001929.pub3',
}

const NHS_BACK_PAIN: Reference = {
  title: 'Back pain',
  publisher: 'NHS (National Health Service, UK)',
  url: 'https://www.nhs.uk/conditions/back-pain/',
}

const ALL_METHODS = ['manual-acupuncture', 'electroacupuncture', 'moxibustion', 'cupping', 'tui-na-massage']

export const articles: SeedArticle[] = [
  {
    slug: 'acupuncture-for-back-pain-what-to-expect',
    title: {
      en: 'Acupuncture for back pain: what to expect at your visit',
      th: 'ฝังเข็มรักษาอาการปวดหลัง: สิ่งที่ควรรู้ก่อนมารับการรักษา',
    },
    excerpt: {
      en: 'How a first acupuncture visit for back pain works, what the needles feel like, which side effects are common, and what results are realistic.',
      th: 'ขั้นตอนการมาฝังเข็มรักษาอาการปวดหลังครั้งแรก ความรู้สึกขณะปักเข็ม ผลข้างเคียงที่พบได้บ่อย และผลลัพธ์ที่ควรคาดหวังอย่างสมเหตุสมผล',
    },
    body: {
      en: [
        'Many people with back pain consider acupuncture, often after other treatments have not helped enough. Knowing what happens during a visit, and what acupuncture can and cannot do, helps you decide whether it is worth trying.',
        '## Before your first session',
        'Your first visit starts with a conversation and a short examination. The practitioner asks where and how the pain started, what makes it better or worse, which medicines you take (blood thinners in particular), whether you might be pregnant, and about other health conditions. They also check for warning signs, such as numbness around the groin or loss of bladder control, that mean you should see a doctor before any acupuncture. Please bring any scan results or letters from your doctor.',
        'On the day, eat a light meal a few hours beforehand, avoid alcohol, and wear loose clothing that can be rolled up. Tell us if you have a pacemaker or other implanted device, a metal allergy, or a skin problem in the area to be treated.',
        '## During treatment',
        'Sterile, single-use needles, much thinner than those used for injections, are placed at selected points. For low back pain these are commonly on the lower back and hips, behind the knees, and on the feet and hands, sometimes also on the abdomen. For upper back pain, points on the head, neck, shoulders and upper and lower back are more usual. The needles typically stay in for 20–30 minutes while you rest.',
        'Most people feel a brief prick, then mild tingling, heaviness or a dull ache around the needles; many find the session relaxing. Sharp or increasing pain is not expected, so tell the practitioner at once. Depending on your condition, the practitioner may suggest adding electrical stimulation, moxibustion, cupping or Tui Na massage.',
        '## Afterwards, and what to expect',
        'Side effects are usually mild: soreness where a needle was, a small bruise, or feeling tired for the rest of the day. Some people feel light-headed, especially at the first session. Serious complications are rare when a licensed practitioner uses sterile single-use needles.',
        'Results vary from person to person. In trials of chronic low back pain, acupuncture helped some people more than no acupuncture, but sham (placebo) acupuncture often did about as well, so part of the effect may be placebo. Recent back pain is usually treated with 1–3 sessions; long-standing pain often needs 6–12 sessions or more, together with posture correction and exercise. If there is no clear improvement after about 6–8 weeks, acupuncture may not be the right treatment for you.',
        'Acupuncture complements medical care and does not replace it. Keep your doctor informed, keep taking prescribed medicines unless your doctor advises otherwise, and see a doctor promptly if new or worrying symptoms appear.',
      ],
      th: [
        'ผู้ที่มีอาการปวดหลังจำนวนมากสนใจการฝังเข็ม โดยเฉพาะเมื่อการรักษาอื่นยังช่วยได้ไม่มากพอ การรู้ล่วงหน้าว่าในการรักษาแต่ละครั้งมีขั้นตอนอย่างไร และการฝังเข็มช่วยอะไรได้หรือไม่ได้ จะช่วยให้คุณตัดสินใจได้ว่าควรลองหรือไม่',
        '## ก่อนการรักษาครั้งแรก',
        'การมาครั้งแรกจะเริ่มจากการพูดคุยและการตรวจร่างกายสั้น ๆ ผู้ให้การรักษาจะถามว่าปวดตรงไหน เริ่มปวดอย่างไร อะไรทำให้ดีขึ้นหรือแย่ลง ใช้ยาอะไรอยู่บ้าง (โดยเฉพาะยาต้านการแข็งตัวของเลือด) มีโอกาสตั้งครรภ์หรือไม่ และมีโรคประจำตัวอื่นหรือไม่ รวมทั้งตรวจหาสัญญาณอันตราย เช่น ชาบริเวณขาหนีบหรือกลั้นปัสสาวะไม่ได้ ซึ่งหมายความว่าคุณควรพบแพทย์ก่อนรับการฝังเข็ม หากมีผลการตรวจภาพถ่ายทางรังสีหรือเอกสารจากแพทย์ โปรดนำมาด้วย',
        'ในวันที่มารับการรักษา ควรรับประทานอาหารเบา ๆ ก่อนมาสักสองสามชั่วโมง งดดื่มแอลกอฮอล์ และสวมเสื้อผ้าหลวม ๆ ที่พับแขนหรือขากางเกงขึ้นได้ง่าย หากใส่เครื่องกระตุ้นหัวใจหรืออุปกรณ์ฝังในร่างกายอื่น แพ้โลหะ หรือมีปัญหาผิวหนังบริเวณที่จะรักษา โปรดแจ้งเจ้าหน้าที่',
        '## ระหว่างการรักษา',
        'ผู้ให้การรักษาจะใช้เข็มปลอดเชื้อชนิดใช้ครั้งเดียวทิ้ง ซึ่งเล็กกว่าเข็มฉีดยามาก ปักลงบนจุดที่เลือกไว้ สำหรับอาการปวดหลังส่วนล่างมักใช้จุดบริเวณหลังส่วนล่างและสะโพก ข้อพับเข่า เท้า และมือ บางครั้งใช้จุดที่หน้าท้องด้วย ส่วนอาการปวดหลังส่วนบนมักใช้จุดบริเวณศีรษะ คอ ไหล่ และหลังทั้งส่วนบนและส่วนล่าง โดยทั่วไปจะคาเข็มไว้ประมาณ 20–30 นาทีขณะที่คุณนอนพัก',
        'ส่วนใหญ่จะรู้สึกเจ็บคล้ายมดกัดเพียงครู่เดียว จากนั้นรู้สึกซ่า หนัก ๆ หรือปวดตื้อเล็กน้อยรอบเข็ม หลายคนรู้สึกผ่อนคลายระหว่างการรักษา หากรู้สึกเจ็บแปลบหรือเจ็บมากขึ้นเรื่อย ๆ ซึ่งไม่ใช่เรื่องปกติ ให้บอกผู้ให้การรักษาทันที ผู้ให้การรักษาอาจแนะนำให้ใช้การกระตุ้นไฟฟ้า การรมยา การครอบแก้ว หรือการนวดทุยหนาร่วมด้วย ขึ้นอยู่กับอาการของคุณ',
        '## หลังการรักษาและผลที่ควรคาดหวัง',
        'ผลข้างเคียงมักไม่รุนแรง เช่น ระบมตรงจุดที่ปักเข็ม มีรอยช้ำเล็ก ๆ หรือรู้สึกอ่อนเพลียในวันนั้น บางคนอาจรู้สึกเวียนศีรษะ โดยเฉพาะในการรักษาครั้งแรก ภาวะแทรกซ้อนร้ายแรงพบได้น้อยมากเมื่อทำโดยผู้ให้การรักษาที่มีใบอนุญาตและใช้เข็มปลอดเชื้อชนิดใช้ครั้งเดียวทิ้ง',
        'ผลการรักษาแตกต่างกันไปในแต่ละคน ในงานวิจัยเกี่ยวกับอาการปวดหลังส่วนล่างเรื้อรัง การฝังเข็มช่วยผู้ป่วยบางรายได้มากกว่าการไม่ฝังเข็ม แต่การฝังเข็มหลอกมักให้ผลใกล้เคียงกัน ผลส่วนหนึ่งจึงอาจมาจากผลของยาหลอก อาการปวดหลังที่เพิ่งเป็นมักรักษาประมาณ 1–3 ครั้ง ส่วนอาการปวดเรื้อรังมักต้องรักษา 6–12 ครั้งหรือมากกว่า ควบคู่กับการปรับท่าทางและการออกกำลังกาย หากผ่านไปประมาณ 6–8 สัปดาห์แล้วอาการยังไม่ดีขึ้นอย่างชัดเจน การฝังเข็มอาจไม่ใช่การรักษาที่เหมาะกับคุณ',
        'การฝังเข็มเป็นการรักษาเสริมควบคู่กับการดูแลทางการแพทย์ ไม่ได้ใช้แทน ควรแจ้งแพทย์ที่ดูแลคุณให้ทราบ ใช้ยาที่แพทย์สั่งต่อไปตามเดิมเว้นแต่แพทย์จะแนะนำเป็นอย่างอื่น และหากมีอาการใหม่หรืออาการที่น่ากังวล ควรรีบพบแพทย์',
      ],
    },
    conditions: ['chronic-low-back-pain', 'acute-low-back-pain', 'upper-back-pain'],
    treatmentMethods: ALL_METHODS,
    contraindications: [
      'bleeding-disorders-and-anticoagulants',
      'pregnancy',
      'exhaustion-or-intoxication',
      'pacemaker-or-implanted-electrical-device',
      'serious-spinal-conditions',
    ],
    seoTitle: {
      en: 'Acupuncture for back pain: what to expect at your visit',
      th: 'ฝังเข็มรักษาปวดหลัง: สิ่งที่ควรรู้ก่อนมารักษา',
    },
    seoDescription: {
      en: 'What happens at an acupuncture visit for back pain, what it feels like, common mild side effects and realistic expectations about results.',
      th: 'ขั้นตอนการฝังเข็มรักษาอาการปวดหลัง ความรู้สึกระหว่างรักษา ผลข้างเคียงที่พบบ่อย และผลลัพธ์ที่ควรคาดหวังอย่างสมเหตุสมผล',
    },
    publishedAt: '2026-01-15',
    references: [NCCIH_ACUPUNCTURE, COCHRANE_CLBP, NICE_NG59],
  },
  {
    slug: 'what-the-research-says-about-acupuncture-and-back-pain',
    title: {
      en: 'What the research says about acupuncture and back pain',
      th: 'งานวิจัยบอกอะไรเกี่ยวกับการฝังเข็มรักษาอาการปวดหลัง',
    },
    excerpt: {
      en: 'Large trials found acupuncture helped some people with chronic low back pain more than no acupuncture, yet sham acupuncture often did almost as well. Here is what that means.',
      th: 'งานวิจัยขนาดใหญ่พบว่าการฝังเข็มช่วยผู้ป่วยปวดหลังส่วนล่างเรื้อรังบางรายได้มากกว่าการไม่ฝังเข็ม แต่การฝังเข็มหลอกก็มักให้ผลใกล้เคียงกัน บทความนี้อธิบายว่าผลดังกล่าวมีความหมายอย่างไร',
    },
    body: {
      en: [
        'Studying acupuncture is harder than testing a pill. Pain is measured by what people report, practitioners know which treatment they are giving, and it is difficult to design a convincing “dummy” acupuncture. Keep this in mind when reading headlines in either direction.',
        '## Acupuncture compared with usual care',
        'The German Acupuncture Trials (GERAC) included 1,162 people with chronic low back pain, who had ten 30-minute sessions of real acupuncture, sham acupuncture (shallow needling away from acupuncture points) or conventional therapy combining medicines, physiotherapy and exercise. After six months, 47.6% responded to real acupuncture, 44.2% to sham acupuncture and 27.4% to conventional therapy.',
        'A US trial by Cherkin and colleagues in 638 adults compared individualised acupuncture, standardised acupuncture, simulated acupuncture (a toothpick pressed against the skin without piercing it) and usual care. All three acupuncture-style groups improved more than usual care, but real needling did no better than the simulated version.',
        '## The sham puzzle and the placebo effect',
        'When sham acupuncture works nearly as well as the real thing, part of the benefit is likely to come from placebo and other non-specific effects, such as expectation, relaxation and the attention of a practitioner. Some researchers argue that sham needling is not truly inactive. Either way, exactly where the needles go seems to matter less than traditional theory suggests.',
        'Reviews that pool many trials reach similar conclusions. An analysis of individual data from about 20,000 patients in 39 trials found acupuncture did better than sham and than no acupuncture for chronic pain, including back pain, but the difference from sham was modest. A 2020 Cochrane review of 33 studies with 8,270 participants found that acupuncture may improve pain and function compared with no treatment or usual care in the short term, while differences compared with sham were small and probably not clinically important.',
        '## What guidelines recommend',
        'Guidelines weigh this evidence differently. The American College of Physicians (2017) lists acupuncture among the non-drug options for chronic low back pain. NICE in the UK (2016) recommends against acupuncture for low back pain with or without sciatica, largely because of the sham comparisons.',
        'For you, this means acupuncture may help, but results vary and are not predictable for any one person. It complements exercise, staying active and medical care rather than replacing them. Choose a licensed practitioner who uses sterile single-use needles, and if there is no clear improvement after about 6–8 weeks, it may not be the right treatment for you.',
      ],
      th: [
        'การวิจัยเรื่องการฝังเข็มทำได้ยากกว่าการทดสอบยาเม็ด เพราะความปวดวัดจากสิ่งที่ผู้ป่วยรายงาน ผู้ให้การรักษารู้ว่ากำลังให้การรักษาแบบใด และการออกแบบการฝังเข็มหลอกให้แนบเนียนก็ทำได้ยาก จึงควรระลึกถึงข้อจำกัดเหล่านี้เมื่ออ่านข่าวเกี่ยวกับการฝังเข็ม ไม่ว่าจะเป็นข่าวในทางบวกหรือทางลบ',
        '## เปรียบเทียบการฝังเข็มกับการดูแลตามปกติ',
        'การศึกษา GERAC ในเยอรมนีมีผู้เข้าร่วมที่ปวดหลังส่วนล่างเรื้อรัง 1,162 คน แต่ละคนได้รับการรักษา 10 ครั้ง ครั้งละ 30 นาที ด้วยการฝังเข็มจริง การฝังเข็มหลอก (ปักเข็มตื้น ๆ นอกตำแหน่งจุดฝังเข็ม) หรือการรักษาแบบมาตรฐานซึ่งประกอบด้วยยา กายภาพบำบัด และการออกกำลังกาย เมื่อครบหกเดือน ผู้ที่ตอบสนองต่อการรักษามีร้อยละ 47.6 ในกลุ่มฝังเข็มจริง ร้อยละ 44.2 ในกลุ่มฝังเข็มหลอก และร้อยละ 27.4 ในกลุ่มการรักษาแบบมาตรฐาน',
        'การศึกษาในสหรัฐอเมริกาของ Cherkin และคณะ ในผู้ใหญ่ 638 คน เปรียบเทียบการฝังเข็มที่ปรับตามผู้ป่วยแต่ละราย การฝังเข็มแบบกำหนดจุดตายตัว การฝังเข็มจำลอง (ใช้ไม้จิ้มฟันกดบนผิวหนังโดยไม่แทงทะลุ) และการดูแลตามปกติ ผลคือทั้งสามกลุ่มที่ได้รับการรักษาแบบฝังเข็มมีอาการดีขึ้นมากกว่ากลุ่มที่ได้รับการดูแลตามปกติ แต่การปักเข็มจริงไม่ได้ให้ผลดีกว่าการฝังเข็มจำลอง',
        '## ปริศนาของการฝังเข็มหลอกและผลของยาหลอก',
        'เมื่อการฝังเข็มหลอกให้ผลเกือบเท่ากับการฝังเข็มจริง ประโยชน์ส่วนหนึ่งจึงน่าจะมาจากผลของยาหลอก (placebo) และปัจจัยอื่นที่ไม่เฉพาะเจาะจง เช่น ความคาดหวัง การได้ผ่อนคลาย และความใส่ใจจากผู้ให้การรักษา นักวิจัยบางส่วนเห็นว่าการฝังเข็มหลอกเองก็อาจมีผลต่อร่างกายอยู่บ้าง ไม่ได้ไร้ผลโดยสิ้นเชิง ไม่ว่าจะตีความแบบใด ตำแหน่งที่ปักเข็มดูจะมีความสำคัญน้อยกว่าที่ทฤษฎีดั้งเดิมกล่าวไว้',
        'การทบทวนที่รวบรวมงานวิจัยจำนวนมากได้ข้อสรุปในทำนองเดียวกัน การวิเคราะห์ข้อมูลผู้ป่วยรายบุคคลราว 20,000 คนจาก 39 การศึกษา พบว่าการฝังเข็มให้ผลดีกว่าการฝังเข็มหลอกและดีกว่าการไม่ฝังเข็มสำหรับอาการปวดเรื้อรัง รวมถึงอาการปวดหลัง แต่ความแตกต่างจากการฝังเข็มหลอกอยู่ในระดับไม่มาก ส่วนการทบทวนวรรณกรรมของ Cochrane ในปี 2020 จาก 33 การศึกษา ผู้เข้าร่วม 8,270 คน พบว่าการฝังเข็มอาจช่วยลดปวดและทำให้ใช้งานร่างกายได้ดีขึ้นในระยะสั้นเมื่อเทียบกับการไม่รักษาหรือการดูแลตามปกติ ขณะที่ความแตกต่างเมื่อเทียบกับการฝังเข็มหลอกมีน้อยและอาจไม่มีความสำคัญทางคลินิก',
        '## แนวทางเวชปฏิบัติแนะนำอย่างไร',
        'แนวทางเวชปฏิบัติแต่ละแห่งให้น้ำหนักหลักฐานเหล่านี้ต่างกัน วิทยาลัยแพทย์อเมริกัน (American College of Physicians) ปี 2017 จัดให้การฝังเข็มเป็นหนึ่งในทางเลือกที่ไม่ใช้ยาสำหรับอาการปวดหลังส่วนล่างเรื้อรัง ขณะที่ NICE ของสหราชอาณาจักร ปี 2016 แนะนำไม่ให้ใช้การฝังเข็มสำหรับอาการปวดหลังส่วนล่างทั้งที่มีและไม่มีอาการปวดร้าวลงขา โดยเหตุผลหลักมาจากผลการเปรียบเทียบกับการฝังเข็มหลอก',
        'สำหรับผู้ป่วย หมายความว่าการฝังเข็มอาจช่วยได้ แต่ผลลัพธ์แตกต่างกันและคาดเดาล่วงหน้าไม่ได้ในแต่ละคน การฝังเข็มเป็นส่วนเสริมของการออกกำลังกาย การขยับร่างกายอย่างสม่ำเสมอ และการดูแลทางการแพทย์ ไม่ใช่สิ่งที่ใช้แทน ควรเลือกผู้ให้การรักษาที่มีใบอนุญาตและใช้เข็มปลอดเชื้อชนิดใช้ครั้งเดียวทิ้ง และหากผ่านไปประมาณ 6–8 สัปดาห์แล้วอาการยังไม่ดีขึ้นอย่างชัดเจน การฝังเข็มอาจไม่ใช่การรักษาที่เหมาะกับคุณ',
      ],
    },
    conditions: ['chronic-low-back-pain', 'acute-low-back-pain', 'sciatica'],
    treatmentMethods: ['manual-acupuncture', 'electroacupuncture'],
    contraindications: [],
    seoTitle: {
      en: 'Acupuncture and back pain: what the research says',
      th: 'ฝังเข็มกับอาการปวดหลัง: งานวิจัยบอกอะไร',
    },
    seoDescription: {
      en: 'Acupuncture helped some people with chronic low back pain more than no treatment, but sham acupuncture often did nearly as well. What trials and guidelines say.',
      th: 'การฝังเข็มช่วยผู้ป่วยปวดหลังเรื้อรังบางรายได้มากกว่าการไม่รักษา แต่การฝังเข็มหลอกก็ให้ผลใกล้เคียงกัน สรุปผลงานวิจัยและแนวทางเวชปฏิบัติ',
    },
    publishedAt: '2026-02-05',
    references: [GERAC_2007, CHERKIN_2009, VICKERS_2018, COCHRANE_CLBP, ACP_2017, NICE_NG59],
  },
  {
    slug: 'how-many-acupuncture-sessions',
    title: {
      en: 'How many acupuncture sessions will I need for back pain?',
      th: 'ฝังเข็มรักษาอาการปวดหลังต้องทำกี่ครั้ง และควรประเมินผลเมื่อไร',
    },
    excerpt: {
      en: 'Typical course lengths for recent and long-standing back pain, what to combine acupuncture with, and why you should review progress after 6–8 weeks.',
      th: 'จำนวนครั้งโดยทั่วไปสำหรับอาการปวดหลังที่เพิ่งเป็นและที่เป็นมานาน สิ่งที่ควรทำควบคู่กับการฝังเข็ม และเหตุผลที่ควรประเมินผลหลัง 6–8 สัปดาห์',
    },
    body: {
      en: [
        'There is no fixed number of sessions that suits everyone. How long a course lasts depends on how long you have had the pain, what is causing it, your general health and how you respond. The figures below are typical ranges, not promises.',
        '## Recent (acute) back pain',
        'For a recent episode, acupuncture is usually offered as a short course of 1–3 sessions, alongside staying as active as the pain allows. Many episodes of acute back pain improve on their own within a few weeks, so it is difficult to know how much any treatment adds. If the pain is not easing after a few weeks, see your doctor.',
        '## Long-standing (chronic) back pain',
        'Pain that has lasted for months usually needs a longer course: often 6–12 sessions or more, spread over several weeks. For comparison, the large German GERAC trial used ten 30-minute sessions, generally two a week. Acupuncture works best as part of a wider plan that includes posture correction, a regular exercise programme, breaks from sitting and good sleep.',
        '## When and how to review progress',
        'Agree with your practitioner to review progress after about 6–8 weeks. A simple diary helps you judge honestly:',
        '- your pain score from 0 to 10 on most days',
        '- activities you can do now that were difficult before, such as walking, sitting or sleeping through the night',
        '- how often you need pain medicines',
        'If there is no clear improvement after 6–8 weeks, acupuncture may not be the right treatment for you, and it is better to stop and talk to your doctor about other options than to continue indefinitely.',
        'If it does help, sessions are often spaced further apart. Some people return for occasional sessions when pain flares, although there is little research on how useful this is. Stop and see a doctor if your pain gets worse or any red flag appears, such as numbness around the groin, bladder or bowel problems, or leg weakness.',
      ],
      th: [
        'ไม่มีจำนวนครั้งที่ตายตัวซึ่งเหมาะกับทุกคน ระยะเวลาการรักษาขึ้นอยู่กับว่าปวดมานานเท่าใด สาเหตุของอาการปวด สุขภาพโดยรวม และการตอบสนองต่อการรักษาของแต่ละคน ตัวเลขต่อไปนี้จึงเป็นเพียงช่วงโดยทั่วไป ไม่ใช่คำสัญญา',
        '## อาการปวดหลังที่เพิ่งเป็น (ระยะเฉียบพลัน)',
        'สำหรับอาการที่เพิ่งเกิดขึ้น การฝังเข็มมักเป็นการรักษาระยะสั้นประมาณ 1–3 ครั้ง ควบคู่กับการขยับร่างกายเท่าที่อาการปวดอนุญาต อาการปวดหลังเฉียบพลันจำนวนมากดีขึ้นได้เองภายในไม่กี่สัปดาห์ จึงยากที่จะบอกว่าการรักษาใดช่วยเพิ่มผลได้มากเพียงใด หากผ่านไปสองสามสัปดาห์แล้วอาการยังไม่ทุเลา ควรพบแพทย์',
        '## อาการปวดหลังที่เป็นมานาน (ระยะเรื้อรัง)',
        'อาการปวดที่เป็นมาหลายเดือนมักต้องใช้ระยะเวลารักษานานกว่า โดยทั่วไปประมาณ 6–12 ครั้งหรือมากกว่า กระจายในช่วงหลายสัปดาห์ ตัวอย่างเช่น การศึกษา GERAC ขนาดใหญ่ในเยอรมนีใช้การฝังเข็ม 10 ครั้ง ครั้งละ 30 นาที ส่วนใหญ่สัปดาห์ละสองครั้ง การฝังเข็มจะได้ประโยชน์มากที่สุดเมื่อเป็นส่วนหนึ่งของแผนการดูแลโดยรวม ซึ่งรวมถึงการปรับท่าทาง การออกกำลังกายอย่างสม่ำเสมอ การลุกเปลี่ยนอิริยาบถเมื่อนั่งนาน และการนอนหลับให้เพียงพอ',
        '## ควรประเมินผลเมื่อไรและอย่างไร',
        'ควรตกลงกับผู้ให้การรักษาว่าจะประเมินผลเมื่อผ่านไปประมาณ 6–8 สัปดาห์ การจดบันทึกง่าย ๆ จะช่วยให้ประเมินได้ตามความเป็นจริง เช่น',
        '- คะแนนความปวดตั้งแต่ 0 ถึง 10 ในแต่ละวัน',
        '- กิจกรรมที่เคยทำได้ลำบากแต่ตอนนี้ทำได้แล้ว เช่น การเดิน การนั่ง หรือการนอนหลับได้ตลอดคืน',
        '- ความถี่ในการใช้ยาแก้ปวด',
        'หากผ่านไป 6–8 สัปดาห์แล้วอาการยังไม่ดีขึ้นอย่างชัดเจน การฝังเข็มอาจไม่ใช่การรักษาที่เหมาะกับคุณ ควรหยุดและปรึกษาแพทย์เรื่องทางเลือกอื่น ดีกว่าการรักษาต่อไปเรื่อย ๆ โดยไม่มีกำหนด',
        'หากการฝังเข็มช่วยได้ มักจะค่อย ๆ เว้นระยะห่างระหว่างการรักษาแต่ละครั้งให้นานขึ้น บางคนกลับมารักษาเป็นครั้งคราวเมื่ออาการกำเริบ แม้จะยังมีงานวิจัยน้อยว่าวิธีนี้ช่วยได้มากเพียงใด หากอาการปวดแย่ลงหรือมีสัญญาณอันตราย เช่น ชาบริเวณขาหนีบ มีปัญหาการขับถ่ายปัสสาวะหรืออุจจาระ หรือขาอ่อนแรง ให้หยุดการรักษาและพบแพทย์',
      ],
    },
    conditions: ['chronic-low-back-pain', 'acute-low-back-pain', 'sciatica', 'upper-back-pain'],
    treatmentMethods: ['manual-acupuncture', 'electroacupuncture'],
    contraindications: ['serious-spinal-conditions'],
    seoTitle: {
      en: 'How many acupuncture sessions for back pain?',
      th: 'ฝังเข็มรักษาปวดหลังต้องทำกี่ครั้ง',
    },
    seoDescription: {
      en: 'Typical acupuncture course lengths for acute and chronic back pain, what to combine it with, and why to review progress after 6–8 weeks.',
      th: 'จำนวนครั้งของการฝังเข็มสำหรับอาการปวดหลังเฉียบพลันและเรื้อรัง สิ่งที่ควรทำควบคู่ และเหตุผลที่ควรประเมินผลหลัง 6–8 สัปดาห์',
    },
    publishedAt: '2026-02-26',
    references: [GERAC_2007, COCHRANE_CLBP, ACP_2017],
  },
  {
    slug: 'is-acupuncture-safe-for-me',
    title: {
      en: 'Is acupuncture safe for me?',
      th: 'การฝังเข็มปลอดภัยสำหรับฉันหรือไม่',
    },
    excerpt: {
      en: 'Acupuncture is generally considered safe when done by a licensed practitioner with sterile single-use needles, but it is not suitable for everyone. Common side effects and when to take extra care.',
      th: 'การฝังเข็มถือว่าค่อนข้างปลอดภัยเมื่อทำโดยผู้ให้การรักษาที่มีใบอนุญาตและใช้เข็มปลอดเชื้อชนิดใช้ครั้งเดียวทิ้ง แต่ไม่ได้เหมาะกับทุกคน บทความนี้สรุปผลข้างเคียงที่พบบ่อยและกรณีที่ต้องระมัดระวังเป็นพิเศษ',
    },
    body: {
      en: [
        'Acupuncture is generally considered safe when it is performed by a trained, licensed practitioner using sterile, single-use needles. Being a traditional therapy does not, however, make it suitable for everyone or at every moment, so a short safety check comes before every course of treatment.',
        '## Common, mild side effects',
        '- soreness or a dull ache where a needle was placed',
        '- a small bruise or a drop of blood',
        '- tiredness or drowsiness later the same day',
        '- light-headedness, and occasionally fainting, most often at a first session',
        '- round marks after cupping, and rarely small burns or blisters after moxibustion',
        'Serious complications, such as infections or injury to an organ (for example a collapsed lung from deep needling over the chest), are rare. They have mostly been linked to non-sterile needles or poorly trained practitioners.',
        '## When to take extra care or postpone treatment',
        '- bleeding disorders, or blood-thinning medicines such as warfarin: ask your doctor first',
        '- pregnancy: some points are avoided, so talk to your obstetrician or midwife',
        '- severe or unstable heart disease, or severe kidney or liver failure',
        '- seizures that are frequent or not controlled',
        '- exhaustion, or alcohol or drug intoxication, on the day',
        '- recent radiotherapy or long courses of corticosteroids; a pacemaker if electroacupuncture is planned; infected or numb skin in the treatment area',
        'Back pain with red flags, such as numbness around the groin, loss of bladder or bowel control, worsening leg weakness, fever, unexplained weight loss or a history of cancer, needs a doctor before any acupuncture.',
        '## Choosing a practitioner and looking after yourself',
        'In Thailand, acupuncture should be performed by a physician with recognised acupuncture training or by a licensed Chinese medicine practitioner. You may ask to see a licence. Needles should come from sealed single-use packs and go into a sharps container after use. Tell the practitioner about all your medicines and health conditions, and never stop a prescribed medicine on your own.',
        'After treatment, seek medical help if you notice increasing pain, redness, warmth or swelling where a needle was, a fever, or sudden chest pain or breathlessness. Acupuncture complements medical care and does not replace it.',
      ],
      th: [
        'การฝังเข็มถือว่าค่อนข้างปลอดภัยเมื่อทำโดยผู้ให้การรักษาที่ผ่านการฝึกอบรมและมีใบอนุญาต และใช้เข็มปลอดเชื้อชนิดใช้ครั้งเดียวทิ้ง อย่างไรก็ตาม การเป็นศาสตร์การรักษาดั้งเดิมไม่ได้หมายความว่าจะเหมาะกับทุกคนหรือทุกสถานการณ์ จึงต้องมีการตรวจประเมินความปลอดภัยสั้น ๆ ก่อนเริ่มการรักษาทุกครั้ง',
        '## ผลข้างเคียงที่พบบ่อยและไม่รุนแรง',
        '- ระบมหรือปวดตื้อตรงจุดที่ปักเข็ม',
        '- มีรอยช้ำเล็ก ๆ หรือมีเลือดซึมเล็กน้อย',
        '- รู้สึกอ่อนเพลียหรือง่วงในช่วงเย็นของวันเดียวกัน',
        '- เวียนศีรษะ และบางครั้งอาจเป็นลม ซึ่งมักเกิดในการรักษาครั้งแรก',
        '- มีรอยกลมหลังการครอบแก้ว และพบได้น้อยที่จะมีแผลไหม้หรือตุ่มพองเล็ก ๆ หลังการรมยา',
        'ภาวะแทรกซ้อนร้ายแรง เช่น การติดเชื้อ หรือการบาดเจ็บของอวัยวะภายใน (ตัวอย่างเช่น ภาวะลมรั่วในช่องเยื่อหุ้มปอดจากการปักเข็มลึกบริเวณหน้าอก) พบได้น้อยมาก และส่วนใหญ่เกี่ยวข้องกับการใช้เข็มที่ไม่ปลอดเชื้อหรือผู้ให้การรักษาที่ไม่ได้รับการฝึกอบรมอย่างเพียงพอ',
        '## กรณีที่ต้องระมัดระวังเป็นพิเศษหรือควรเลื่อนการรักษา',
        '- มีโรคเลือดออกง่าย หรือใช้ยาต้านการแข็งตัวของเลือด เช่น วาร์ฟาริน ควรปรึกษาแพทย์ก่อน',
        '- ตั้งครรภ์ เนื่องจากมีบางจุดที่ต้องหลีกเลี่ยง ควรปรึกษาสูติแพทย์หรือพยาบาลผดุงครรภ์',
        '- โรคหัวใจที่รุนแรงหรือยังควบคุมอาการไม่ได้ หรือภาวะไตวายหรือตับวายระดับรุนแรง',
        '- อาการชักที่ยังเกิดบ่อยหรือควบคุมไม่ได้',
        '- อ่อนเพลียอย่างมาก หรือมึนเมาจากสุราหรือยาเสพติดในวันที่มารับการรักษา',
        '- เพิ่งได้รับรังสีรักษาหรือใช้ยาคอร์ติโคสเตียรอยด์เป็นเวลานาน ใส่เครื่องกระตุ้นหัวใจในกรณีที่จะใช้การฝังเข็มกระตุ้นไฟฟ้า หรือผิวหนังบริเวณที่จะรักษาติดเชื้อหรือชา',
        'หากปวดหลังร่วมกับสัญญาณอันตราย เช่น ชาบริเวณขาหนีบ กลั้นปัสสาวะหรืออุจจาระไม่ได้ ขาอ่อนแรงลงเรื่อย ๆ มีไข้ น้ำหนักลดโดยไม่ทราบสาเหตุ หรือเคยเป็นโรคมะเร็ง ต้องพบแพทย์ก่อนรับการฝังเข็มทุกครั้ง',
        '## การเลือกผู้ให้การรักษาและการดูแลตนเอง',
        'ในประเทศไทย การฝังเข็มควรทำโดยแพทย์ที่ผ่านการอบรมการฝังเข็มตามหลักสูตรที่ได้รับการรับรอง หรือผู้ประกอบโรคศิลปะสาขาการแพทย์แผนจีนที่มีใบอนุญาต คุณสามารถขอดูใบอนุญาตได้ เข็มควรแกะจากซองปิดผนึกชนิดใช้ครั้งเดียวทิ้ง และทิ้งลงภาชนะสำหรับของมีคมหลังใช้ โปรดแจ้งผู้ให้การรักษาถึงยาและโรคประจำตัวทั้งหมด และห้ามหยุดยาที่แพทย์สั่งด้วยตนเอง',
        'หลังการรักษา หากปวดมากขึ้น บริเวณที่ปักเข็มแดง ร้อน หรือบวม มีไข้ หรือเจ็บหน้าอกหรือหายใจลำบากขึ้นมาทันที ควรไปพบแพทย์ การฝังเข็มเป็นการรักษาเสริมควบคู่กับการดูแลทางการแพทย์ ไม่ได้ใช้แทน',
      ],
    },
    conditions: ['chronic-low-back-pain', 'pregnancy-related-back-pain'],
    treatmentMethods: ALL_METHODS,
    contraindications: [
      'bleeding-disorders-and-anticoagulants',
      'pregnancy',
      'severe-heart-disease',
      'severe-organ-failure',
      'seizures',
      'exhaustion-or-intoxication',
      'recent-radiotherapy-or-corticosteroids',
      'serious-spinal-conditions',
      'pacemaker-or-implanted-electrical-device',
      'skin-problems-at-treatment-site',
    ],
    seoTitle: {
      en: 'Is acupuncture safe for me? Side effects and precautions',
      th: 'ฝังเข็มปลอดภัยไหม ผลข้างเคียงและข้อควรระวัง',
    },
    seoDescription: {
      en: 'Common mild side effects of acupuncture, who needs extra care (blood thinners, pregnancy, heart disease) and how to choose a licensed practitioner.',
      th: 'ผลข้างเคียงที่พบบ่อยของการฝังเข็ม ผู้ที่ต้องระวังเป็นพิเศษ เช่น ผู้ใช้ยาต้านการแข็งตัวของเลือดหรือหญิงตั้งครรภ์ และการเลือกผู้ให้การรักษา',
    },
    publishedAt: '2026-03-19',
    references: [NCCIH_ACUPUNCTURE, WHO_SAFETY, NCCIH_CUPPING],
  },
  {
    slug: 'acupuncture-with-cupping-moxibustion-and-massage',
    title: {
      en: 'Acupuncture with electrical stimulation, moxibustion, cupping and Tui Na massage',
      th: 'การฝังเข็มร่วมกับการกระตุ้นไฟฟ้า การรมยา การครอบแก้ว และการนวดทุยหนา',
    },
    excerpt: {
      en: 'Clinics often combine acupuncture with other traditional methods. What each one involves, what the evidence says, and how to combine them sensibly.',
      th: 'คลินิกฝังเข็มมักใช้วิธีการแพทย์แผนจีนอื่นร่วมด้วย บทความนี้อธิบายว่าแต่ละวิธีคืออะไร หลักฐานทางวิชาการว่าอย่างไร และควรใช้ร่วมกันอย่างไรให้เหมาะสม',
    },
    body: {
      en: [
        'Acupuncture for back pain is often combined with other methods from Chinese medicine. Each has its own uses, sensations and precautions, and the evidence behind them varies.',
        '## Electroacupuncture',
        'A small device passes a low-intensity electrical current through pairs of needles, or through pads on the skin, producing a tapping or buzzing sensation. It is sometimes used when stronger or longer stimulation is wanted. It is not clear whether it works better than manual acupuncture, and it is not used for people with a pacemaker or other implanted electrical device unless their specialist agrees.',
        '## Moxibustion and warm needles',
        'Moxibustion uses gentle heat from smouldering moxa, made from dried mugwort (Artemisia vulgaris), held above the skin or fixed to the handle of an inserted needle (warm-needle acupuncture). Chinese medicine traditionally uses it for chronic back pain of the “cold-damp” type, which feels worse in cold, damp weather. Good-quality research is scarce, and the main risk is burns.',
        '## Cupping',
        'Cups create suction on the skin over tense muscles for a few minutes and are often combined with acupuncture to help those muscles relax. Research on cupping is limited and mostly of low quality. It leaves round marks that fade over days to a couple of weeks and, if done carelessly, can cause burns or skin infection.',
        '## Tui Na massage',
        'Tui Na is Chinese therapeutic massage using pressing, kneading, squeezing, rubbing and tapping, often given after acupuncture. Reviews suggest massage may give short-term relief of low back pain, though the evidence is of low quality.',
        'More methods do not automatically mean better results, and there is no good evidence that combining them improves outcomes compared with acupuncture alone. Your practitioner should explain why each method is suggested, check its specific precautions, and respect your preferences. Whatever the combination, it complements medical care and exercise, and if there is no clear improvement after about 6–8 weeks it may not be the right approach for you.',
      ],
      th: [
        'การฝังเข็มรักษาอาการปวดหลังมักใช้ร่วมกับวิธีการอื่นของการแพทย์แผนจีน แต่ละวิธีมีจุดประสงค์ ความรู้สึกระหว่างรักษา และข้อควรระวังแตกต่างกัน และมีหลักฐานทางวิชาการรองรับมากน้อยต่างกัน',
        '## การฝังเข็มกระตุ้นไฟฟ้า',
        'ใช้เครื่องขนาดเล็กปล่อยกระแสไฟฟ้าความแรงต่ำผ่านเข็มที่ปักไว้เป็นคู่หรือผ่านแผ่นอิเล็กโทรดบนผิวหนัง ทำให้รู้สึกเหมือนถูกเคาะหรือสั่นเบา ๆ บางครั้งใช้เมื่อต้องการการกระตุ้นที่แรงขึ้นหรือนานขึ้น ยังไม่ชัดเจนว่าได้ผลดีกว่าการฝังเข็มแบบดั้งเดิมหรือไม่ และจะไม่ใช้กับผู้ที่ใส่เครื่องกระตุ้นหัวใจหรืออุปกรณ์ไฟฟ้าฝังในร่างกาย เว้นแต่แพทย์ผู้เชี่ยวชาญจะเห็นชอบ',
        '## การรมยาและการฝังเข็มอุ่น',
        'การรมยาใช้ความร้อนอ่อน ๆ จากม็อกซ่าที่คุอยู่ ซึ่งทำจากใบโกฐจุฬาลัมพา (Artemisia vulgaris) ตากแห้ง โดยถือไว้เหนือผิวหนังหรือติดไว้ที่ด้ามเข็มที่ปักอยู่ (การฝังเข็มอุ่น) ตามตำราแพทย์แผนจีนนิยมใช้กับอาการปวดหลังเรื้อรังกลุ่ม “เย็นชื้น” ซึ่งมักเป็นมากขึ้นเมื่ออากาศเย็นและชื้น งานวิจัยคุณภาพดียังมีน้อย และความเสี่ยงหลักคือแผลไหม้',
        '## การครอบแก้ว',
        'การครอบแก้วใช้ถ้วยสร้างแรงดูดบนผิวหนังบริเวณกล้ามเนื้อที่ตึงเป็นเวลาไม่กี่นาที และมักใช้ร่วมกับการฝังเข็มเพื่อช่วยให้กล้ามเนื้อคลายตัว งานวิจัยเกี่ยวกับการครอบแก้วยังมีจำกัดและส่วนใหญ่มีคุณภาพต่ำ การครอบแก้วจะทิ้งรอยกลมซึ่งจางลงภายในไม่กี่วันถึงราวสองสัปดาห์ และหากทำไม่ระมัดระวังอาจทำให้ผิวไหม้หรือติดเชื้อได้',
        '## การนวดทุยหนา',
        'ทุยหนาเป็นการนวดบำบัดแบบจีนที่ใช้การกด คลึง บีบ ถู และเคาะ มักทำต่อจากการฝังเข็ม การทบทวนงานวิจัยพบว่าการนวดอาจช่วยบรรเทาอาการปวดหลังส่วนล่างได้ในระยะสั้น แต่หลักฐานยังมีคุณภาพต่ำ',
        'การใช้หลายวิธีร่วมกันไม่ได้หมายความว่าจะได้ผลดีกว่าเสมอไป และยังไม่มีหลักฐานที่ดีว่าการใช้หลายวิธีร่วมกันให้ผลดีกว่าการฝังเข็มเพียงอย่างเดียว ผู้ให้การรักษาควรอธิบายเหตุผลที่แนะนำแต่ละวิธี ตรวจสอบข้อควรระวังเฉพาะของแต่ละวิธี และเคารพความต้องการของคุณ ไม่ว่าจะใช้วิธีใดร่วมกัน ทั้งหมดเป็นเพียงส่วนเสริมของการดูแลทางการแพทย์และการออกกำลังกาย และหากผ่านไปประมาณ 6–8 สัปดาห์แล้วอาการยังไม่ดีขึ้นอย่างชัดเจน แนวทางนี้อาจไม่เหมาะกับคุณ',
      ],
    },
    conditions: ['chronic-low-back-pain', 'muscle-strain-and-spasm', 'upper-back-pain', 'neck-pain'],
    treatmentMethods: ALL_METHODS,
    contraindications: [
      'pacemaker-or-implanted-electrical-device',
      'skin-problems-at-treatment-site',
      'bleeding-disorders-and-anticoagulants',
      'pregnancy',
    ],
    seoTitle: {
      en: 'Acupuncture with moxibustion, cupping and Tui Na massage',
      th: 'ฝังเข็มร่วมกับรมยา ครอบแก้ว และนวดทุยหนา',
    },
    seoDescription: {
      en: 'What electroacupuncture, moxibustion, cupping and Tui Na involve, what the evidence says, and how to combine them with acupuncture sensibly.',
      th: 'การฝังเข็มกระตุ้นไฟฟ้า การรมยา การครอบแก้ว และการนวดทุยหนาคืออะไร หลักฐานว่าอย่างไร และใช้ร่วมกับการฝังเข็มอย่างไรให้เหมาะสม',
    },
    publishedAt: '2026-04-09',
    references: [NCCIH_CUPPING, COCHRANE_MASSAGE, NCCIH_ACUPUNCTURE, COCHRANE_CLBP],
  },
  {
    slug: 'back-pain-in-pregnancy-and-acupuncture',
    title: {
      en: 'Back pain in pregnancy: can acupuncture help?',
      th: 'ปวดหลังระหว่างตั้งครรภ์ ฝังเข็มช่วยได้หรือไม่',
    },
    excerpt: {
      en: 'Between half and four-fifths of pregnant women have back pain. Self-care comes first; acupuncture may help some women, with adapted points and after talking to the obstetrician or midwife.',
      th: 'หญิงตั้งครรภ์ราวครึ่งหนึ่งถึงสี่ในห้ามีอาการปวดหลัง การดูแลตนเองเป็นสิ่งแรกที่ควรทำ การฝังเข็มอาจช่วยได้ในบางราย โดยต้องเลือกจุดให้เหมาะสมและปรึกษาสูติแพทย์หรือพยาบาลผดุงครรภ์ก่อน',
    },
    body: {
      en: [
        'Back pain is one of the most common discomforts of pregnancy: roughly 50–80% of pregnant women experience it. Weight gain, a shift in the centre of gravity, hormonal changes that loosen the ligaments of the pelvis, and stress all add load to the back, and the pain often increases as pregnancy progresses.',
        '## Start with self-care',
        'Simple measures help many women: good posture, supportive low-heeled shoes, avoiding heavy lifting, sleeping on your side with a pillow between the knees, and staying active with exercise suited to pregnancy, such as swimming or antenatal exercise classes. Your midwife or a physiotherapist can advise on exercises and support belts.',
        '## What about acupuncture?',
        'A Cochrane review of treatments for low back and pelvic pain in pregnancy found some evidence that acupuncture, added to usual antenatal care, reduced pain more than usual care alone, but the quality of the evidence was moderate to low and results vary between women.',
        'Safety comes first. Traditional guidance avoids certain points in pregnancy, including points on the abdomen and the lumbosacral area and points that give a strong sensation. At this clinic, pregnant women receive gentle manual acupuncture only, in a comfortable side-lying or seated position, from practitioners experienced in pregnancy care, and only after they have discussed it with their obstetrician or midwife.',
        'Side effects are the same mild ones as at other times, such as soreness, small bruises or tiredness. Tell us at every visit how far along you are and about any change in your health.',
        '## When to contact your doctor or midwife instead',
        '- vaginal bleeding or leaking fluid',
        '- regular tightenings or period-like pains before 37 weeks',
        '- fever, or pain or burning when passing urine',
        '- a severe headache, blurred vision or sudden swelling of the face or hands',
        '- numbness around the groin, leg weakness, or loss of bladder or bowel control',
        '- your baby moving less than usual',
        'Acupuncture complements antenatal care and never replaces it. If there is no clear improvement after a few weeks, or at most 6–8 weeks, it may not be the right treatment for you.',
      ],
      th: [
        'อาการปวดหลังเป็นความไม่สบายตัวที่พบบ่อยที่สุดอย่างหนึ่งระหว่างตั้งครรภ์ ประมาณร้อยละ 50–80 ของหญิงตั้งครรภ์มีอาการนี้ น้ำหนักตัวที่เพิ่มขึ้น จุดศูนย์ถ่วงที่เปลี่ยนไป ฮอร์โมนที่ทำให้เอ็นยึดข้อเชิงกรานหย่อนลง และความเครียด ล้วนเพิ่มภาระให้กับหลัง และอาการปวดมักเพิ่มขึ้นเมื่ออายุครรภ์มากขึ้น',
        '## เริ่มจากการดูแลตนเอง',
        'วิธีง่าย ๆ ช่วยหญิงตั้งครรภ์ได้หลายคน เช่น การจัดท่าทางให้เหมาะสม สวมรองเท้าส้นเตี้ยที่รองรับเท้าได้ดี หลีกเลี่ยงการยกของหนัก นอนตะแคงโดยใช้หมอนหนุนระหว่างเข่า และขยับร่างกายสม่ำเสมอด้วยการออกกำลังกายที่เหมาะกับหญิงตั้งครรภ์ เช่น ว่ายน้ำ หรือเข้าคลาสออกกำลังกายสำหรับคุณแม่ตั้งครรภ์ พยาบาลผดุงครรภ์หรือนักกายภาพบำบัดสามารถแนะนำท่าบริหารและการใช้เข็มขัดพยุงครรภ์ได้',
        '## แล้วการฝังเข็มล่ะ',
        'การทบทวนวรรณกรรมของ Cochrane เกี่ยวกับการรักษาอาการปวดหลังส่วนล่างและปวดเชิงกรานระหว่างตั้งครรภ์ พบหลักฐานบางส่วนว่าการฝังเข็มร่วมกับการฝากครรภ์ตามปกติช่วยลดอาการปวดได้มากกว่าการฝากครรภ์ตามปกติเพียงอย่างเดียว แต่หลักฐานมีคุณภาพปานกลางถึงต่ำ และผลลัพธ์แตกต่างกันไปในแต่ละคน',
        'ความปลอดภัยต้องมาก่อนเสมอ แนวปฏิบัติดั้งเดิมกำหนดให้หลีกเลี่ยงจุดฝังเข็มบางจุดระหว่างตั้งครรภ์ รวมถึงจุดบริเวณหน้าท้อง บริเวณเอวและกระเบนเหน็บ และจุดที่กระตุ้นแล้วรู้สึกรุนแรง ที่คลินิกนี้ หญิงตั้งครรภ์จะได้รับเฉพาะการฝังเข็มแบบดั้งเดิมอย่างนุ่มนวล ในท่านอนตะแคงหรือท่านั่งที่สบาย โดยผู้ให้การรักษาที่มีประสบการณ์ดูแลหญิงตั้งครรภ์ และหลังจากที่ได้ปรึกษาสูติแพทย์หรือพยาบาลผดุงครรภ์แล้วเท่านั้น',
        'ผลข้างเคียงก็ไม่รุนแรงเช่นเดียวกับในช่วงเวลาอื่น เช่น ระบม มีรอยช้ำเล็ก ๆ หรืออ่อนเพลีย โปรดแจ้งอายุครรภ์และการเปลี่ยนแปลงทางสุขภาพทุกครั้งที่มารับการรักษา',
        '## กรณีที่ควรติดต่อแพทย์หรือพยาบาลผดุงครรภ์แทน',
        '- มีเลือดออกหรือมีน้ำไหลออกทางช่องคลอด',
        '- ท้องแข็งเป็นระยะสม่ำเสมอหรือปวดคล้ายปวดประจำเดือนก่อนอายุครรภ์ 37 สัปดาห์',
        '- มีไข้ หรือปัสสาวะแสบขัด',
        '- ปวดศีรษะรุนแรง ตาพร่ามัว หรือหน้าและมือบวมขึ้นอย่างรวดเร็ว',
        '- ชาบริเวณขาหนีบ ขาอ่อนแรง หรือกลั้นปัสสาวะหรืออุจจาระไม่ได้',
        '- ลูกดิ้นน้อยกว่าปกติ',
        'การฝังเข็มเป็นเพียงการดูแลเสริมควบคู่กับการฝากครรภ์ และไม่สามารถใช้แทนได้ หากผ่านไปสองสามสัปดาห์หรืออย่างช้า 6–8 สัปดาห์แล้วอาการยังไม่ดีขึ้นอย่างชัดเจน การฝังเข็มอาจไม่ใช่การรักษาที่เหมาะกับคุณ',
      ],
    },
    conditions: ['pregnancy-related-back-pain'],
    treatmentMethods: ['manual-acupuncture'],
    contraindications: ['pregnancy'],
    seoTitle: {
      en: 'Back pain in pregnancy: can acupuncture help?',
      th: 'ปวดหลังตอนตั้งครรภ์ ฝังเข็มช่วยได้ไหม',
    },
    seoDescription: {
      en: 'Back pain affects 50–80% of pregnant women. Self-care tips, what the evidence says about acupuncture, safety precautions and when to call your midwife.',
      th: 'หญิงตั้งครรภ์ร้อยละ 50–80 มีอาการปวดหลัง วิธีดูแลตนเอง หลักฐานเรื่องการฝังเข็ม ข้อควรระวัง และอาการที่ควรติดต่อแพทย์',
    },
    publishedAt: '2026-05-07',
    references: [COCHRANE_PREGNANCY, WHO_SAFETY, NCCIH_LOW_BACK],
  },
  {
    slug: 'red-flags-when-back-pain-needs-a-doctor',
    title: {
      en: 'Red flags: when back pain needs a doctor first',
      th: 'สัญญาณอันตราย: เมื่ออาการปวดหลังต้องพบแพทย์ก่อน',
    },
    excerpt: {
      en: 'Most back pain is not serious, but some symptoms need a doctor, or an emergency department, before any acupuncture. Learn the warning signs.',
      th: 'อาการปวดหลังส่วนใหญ่ไม่ร้ายแรง แต่บางอาการต้องพบแพทย์หรือไปห้องฉุกเฉินก่อนรับการฝังเข็ม มาทำความรู้จักสัญญาณอันตรายเหล่านี้',
    },
    body: {
      en: [
        'Most back pain comes from muscles, ligaments and joints and improves with time and activity. In a small number of people, however, it is a sign of something that needs prompt medical treatment. Acupuncture must never delay that treatment.',
        '## Go to an emergency department straight away if you have back pain and',
        '- numbness or tingling around the groin, buttocks or genitals (the “saddle” area)',
        '- new difficulty passing urine, or loss of bladder or bowel control',
        '- weakness or numbness in one or both legs that is getting worse quickly',
        '- pain that started after a serious fall or road accident',
        '- chest pain, breathlessness or sweating together with upper back pain',
        '## See a doctor within a day or two if you have back pain and',
        '- a fever or you feel generally unwell',
        '- unexplained weight loss, or a history of cancer',
        '- severe pain at night, or constant pain that does not change when you move or rest',
        '- pain after a minor fall if you have osteoporosis or have taken corticosteroids for a long time',
        '- pain that keeps getting worse over several weeks',
        'These signs can point to conditions such as compression of the nerves at the base of the spine (cauda equina syndrome), a spinal infection, a fracture or cancer. They are uncommon, but early treatment can make a large difference to the outcome.',
        '## What we do at the clinic',
        'Our practitioners ask about these warning signs at every first visit and again whenever your symptoms change. If any are present, we will not start acupuncture and will help you arrange to see a doctor.',
        'Once a doctor has assessed you and is managing the cause, acupuncture may be discussed as a complement to that care, never as a substitute. Please bring your diagnosis and scan results with you.',
        'Keep in mind, too, that pain which does not improve as expected is itself a reason to check in with your doctor. If there is no clear improvement after about 6–8 weeks of acupuncture, stop and talk to your doctor about other options.',
      ],
      th: [
        'อาการปวดหลังส่วนใหญ่เกิดจากกล้ามเนื้อ เอ็น และข้อต่อ และจะดีขึ้นเมื่อเวลาผ่านไปและขยับร่างกายตามปกติ แต่ในผู้ป่วยส่วนน้อย อาการปวดหลังอาจเป็นสัญญาณของภาวะที่ต้องได้รับการรักษาทางการแพทย์โดยเร็ว การฝังเข็มต้องไม่ทำให้การรักษานั้นล่าช้าโดยเด็ดขาด',
        '## ไปห้องฉุกเฉินทันที หากปวดหลังร่วมกับอาการต่อไปนี้',
        '- ชาหรือเป็นเหน็บบริเวณขาหนีบ ก้น หรืออวัยวะเพศ (บริเวณที่สัมผัสอานจักรยาน)',
        '- เริ่มปัสสาวะลำบาก หรือกลั้นปัสสาวะหรืออุจจาระไม่ได้',
        '- ขาข้างใดข้างหนึ่งหรือทั้งสองข้างอ่อนแรงหรือชามากขึ้นอย่างรวดเร็ว',
        '- เริ่มปวดหลังจากหกล้มจากที่สูงหรือประสบอุบัติเหตุทางถนน',
        '- เจ็บหน้าอก หายใจไม่อิ่ม หรือเหงื่อออกมากร่วมกับปวดหลังส่วนบน',
        '## ควรพบแพทย์ภายในหนึ่งถึงสองวัน หากปวดหลังร่วมกับอาการต่อไปนี้',
        '- มีไข้หรือรู้สึกไม่สบายทั่วร่างกาย',
        '- น้ำหนักลดโดยไม่ทราบสาเหตุ หรือเคยเป็นโรคมะเร็ง',
        '- ปวดรุนแรงตอนกลางคืน หรือปวดตลอดเวลาไม่ว่าจะขยับหรือพัก',
        '- ปวดหลังจากหกล้มเพียงเล็กน้อยในผู้ที่เป็นโรคกระดูกพรุนหรือใช้ยาคอร์ติโคสเตียรอยด์มาเป็นเวลานาน',
        '- ปวดมากขึ้นเรื่อย ๆ ต่อเนื่องหลายสัปดาห์',
        'อาการเหล่านี้อาจบ่งชี้ถึงภาวะต่าง ๆ เช่น กลุ่มเส้นประสาทส่วนปลายไขสันหลังถูกกดทับ (cauda equina syndrome) การติดเชื้อที่กระดูกสันหลัง กระดูกสันหลังหัก หรือโรคมะเร็ง ภาวะเหล่านี้พบได้ไม่บ่อย แต่การได้รับการรักษาตั้งแต่เนิ่น ๆ ส่งผลต่อผลการรักษาได้อย่างมาก',
        '## สิ่งที่คลินิกของเราทำ',
        'ผู้ให้การรักษาของเราจะสอบถามสัญญาณอันตรายเหล่านี้ทุกครั้งที่คุณมารับการรักษาครั้งแรก และสอบถามอีกครั้งเมื่ออาการเปลี่ยนไป หากพบสัญญาณอันตรายใด ๆ เราจะไม่เริ่มการฝังเข็ม และจะช่วยประสานให้คุณได้พบแพทย์',
        'เมื่อแพทย์ตรวจประเมินและดูแลสาเหตุของอาการแล้ว อาจพิจารณาการฝังเข็มเป็นการรักษาเสริมควบคู่กับการดูแลของแพทย์ แต่ไม่ใช่เพื่อใช้แทน โปรดนำผลการวินิจฉัยและผลการตรวจภาพถ่ายทางรังสีมาด้วย',
        'นอกจากนี้ อาการปวดที่ไม่ดีขึ้นตามที่ควรจะเป็นก็เป็นเหตุผลหนึ่งที่ควรกลับไปพบแพทย์ หากฝังเข็มไปแล้วประมาณ 6–8 สัปดาห์แต่อาการยังไม่ดีขึ้นอย่างชัดเจน ควรหยุดและปรึกษาแพทย์เรื่องทางเลือกอื่น',
      ],
    },
    conditions: [
      'chronic-low-back-pain',
      'acute-low-back-pain',
      'sciatica',
      'herniated-disc',
      'upper-back-pain',
      'neck-pain',
    ],
    treatmentMethods: [],
    contraindications: ['serious-spinal-conditions', 'recent-radiotherapy-or-corticosteroids'],
    seoTitle: {
      en: 'Back pain red flags: when to see a doctor first',
      th: 'สัญญาณอันตรายของอาการปวดหลังที่ต้องพบแพทย์',
    },
    seoDescription: {
      en: 'Numbness around the groin, bladder or bowel problems, leg weakness, fever or a history of cancer: back pain warning signs that need a doctor before acupuncture.',
      th: 'ชาบริเวณขาหนีบ กลั้นปัสสาวะไม่ได้ ขาอ่อนแรง มีไข้ หรือเคยเป็นมะเร็ง คือสัญญาณอันตรายของอาการปวดหลังที่ต้องพบแพทย์ก่อนฝังเข็ม',
    },
    publishedAt: '2026-06-04',
    references: [NICE_NG59, NHS_BACK_PAIN, ACP_2017],
  },
]
