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
 * Some content is imperfect on purpose, so the review workflow has something to show:
 * - claim `ect-response-rates` is pending and `fda-ketamine-2019` is rejected;
 * - the draft `integration-therapy-after-ketamine` contains an unsupported statistic with no citation;
 * - the in-review `ketamine-vs-esketamine` uses the pending claim, cites a reference whose metadata is not yet
 *   confirmed, and makes a regulatory statement with no citation;
 * - the `chronic-pain-and-low-mood` post (changes requested) has uncited efficacy and research sentences.
 */

export type SeedClinic = {
  slug: string
  name: string
  domains: string[]
  address: { street: string; city: string; region: string; postalCode: string; country: string }
  phone: string
  crisisLine: string
  services: string[]
  consultation: { label: string; url: string }
  disclaimer: string
  /** `#rrggbb` */
  brandColour: string
}

export type SeedAuthor = {
  /** clinic slug */
  clinic: string
  slug: string
  name: string
  credentials: string
  jobTitle: string
  bio: string
}

export type SeedTopic = { slug: string; name: string; description: string }

export type SeedClaim = {
  /** stable identifier used by posts */
  key: string
  statement: string
  /** topic slugs */
  topics: string[]
  /** DOIs from references.json */
  references: string[]
  status: 'approved' | 'pending' | 'rejected' | 'draft'
  /** reviewer's note (required for rejected) */
  note?: string
}

export type SeedPost = {
  clinic: string
  slug: string
  title: string
  excerpt: string
  topics: string[]
  /** author slug of the same clinic */
  author: string
  state: 'published' | 'approved' | 'in_review' | 'changes_requested' | 'draft'
  /** Markdown subset, see the comment at the top of this file */
  body: string
  seo: { title: string; description: string }
}

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

export const claims: SeedClaim[] = [
  {
    key: 'berman-2000-early-finding',
    statement:
      'In a small randomized, placebo-controlled crossover study published in 2000, people with major depression showed a significant improvement in depressive symptoms within 72 hours of a single low-dose intravenous ketamine infusion, but not after a saline placebo.',
    topics: ['depression'],
    references: ['10.1016/S0006-3223(99)00230-9'],
    status: 'approved',
    note: 'Approved with the word "small" kept: very few participants completed this study.',
  },
  {
    key: 'ect-noninferiority',
    statement:
      'In a randomized, open-label trial in adults with nonpsychotic treatment-resistant depression, a three-week course of intravenous ketamine was noninferior to electroconvulsive therapy (ECT) in the proportion of patients whose depression responded to treatment.',
    topics: ['treatment-resistant-depression', 'depression'],
    references: ['10.1056/NEJMoa2302399'],
    status: 'approved',
    note: 'Keep "noninferior"; do not paraphrase as "better than ECT". Applies to nonpsychotic depression only.',
  },
  {
    key: 'suicidal-ideation-single-dose',
    statement:
      'An individual participant data meta-analysis of randomized trials found that a single dose of intravenous ketamine reduced suicidal thoughts more than control treatments within one day, with the difference still seen up to one week later.',
    topics: ['suicidal-ideation', 'depression'],
    references: ['10.1176/appi.ajp.2017.17040472'],
    status: 'approved',
    note: 'Outcome is suicidal ideation on rating scales, not suicide attempts or deaths; posts must not imply prevention of suicide.',
  },
  {
    key: 'transient-side-effects',
    statement:
      'A systematic review of ketamine for depression found that the most common acute side effects were headache, dizziness, dissociation, raised blood pressure and blurred vision, and that most acute side effects resolved soon after dosing; evidence on the safety of repeated, longer-term dosing was limited.',
    topics: ['safety', 'depression'],
    references: ['10.1016/S2215-0366(17)30272-9'],
    status: 'approved',
  },
  {
    key: 'esketamine-relapse-prevention',
    statement:
      'In a randomized withdrawal trial, adults with treatment-resistant depression who had improved on esketamine nasal spray plus an oral antidepressant were less likely to relapse if they continued esketamine than if they were switched to a placebo spray while keeping their antidepressant.',
    topics: ['esketamine', 'treatment-resistant-depression'],
    references: ['10.1001/jamapsychiatry.2019.1189'],
    status: 'approved',
  },
  {
    key: 'synapse-animal-studies',
    statement:
      "In laboratory studies, ketamine rapidly switched on mTOR signalling and increased dendritic spine synapses in the prefrontal cortex of rats, and in mice NMDA receptor blockade by ketamine triggered fast production of the growth factor BDNF, which its antidepressant-like effect required. These are animal findings and have not been shown to explain ketamine's effects in people.",
    topics: ['depression'],
    references: ['10.1126/science.1190287', '10.1038/nature10130'],
    status: 'approved',
    note: 'Approved on condition that posts using it say plainly that these are animal studies.',
  },
  {
    key: 'ect-response-rates',
    statement:
      'In the ketamine-versus-ECT trial, 55.4% of participants treated with ketamine met the criteria for a response, compared with 41.2% of those treated with ECT.',
    topics: ['treatment-resistant-depression'],
    references: ['10.1056/NEJMoa2302399'],
    status: 'pending',
    note: 'Awaiting review: check both figures against the primary-outcome table and state which analysis population they come from.',
  },
  {
    key: 'fda-ketamine-2019',
    statement: 'The FDA approved ketamine for the treatment of depression in 2019.',
    topics: ['depression', 'esketamine'],
    references: ['10.1001/jamapsychiatry.2019.1189'],
    status: 'rejected',
    note: 'Incorrect. In March 2019 the FDA approved esketamine (Spravato) nasal spray, used with an oral antidepressant, for adults with treatment-resistant depression. Racemic ketamine, the drug given by IV infusion, is approved as an anesthetic and is used off-label for depression. The attached trial studied esketamine and does not support this statement.',
  },
]

