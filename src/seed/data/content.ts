/**
 * Demo content for the Vetted seeder: three fictitious clinics, their authors, the shared topics,
 * a small claims library and a handful of posts in every workflow state.
 *
 * Everything here is original demo text. Clinic names, people, street addresses and domains are invented
 * (phone numbers use the fictional 555-01xx range, domains use the reserved .example TLD). Every DOI comes
 * from `references.json`.
 *
 * Post bodies use the Markdown subset the seeder parses: blocks separated by a blank line, `## ` / `### `
 * headings, paragraphs, `- ` bullet lists, `1. ` numbered lists, **bold**, *italic*, [links](https://...),
 * and two inline markers: `{{cite:DOI}}` (numbered citation of a reference) and `{{claim:KEY}}` (an approved
 * library claim, rendered by the site).
 *
 * The posts the seed signs off (approved, published) pass the claim scanner honestly: each medical claim carries a
 * citation or a library claim, and the few sentences that are plain patient information or clinic practice are
 * listed in the post's `waivers`, each with the editor's reason. `reviewSeedPost` waives exactly that list and
 * fails on any other flagged sentence, so new demo text has to be cited or reviewed.
 *
 * Some content is imperfect on purpose, so the review workflow has something to show:
 * - claim `ect-response-rates` is pending and `fda-ketamine-2019` is rejected;
 * - the draft `integration-therapy-after-ketamine` contains an unsupported statistic with no citation;
 * - the in-review `ketamine-vs-esketamine` uses the pending claim, cites a reference whose metadata is not yet
 *   confirmed, and makes a regulatory statement with no citation;
 * - the `chronic-pain-and-low-mood` post (changes requested) has uncited efficacy and research sentences.
 */
import type { SeedAuthor, SeedClinic, SeedTopic } from './types'

export type * from './types'
export { claims } from './claims'
export { posts } from './posts'

export const clinics: SeedClinic[] = [
  {
    slug: 'harbor-light',
    name: 'Harbor Light Ketamine Center',
    domains: ['harborlightketamine.example', 'www.harborlightketamine.example'],
    address: {
      street: '412 Fore Street, Suite 2B',
      city: 'Portland',
      region: 'ME',
      postalCode: '04101',
      country: 'US',
    },
    phone: '(207) 555-0142',
    crisisLine: 'Call or text 988',
    services: [
      'IV ketamine infusions',
      'Integration therapy',
      'Psychiatric consultation and care coordination',
    ],
    consultation: {
      label: 'Book a consultation',
      url: 'https://harborlightketamine.example/consultation',
    },
    disclaimer:
      'This site offers general education, not medical advice, and reading it does not make you our patient. Ketamine treatment is not suitable for everyone and does not help everyone who tries it. Please talk with a qualified clinician about your own situation. If you are in crisis, call or text 988 or go to the nearest emergency department.',
    brandColour: '#1f5f8b',
  },
  {
    slug: 'mesa-verde',
    name: 'Mesa Verde Mind Clinic',
    domains: ['mesaverdemind.example', 'www.mesaverdemind.example'],
    address: {
      street: '2750 East Speedway Boulevard, Suite 140',
      city: 'Tucson',
      region: 'AZ',
      postalCode: '85716',
      country: 'US',
    },
    phone: '(520) 555-0117',
    crisisLine: 'Call or text 988, the Suicide & Crisis Lifeline',
    services: [
      'IV ketamine infusions',
      'Esketamine (Spravato) treatment',
      'Psychiatric evaluation and medication management',
      'Integration therapy',
    ],
    consultation: {
      label: 'Request a consultation',
      url: 'https://mesaverdemind.example/request-consultation',
    },
    disclaimer:
      'Articles on this site are written for general information and are reviewed by our medical staff, but they cannot replace an assessment by a clinician who knows your history. Individual results vary, and ketamine and esketamine carry risks as well as possible benefits. If you are thinking about suicide, call or text 988 right away.',
    brandColour: '#b5542d',
  },
  {
    slug: 'northfield',
    name: 'Northfield Infusion Therapy',
    domains: ['northfieldinfusion.example', 'www.northfieldinfusion.example'],
    address: {
      street: '1820 Lyndale Avenue South, Suite 300',
      city: 'Minneapolis',
      region: 'MN',
      postalCode: '55403',
      country: 'US',
    },
    phone: '(612) 555-0163',
    crisisLine: 'Call or text 988',
    services: [
      'IV ketamine infusions',
      'Esketamine (Spravato) treatment',
      'Ketamine infusions for chronic pain (physician referral)',
      'Integration therapy',
    ],
    consultation: {
      label: 'Schedule a consultation',
      url: 'https://northfieldinfusion.example/consultation',
    },
    disclaimer:
      'The content on this site is educational and is not a substitute for professional diagnosis or treatment. Ketamine for depression is prescribed off-label, and no treatment works for everyone. Decisions about your care should be made with your own clinicians. In a crisis, call or text 988 or call 911.',
    brandColour: '#2e7d4f',
  },
]

