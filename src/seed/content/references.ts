import type {  Reference  } from '../types'

/** Sources cited by the sample content, shared by every file that cites them. */
export const ACP_2017: Reference = {
  title:
    'Noninvasive Treatments for Acute, Subacute, and Chronic Low Back Pain: A Clinical Practice Guideline From the American College of Physicians (Qaseem A et al.)',
  publisher: 'Annals of Internal Medicine',
  year: 2017,
  url: 'https://doi.org/10.7326/M16-2367',
}

export const CHERKIN_2009: Reference = {
  title:
    'A randomized trial comparing acupuncture, simulated acupuncture, and usual care for chronic low back pain (Cherkin DC et al.)',
  publisher: 'Archives of Internal Medicine',
  year: 2009,
  url: 'https://doi.org/10.1001/archinternmed.2009.65',
}

export const COCHRANE_CLBP: Reference = {
  title: 'Acupuncture for chronic nonspecific low back pain (Mu J, Furlan AD, Lam WY, Hsu MY, Ning Z, Lao L)',
  publisher: 'Cochrane Database of Systematic Reviews',
  year: 2020,
  url: 'https://doi.org/10.1002/14651858.CD013814',
}

export const COCHRANE_MASSAGE: Reference = {
  title: 'Massage for low-back pain (Furlan AD, Giraldo M, Baskwill A, Irvin E, Imamura M)',
  publisher: 'Cochrane Database of Systematic Reviews',
  year: 2015,
  url: 'https://doi.org/10.1002/14651858.CD001929.pub3',
}

export const COCHRANE_PREGNANCY: Reference = {
  title: 'Interventions for preventing and treating low-back and pelvic pain during pregnancy (Liddle SD, Pennick V)',
  publisher: 'Cochrane Database of Systematic Reviews',
  year: 2015,
  url: 'https://doi.org/10.1002/14651858.CD001139.pub4',
}

export const GERAC_2007: Reference = {
  title:
    'German Acupuncture Trials (GERAC) for chronic low back pain: randomized, multicenter, blinded, parallel-group trial with 3 groups (Haake M et al.)',
  publisher: 'Archives of Internal Medicine',
  year: 2007,
  url: 'https://doi.org/10.1001/archinte.167.17.1892',
}

export const NCCIH_ACUPUNCTURE: Reference = {
  title: 'Acupuncture: What You Need To Know',
  publisher: 'National Center for Complementary and Integrative Health (NCCIH), U.S. National Institutes of Health',
  url: 'https://www.nccih.nih.gov/health/acupuncture-what-you-need-to-know',
}

export const NCCIH_CUPPING: Reference = {
  title: 'Cupping',
  publisher: 'National Center for Complementary and Integrative Health (NCCIH), U.S. National Institutes of Health',
  url: 'https://www.nccih.nih.gov/health/cupping',
}

export const NCCIH_LOW_BACK: Reference = {
  title: 'Low-Back Pain and Complementary Health Approaches: What You Need To Know',
  publisher: 'National Center for Complementary and Integrative Health (NCCIH), U.S. National Institutes of Health',
  url: 'https://www.nccih.nih.gov/health/low-back-pain-and-complementary-health-approaches-what-you-need-to-know',
}

export const NHS_ACUPUNCTURE: Reference = {
  title: 'Acupuncture',
  publisher: 'NHS (National Health Service, UK)',
}

export const NHS_BACK_PAIN: Reference = {
  title: 'Back pain',
  publisher: 'NHS (National Health Service, UK)',
  url: 'https://www.nhs.uk/conditions/back-pain/',
}

export const NICE_NG59: Reference = {
  title: 'Low back pain and sciatica in over 16s: assessment and management (NICE guideline NG59)',
  publisher: 'National Institute for Health and Care Excellence (NICE)',
  year: 2016,
  url: 'https://www.nice.org.uk/guidance/ng59',
}

export const VICKERS_2018: Reference = {
  title: 'Acupuncture for Chronic Pain: Update of an Individual Patient Data Meta-Analysis (Vickers AJ et al.)',
  publisher: 'The Journal of Pain',
  year: 2018,
  url: 'https://doi.org/10.1016/j.jpain.2017.11.005',
}

export const WHO_SAFETY: Reference = {
  title: 'Guidelines on Basic Training and Safety in Acupuncture (WHO/EDM/TRM/99.1)',
  publisher: 'World Health Organization',
  year: 1999,
}