const firstInfusionBody = `Starting something new for your mental health can bring up a mix of hope and nerves. This guide walks through a typical first infusion day at Harbor Light, so that very little comes as a surprise.

## Before the day

We never book a first infusion until one of our clinicians has gone through your medical and psychiatric history with you: the medicines you take, what you have already tried for depression, and what you hope will change. With your permission we also speak with your prescriber or therapist. Ketamine is one part of a wider plan, not a replacement for the people already supporting you.

It is not the right choice for everyone, and we will tell you plainly if we think it is not right for you. We look especially carefully at high blood pressure that is not well controlled, some heart conditions, any history of psychosis, pregnancy, and current alcohol or drug use.

## Getting ready

A little preparation makes the day easier:

- Follow the eating and drinking instructions we send you, usually no food for several hours beforehand.
- Arrange for an adult to drive you home. Do not drive, cycle or use machinery for the rest of the day.
- Keep taking your usual medicines unless we have asked you to change something.
- Wear comfortable layers, and bring headphones or an eye mask if you like them.

## In the treatment room

When you arrive, a nurse checks your blood pressure, heart rate and oxygen level and places a small IV line in your hand or arm. The infusion usually runs for about 40 minutes. A clinician stays with you, and your vital signs are monitored the whole time. Many people choose calm music and closed eyes; others prefer to talk a little at first.

At these doses ketamine changes how things feel while it is running. You may feel floaty or dreamlike, a little distant from your body, or notice that sounds and time seem different. These feelings are expected. If anything feels uncomfortable, say so, and we can slow down or stop.

## Common after-effects

We would rather you hear about side effects from us than be caught off guard. {{claim:transient-side-effects}}

These are the effects that a systematic review of ketamine for depression reported most often {{cite:10.1016/S2215-0366(17)30272-9}}, and they are what we watch for during and after every session:

1. Feeling detached, dreamlike or "out of it" (dissociation)
2. Dizziness, especially when you first stand up
3. Headache
4. Blurred vision
5. A rise in blood pressure and heart rate

## Going home

You will rest with us after the infusion until your vital signs are back near your usual range and you feel steady on your feet. Then your driver takes you home. Plan a quiet evening; many people feel tired. Jotting down anything you noticed during the session can be useful when we talk at your next visit.

## What one infusion can tell you

A first infusion is a starting point, not a verdict. Some people notice a change quickly, some only over a series of sessions, and some do not benefit. We check in with you after every visit and will talk honestly with you about whether to continue.

If you are having thoughts of suicide, please do not wait for an appointment. Call or text 988 at any hour.`