export const authors: SeedAuthor[] = [
  {
    clinic: 'harbor-light',
    slug: 'maren-ellsworth',
    name: 'Maren Ellsworth',
    credentials: 'CRNA',
    jobTitle: 'Lead Nurse Anesthetist',
    bio: 'Maren spent more than a decade giving anesthesia in operating rooms along the Maine coast before joining Harbor Light. She oversees every infusion our clinic gives and writes about what actually happens in the treatment room.',
  },
  {
    clinic: 'harbor-light',
    slug: 'david-okafor',
    name: 'David Okafor',
    credentials: 'LCSW',
    jobTitle: 'Integration Therapist',
    bio: "David is a clinical social worker who has worked with adults living with depression and trauma in community mental health and private practice. At Harbor Light he leads integration sessions and helps patients keep their wider care team in the loop.",
  },
  {
    clinic: 'mesa-verde',
    slug: 'lucia-ferrante',
    name: 'Lucia Ferrante',
    credentials: 'MD',
    jobTitle: 'Medical Director, Psychiatry',
    bio: "Dr. Ferrante is a board-certified psychiatrist who has cared for people with hard-to-treat depression for most of her career. She believes patients deserve the full picture, including what the research does not yet tell us.",
  },
  {
    clinic: 'mesa-verde',
    slug: 'tomas-reyes',
    name: 'Tomas Reyes',
    credentials: 'PMHNP-BC',
    jobTitle: 'Psychiatric Nurse Practitioner',
    bio: 'Tomas is a board-certified psychiatric mental health nurse practitioner who runs the esketamine program at Mesa Verde. He grew up in Tucson and enjoys explaining treatment options in plain language, in English or Spanish.',
  },
  {
    clinic: 'northfield',
    slug: 'anika-lindqvist',
    name: 'Anika Lindqvist',
    credentials: 'MD',
    jobTitle: 'Medical Director, Anesthesiology and Pain Medicine',
    bio: 'Dr. Lindqvist is an anesthesiologist with fellowship training in pain medicine. She started Northfield to give people with depression and long-term pain a calm, closely monitored place to try ketamine when other options have fallen short.',
  },
  {
    clinic: 'northfield',
    slug: 'samuel-haugen',
    name: 'Samuel Haugen',
    credentials: 'CRNA',
    jobTitle: 'Nurse Anesthetist',
    bio: 'Sam has worked as a nurse anesthetist in hospitals and outpatient surgery centers across Minnesota. He manages monitoring and recovery at Northfield and answers most of the questions patients ask before their first visit.',
  },
]

export const topics: SeedTopic[] = [
  {
    slug: 'depression',
    name: 'Depression',
    description: 'Major depressive disorder and low mood: symptoms, treatment options and what to expect from care.',
  },
  {
    slug: 'treatment-resistant-depression',
    name: 'Treatment-resistant depression',
    description: 'Depression that has not improved enough after adequate trials of at least two different treatments.',
  },
  {
    slug: 'anxiety',
    name: 'Anxiety',
    description: 'Anxiety disorders, including generalized and social anxiety, and how they interact with mood.',
  },
  {
    slug: 'ptsd',
    name: 'PTSD',
    description: 'Post-traumatic stress disorder: its symptoms and the treatments being used and studied for it.',
  },
  {
    slug: 'chronic-pain',
    name: 'Chronic pain',
    description: 'Pain lasting three months or longer, and its close relationship with mood and sleep.',
  },
  {
    slug: 'ocd',
    name: 'OCD',
    description: 'Obsessive-compulsive disorder: intrusive thoughts, compulsions and the treatments available for them.',
  },
  {
    slug: 'suicidal-ideation',
    name: 'Suicidal ideation',
    description: 'Thoughts of suicide, how clinicians assess them, and where to find help right away.',
  },
  {
    slug: 'esketamine',
    name: 'Esketamine',
    description: 'Esketamine (Spravato) nasal spray, how it differs from IV ketamine, and how it is given.',
  },
  {
    slug: 'safety',
    name: 'Safety',
    description: 'Side effects, monitoring, and who should be cautious about ketamine-based treatments.',
  },
]