const suicidalThoughtsBody = `**If you are thinking about suicide right now, please stop reading and reach out. Call or text 988 to reach the Suicide & Crisis Lifeline, or go to your nearest emergency department.** Our clinic is not an emergency service, and ketamine is not a crisis treatment.

## Why people ask about this

Suicidal thoughts are one of the most painful parts of depression, and one of the most frightening for the people who love someone living with them. Most antidepressant medicines take several weeks to reach their full effect, and those weeks can feel very long. So it makes sense that people want to know whether ketamine might help sooner.

## What has been found

The clearest summary so far pooled the individual data of participants from several randomized trials that had measured suicidal thoughts before and after a single infusion {{cite:10.1176/appi.ajp.2017.17040472}}.

{{claim:suicidal-ideation-single-dose}}

That is a meaningful finding. It is also a narrow one, and we think it is important to be clear about what it does not show.

## The caveats that matter

- The results describe changes in suicidal *thoughts*, measured on rating scales. That analysis was not designed to show whether ketamine prevents suicide attempts or deaths {{cite:10.1176/appi.ajp.2017.17040472}}.
- The pooled data followed people for about a week after one dose {{cite:10.1176/appi.ajp.2017.17040472}}. What happens over months, and how best to keep any improvement going, are separate questions.
- Not everyone improves, and feeling better for a few days can be followed by a difficult dip. Planning for that dip is part of good care.
- Ketamine is given alongside ongoing psychiatric care, therapy and the people in your life, never in place of them.

## How we approach it at Harbor Light

1. We ask about suicidal thoughts at every visit, directly and without judgment.
2. Before treatment starts, we agree on a written crisis plan with you and, with your permission, with your psychiatrist or therapist.
3. If your risk seems high when you come in, we help you get urgent care first. An infusion can always wait.
4. We call you the day after each of your early infusions to see how you are doing.
5. We tell your care team if we are worried, as we agreed with you at the start.

## If you are supporting someone

You do not need the right words. Asking someone directly whether they are thinking about suicide does not put the idea in their head, and it often comes as a relief. Stay with them, take away easy access to means of harm if you can, and call or text 988 together. The Lifeline is there for worried friends and family as well.

## A word about hope

We have seen how heavy these thoughts can be, and how much it matters when they ease, even a little. Ketamine may be one way to get there for some people, and we are glad to talk it through with you. Whatever you decide, please keep 988 close.`

const integrationBody = `People often leave a ketamine session with something on their mind: an image, a memory, a feeling of distance from a problem that usually feels enormous. Integration therapy is time set aside to make sense of those experiences and connect them to everyday life.

Roughly 70% of people notice a lift in their mood after a single infusion, and integration helps make that lift last.

## What integration means

Integration is not a separate drug treatment. It is talking therapy, usually within a day or two of an infusion, that focuses on what came up during the session and what you want to do with it. Some people come with vivid material to unpack. Others remember very little and use the time to notice small changes in sleep, energy or mood.

At Harbor Light, integration sessions are led by a licensed therapist who works closely with the clinician who gives your infusions. If you already have a therapist, we are happy to work alongside them instead.

## What a session looks like

A typical integration session lasts about 50 minutes. We might:

- Talk through anything you noticed during or after the infusion, without trying to force meaning onto it.
- Look at patterns of thinking that felt different, softer or easier to question.
- Choose one or two small, concrete steps for the week ahead, such as a walk, a phone call or a conversation you have been putting off.
- Check on sleep, appetite and any after-effects, and pass anything important on to the medical team.
- Review your crisis plan and make sure it still fits.

## Things that can help

1. Write a few notes as soon as you are home, even single words.
2. Keep the evening after an infusion quiet and free of big decisions.
3. Bring your notes to the next session, even if they seem unimportant.
4. Tell us if a session stirred up something painful. That matters, and we can slow down.

## What integration is not

Integration is not a promise that every infusion will feel meaningful, and it is not a way to push anyone into reliving trauma before they are ready. Some sessions will be ordinary, and that is fine. Change in depression is often gradual and uneven.

It is also not a substitute for crisis care. If you are having thoughts of suicide, call or text 988, any time of day.

## An honest note

Integration draws on well-established therapy skills, but there is not yet much formal research on integration after ketamine specifically. We offer it because many of our patients tell us it helps them use their treatment well, and we keep asking them whether it does.`

const ketamineVsEctBody = `When depression has not lifted after several treatments, two options often come up: electroconvulsive therapy (ECT) and ketamine. Both are given in a medical setting, both are usually delivered as a course of sessions, and both can sound intimidating. Here is what a head-to-head comparison found, and what it leaves open.

## A quick refresher on ECT

Modern ECT is nothing like its portrayal in older films. It is given under brief general anesthesia with a muscle relaxant, and a small, carefully controlled electrical current triggers a seizure in the brain. It has been used for decades for severe depression and remains an important option.

## The head-to-head comparison

A large randomized trial compared the two directly in adults with treatment-resistant depression without psychosis who had been referred for ECT {{cite:10.1056/NEJMoa2302399}}. Participants were randomly assigned to three weeks of either ketamine infusions twice a week or ECT three times a week, and both groups were followed afterwards.

{{claim:ect-noninferiority}}

## Different side effects

The two treatments did not just differ in how they are given. In that trial, their side effects also differed {{cite:10.1056/NEJMoa2302399}}:

- ECT was associated with a drop in memory recall scores at the end of the treatment course, which gradually recovered during follow-up.
- ECT was also linked with more musculoskeletal complaints, such as muscle aches.
- Ketamine was associated with dissociation during infusions, a temporary dreamlike or detached feeling.

For some people, concerns about memory weigh heavily. For others, the idea of dissociation is the bigger worry. Neither reaction is wrong, and both are worth talking through.

## What this comparison does not tell us

It is easy to read more into one comparison than it can carry, so a few cautions:

- The trial asked whether ketamine was *not meaningfully worse* than ECT (a noninferiority design) {{cite:10.1056/NEJMoa2302399}}. It does not make ketamine the better choice for everyone.
- People with psychotic depression were not included in that trial {{cite:10.1056/NEJMoa2302399}}, so its results do not apply to them. ECT continues to have a central role in that situation.
- Participants and their clinicians knew which treatment was being given, which is common when comparing procedures this different but is worth keeping in mind.
- After either initial course, people usually need a plan for what comes next, and that plan matters as much as the first few weeks.

## Making the choice together

At Mesa Verde we do not think of ketamine and ECT as rivals. When we help someone choose, we talk about:

1. Past treatments and how you responded to them.
2. Your priorities, including concerns about memory or about dissociative experiences.
3. Other health conditions and the medicines you take.
4. Practical matters: travel, time away from work, and insurance coverage.
5. Whether you would like a referral for an ECT consultation so you can hear about it first-hand.

If you would like to talk through either option, request a consultation. And if you are in crisis, call or text 988, the Suicide & Crisis Lifeline.`

const ketamineVsEsketamineBody = `The names sound almost identical, and both medicines are used for depression that has not responded to other treatment. But ketamine and esketamine differ in how they are made, how they are given, and how they are regulated.

## Two mirror-image molecules

Ketamine, as used in hospitals for decades, is a mixture of two forms of the same molecule that are mirror images of each other, called S-ketamine and R-ketamine. Esketamine is the S-form on its own. Researchers are still working out whether the two forms act differently in depression.

## How each one is given

- **IV ketamine** is given as a slow infusion into a vein, with the dose based on body weight, while a clinician monitors you.
- **Esketamine** (brand name Spravato) is a nasal spray. You give yourself the doses, but only in a certified clinic, and you stay for monitoring for at least two hours afterwards.
- Neither one can be taken at home, and with either you need someone else to drive you home.

## Regulatory status

In March 2019 the FDA approved esketamine nasal spray, taken together with an oral antidepressant, for adults with treatment-resistant depression. Racemic ketamine is FDA-approved as an anesthetic, and its use for depression is off-label, which is legal and common when a clinician judges it appropriate. The approved uses of esketamine have been updated since 2019, so ask us about the current label.

## What the studies found for esketamine

A short-term trial found that flexibly dosed esketamine plus a newly started oral antidepressant improved depressive symptoms more than a placebo spray plus a new antidepressant {{cite:10.1176/appi.ajp.2019.19020172}}.

Because depression can come back, a longer trial then asked whether continuing esketamine helps people who have improved stay well {{cite:10.1001/jamapsychiatry.2019.1189}}.

{{claim:esketamine-relapse-prevention}}

## What the studies found for IV ketamine

Much of the research on IV ketamine has been in smaller trials, but it has now been compared head-to-head with ECT {{cite:10.1056/NEJMoa2302399}}.

{{claim:ect-noninferiority}}

{{claim:ect-response-rates}}

## Practical differences

1. **Cost and insurance.** Esketamine is more often covered by insurance because of its approved status. IV ketamine for depression is frequently paid out of pocket.
2. **Schedule.** Both usually start with more frequent sessions that are later spaced out, but the details differ.
3. **Other medicines.** Esketamine is used together with an oral antidepressant. IV ketamine is usually given alongside whatever you already take.
4. **Setting.** Esketamine sessions mean staying in a clinic chair for at least two hours. IV sessions involve an IV line, an infusion of about 40 minutes and a recovery period.

## Which one is right for you?

There is no single answer. The right choice depends on your history, your other health conditions, what your insurance covers and what you prefer. At Mesa Verde we offer both, so we can talk through each without pushing you toward either one.

If you are having thoughts of suicide, call or text 988, the Suicide & Crisis Lifeline.`

const howKetamineWorksBody = `Most familiar antidepressants act on serotonin, norepinephrine or dopamine, and they usually take weeks to help. Ketamine works through a different chemical system, which is part of why it has drawn so much interest. The honest answer to "how does it work?" is that scientists have good leads but no complete explanation yet.

## From the operating room to mood disorders

Ketamine has been used as an anesthetic since the 1970s. Its story in depression began with a small study at the turn of the century {{cite:10.1016/S0006-3223(99)00230-9}}.

{{claim:berman-2000-early-finding}}

Later reviews described ketamine's rapid effects as a turning point that shifted depression research toward the brain's glutamate system {{cite:10.1016/j.neuron.2019.02.005}}.

## Glutamate and the NMDA receptor

Glutamate is the brain's main "go" signal, used by nerve cells to excite one another. Ketamine blocks one of glutamate's docking points, the NMDA receptor. One leading idea is that this briefly shifts the balance of signalling in mood-related brain circuits, setting off a burst of activity through a different glutamate receptor (the AMPA receptor) and then a cascade of growth signals inside nerve cells {{cite:10.1016/j.neuron.2019.02.005}}. Other explanations are also being explored, and more than one process may be involved.

## Clues from the laboratory

Two influential laboratory papers, one in rats {{cite:10.1126/science.1190287}} and one in mice {{cite:10.1038/nature10130}}, made the idea of "new connections" concrete. A few terms help in reading them:

- **mTOR** is a signalling pathway that tells nerve cells to build new proteins.
- **Dendritic spines** are tiny buds on nerve cells where synapses, the contact points between cells, form.
- **BDNF** (brain-derived neurotrophic factor) is a protein that supports the growth and upkeep of those connections.

{{claim:synapse-animal-studies}}

We want to be clear about what that means. These were animal studies {{cite:10.1126/science.1190287}} {{cite:10.1038/nature10130}}. "Antidepressant-like behaviour" in a rodent is a laboratory model, not depression as a person lives it, and the results do not prove that the same changes explain why some people feel better after ketamine.

## What we still do not know

Plenty of important questions remain open:

- Whether the synapse changes seen in animals happen in the same way in people, and whether they matter for recovery.
- Why some people respond to ketamine and others do not.
- How long any benefit lasts for a given person, and what schedule of treatment suits them best.
- What role, if any, the dreamlike experience during an infusion plays.

## Why this matters for your care

You may hear ketamine described as "rewiring" or "resetting" the brain. We avoid those words because they promise more than the science supports. What we can say is that ketamine acts on a different system from most antidepressants, and that researchers have plausible, still-developing ideas about why its effects can appear quickly {{cite:10.1016/j.neuron.2019.02.005}}.

Some clinicians think of the days after an infusion as a good time for therapy and small changes in routine, and we encourage that at Northfield. It is a sensible idea, but it has not been settled.

If you are struggling right now, call or text 988.`

const sideEffectsBody = `Every medicine that can help can also cause unwanted effects. We would rather you hear about them from us, clearly and in advance, than be surprised in the chair. This guide covers what is common, what is less common, and how we keep watch.

## During and shortly after an infusion

{{claim:transient-side-effects}}

Here is what those effects tend to feel like in practice, based on the same review {{cite:10.1016/S2215-0366(17)30272-9}}:

- **Dissociation:** a dreamlike feeling, as if you are watching yourself from a distance, or changes in how sound, light and time seem. This usually fades soon after the infusion ends.
- **Dizziness or light-headedness:** most noticeable when you first sit up or stand.
- **Raised blood pressure and heart rate:** usually modest and temporary, which is one reason we monitor you throughout.
- **Headache and blurred vision:** usually mild and short-lived {{cite:10.1016/S2215-0366(17)30272-9}}.

Some people also feel queasy or tired after a session. Tell us if you feel sick, and plan a quiet evening.

## How we monitor you at Northfield

1. A review of your medical history, medicines and blood pressure before your first session.
2. Checks of blood pressure, heart rate and oxygen level before, during and after every infusion.
3. A clinician in the room or within sight for the whole infusion.
4. A recovery period until you are steady on your feet and your vital signs have settled.
5. An adult to drive you home, and no driving or important decisions for the rest of the day.

## Longer-term questions

The picture for repeated treatment over many months is less complete. The systematic review noted that evidence on the safety of repeated, longer-term dosing was limited, and that concerns such as bladder problems, effects on thinking and memory, and the risk of misuse come largely from people using ketamine recreationally, often at high and frequent doses {{cite:10.1016/S2215-0366(17)30272-9}}.

Clinicians have also started to review repeated treatment as it is given in everyday practice {{cite:10.3390/ph13070151}}, and that work continues. Because of these open questions, we review every patient's plan regularly, keep doses and schedules as modest as we can, and ask about bladder symptoms and memory at follow-up visits.

## When we take extra care

Ketamine is not a good fit for everyone. Tell us if any of these apply to you:

- High blood pressure, heart disease, or a past stroke
- A personal history of psychosis or mania
- Current or past problems with alcohol or drugs, including ketamine
- Pregnancy, plans to become pregnant, or breastfeeding
- Liver problems or bladder symptoms

None of these automatically rules treatment out, but each changes the conversation.

## Questions worth asking any clinic

- Who will be with me during the infusion, and what are their qualifications?
- How will you monitor me, and what happens if my blood pressure goes up?
- How will you decide whether treatment is working, and when to stop?
- How do you coordinate with my psychiatrist or therapist?

A good clinic will welcome these questions. If you are in crisis at any point, call or text 988.`

const chronicPainBody = `Living with pain that does not go away changes almost everything: sleep, work, relationships and mood. It is no surprise that depression and chronic pain so often travel together, each one making the other harder to bear.

## Why pain and mood are linked

Persistent pain is exhausting. It interrupts sleep, limits the activities that usually lift us, and can leave people feeling isolated or misunderstood. Over time, low mood can make pain feel louder, and pain can make low mood harder to shift. Good care pays attention to both.

## Where ketamine comes in

Ketamine has a long history in anesthesia and is widely used by anesthesiologists around surgery. That familiarity is one reason pain specialists became interested in whether it could help mood as well.

One small, older study looked at people with depression who were having surgery. Those who received a small dose of ketamine along with their anesthetic had better scores on a depression rating scale after their operation than those who did not {{cite:10.1097/00000539-200207000-00020}}. It was a specific group in a specific setting, so it cannot tell us much about long-term pain or depression on their own.

Clinical trials of ketamine infusions for long-term pain conditions have produced mixed results. For some people, low-dose ketamine can be an effective part of a pain management plan, especially when other approaches have not helped enough.

## How we use ketamine for pain at Northfield

We only offer ketamine for chronic pain by referral from a physician who knows your case, and always as one part of a broader plan. Before treatment we will:

- Review your pain diagnosis, imaging and previous treatments with your referring doctor.
- Screen for depression and anxiety, because they change what a good plan looks like.
- Agree on what you would count as a meaningful improvement, such as sleeping through the night or walking further.
- Set a point at which we will stop if treatment is not helping.

## Other parts of a pain plan

Ketamine is never the whole answer. The approaches that tend to matter most are often the least dramatic:

1. Physical therapy and gradual, paced activity.
2. Pain psychology, including cognitive behavioral therapy and acceptance-based approaches.
3. Careful review of current medicines with your doctor.
4. Sleep support, because poor sleep and pain feed each other.
5. Treatment for depression or anxiety in its own right.

## Talking to us

If you live with chronic pain and low mood, you deserve a team that takes both seriously. Ask your physician whether a referral to Northfield makes sense for you, or schedule a consultation to learn more.

If pain or low mood ever lead to thoughts of suicide, please call or text 988 straight away.`

export const posts: SeedPost[] = [
  {
    clinic: 'harbor-light',
    slug: 'what-to-expect-first-ketamine-infusion',
    title: 'Your First Ketamine Infusion: What to Expect',
    excerpt:
      'From the screening conversation to the drive home, here is how a first infusion day at Harbor Light usually unfolds and how to prepare for it.',
    topics: ['treatment-resistant-depression', 'depression', 'safety'],
    author: 'maren-ellsworth',
    state: 'published',
    body: firstInfusionBody,
    seo: {
      title: 'First Ketamine Infusion: What to Expect | Harbor Light',
      description:
        'A step-by-step guide to a first ketamine infusion at Harbor Light in Portland, Maine: screening, preparation, monitoring and common after-effects.',
    },
  },
  {
    clinic: 'harbor-light',
    slug: 'ketamine-and-suicidal-thoughts',
    title: 'Ketamine and Suicidal Thoughts: A Careful Look',
    excerpt:
      'What a pooled analysis found about ketamine and suicidal thoughts, what it does not show, and how we keep patients supported.',
    topics: ['suicidal-ideation', 'depression'],
    author: 'david-okafor',
    state: 'published',
    body: suicidalThoughtsBody,
    seo: {
      title: 'Ketamine and Suicidal Thoughts | Harbor Light',
      description:
        'A careful look at ketamine and suicidal thoughts: what has been found, its limits, and how Harbor Light supports patients. In crisis? Call or text 988.',
    },
  },
  {
    clinic: 'harbor-light',
    slug: 'integration-therapy-after-ketamine',
    title: 'Integration Therapy: Making Sense of Ketamine Sessions',
    excerpt:
      'What integration therapy is, what happens in a session, and how it fits alongside ketamine treatment and the rest of your care.',
    topics: ['depression', 'treatment-resistant-depression'],
    author: 'david-okafor',
    state: 'draft',
    body: integrationBody,
    seo: {
      title: 'Integration Therapy After Ketamine | Harbor Light',
      description:
        'How integration therapy helps people make sense of ketamine sessions and turn them into small, practical steps in everyday life.',
    },
  },
  {
    clinic: 'mesa-verde',
    slug: 'ketamine-or-ect',
    title: 'Ketamine or ECT? Comparing Two Options for Hard-to-Treat Depression',
    excerpt:
      'A head-to-head comparison of IV ketamine and electroconvulsive therapy: how the two differed, what the comparison leaves open, and how to choose.',
    topics: ['treatment-resistant-depression', 'depression'],
    author: 'lucia-ferrante',
    state: 'published',
    body: ketamineVsEctBody,
    seo: {
      title: 'Ketamine or ECT for Hard-to-Treat Depression? | Mesa Verde',
      description:
        'How IV ketamine and ECT compared for treatment-resistant depression, how their side effects differ, and what to weigh when choosing.',
    },
  },
  {
    clinic: 'mesa-verde',
    slug: 'ketamine-vs-esketamine',
    title: 'Ketamine and Esketamine: How Are They Different?',
    excerpt:
      'Two closely related medicines with different routes, rules and costs. A plain-language guide to IV ketamine and esketamine nasal spray.',
    topics: ['esketamine', 'treatment-resistant-depression'],
    author: 'tomas-reyes',
    state: 'in_review',
    body: ketamineVsEsketamineBody,
    seo: {
      title: 'Ketamine vs Esketamine (Spravato) | Mesa Verde Mind Clinic',
      description:
        'How IV ketamine and esketamine nasal spray differ in chemistry, how they are given, regulatory status, cost and practical day-to-day use.',
    },
  },
  {
    clinic: 'northfield',
    slug: 'how-ketamine-might-work',
    title: 'How Might Ketamine Work? Glutamate, Synapses and Open Questions',
    excerpt:
      'Ketamine acts on the glutamate system rather than serotonin. Here is what laboratory work in animals suggests, and what remains unknown.',
    topics: ['depression', 'treatment-resistant-depression'],
    author: 'anika-lindqvist',
    state: 'published',
    body: howKetamineWorksBody,
    seo: {
      title: 'How Might Ketamine Work? | Northfield Infusion Therapy',
      description:
        'Glutamate, NMDA receptors and synapses: a plain-language look at how ketamine may act in the brain, which findings come from animals, and what is unknown.',
    },
  },
  {
    clinic: 'northfield',
    slug: 'ketamine-side-effects-guide',
    title: 'Side Effects of Ketamine Treatment: An Honest Guide',
    excerpt:
      'The side effects people most often notice during and after a ketamine infusion, the longer-term questions, and how we monitor every session.',
    topics: ['safety', 'depression'],
    author: 'samuel-haugen',
    state: 'approved',
    body: sideEffectsBody,
    seo: {
      title: 'Ketamine Side Effects: An Honest Guide | Northfield',
      description:
        'Common short-term side effects of ketamine infusions, longer-term questions, who should take extra care, and how Northfield monitors every session.',
    },
  },
  {
    clinic: 'northfield',
    slug: 'chronic-pain-and-low-mood',
    title: 'Chronic Pain and Low Mood: Where Ketamine Fits',
    excerpt:
      'Chronic pain and depression often travel together. How ketamine fits into a broader plan, and why it is never the whole answer.',
    topics: ['chronic-pain', 'depression'],
    author: 'anika-lindqvist',
    state: 'changes_requested',
    body: chronicPainBody,
    seo: {
      title: 'Chronic Pain, Low Mood and Ketamine | Northfield',
      description:
        'Why chronic pain and depression are so closely linked, where ketamine may fit, and the other parts of a good pain plan.',
    },
  },
]
