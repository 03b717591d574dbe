import type { SeedPost } from '@/seed/data/types'

const body = `When depression has not lifted after several treatments, two options often come up: electroconvulsive therapy (ECT) and ketamine. Both are given in a medical setting, both are usually delivered as a course of sessions, and both can sound intimidating. Here is what a head-to-head comparison found, and what it leaves open.

## A quick refresher on ECT

Modern ECT is nothing like its portrayal in older films. It is given under brief general anesthesia with a muscle relaxant, and a small, carefully controlled electrical current triggers a seizure in the brain {{cite:10.1056/NEJMoa2302399}}. It has been used for decades for severe depression and remains an important option {{cite:10.1056/NEJMoa2302399}}.

## The head-to-head comparison

A large randomized trial compared the two directly in adults with treatment-resistant depression without psychosis who had been referred for ECT {{cite:10.1056/NEJMoa2302399}}. Participants were randomly assigned to three weeks of either ketamine infusions twice a week or ECT three times a week, and both groups were followed afterwards {{cite:10.1056/NEJMoa2302399}}.

{{claim:ect-noninferiority}}

## Different side effects

The two treatments differ in more than how they are given: in that trial, their side effects also differed {{cite:10.1056/NEJMoa2302399}}:

- ECT was associated with a drop in memory recall scores at the end of the treatment course, which gradually recovered during follow-up {{cite:10.1056/NEJMoa2302399}}.
- ECT was also linked with more musculoskeletal complaints, such as muscle aches {{cite:10.1056/NEJMoa2302399}}.
- Ketamine was associated with dissociation during infusions, a temporary dreamlike or detached feeling {{cite:10.1056/NEJMoa2302399}}.

For some people, concerns about memory weigh heavily. For others, the idea of dissociation is the bigger worry. Neither reaction is wrong, and both are worth talking through.

## What this comparison does not tell us

It is easy to read more into one comparison than it can carry, so a few cautions:

- The trial asked whether ketamine was *not meaningfully worse* than ECT (a noninferiority design) {{cite:10.1056/NEJMoa2302399}}. It does not make ketamine the better choice for everyone {{cite:10.1056/NEJMoa2302399}}.
- People with psychotic depression were not included in that trial {{cite:10.1056/NEJMoa2302399}}, so its results do not apply to them. Ask your psychiatrist about ECT if this applies to you.
- Participants and their clinicians knew which treatment was being given, which is common when comparing procedures this different but is worth keeping in mind {{cite:10.1056/NEJMoa2302399}}.
- After either initial course, people usually need a plan for what comes next, and that plan matters as much as the first few weeks.

## Making the choice together

At Mesa Verde we do not think of ketamine and ECT as rivals. When we help someone choose, we talk about:

1. Past treatments and how you responded to them.
2. Your priorities, including concerns about memory or about dissociative experiences.
3. Other health conditions and the medicines you take.
4. Practical matters: travel, time away from work, and insurance coverage.
5. Whether you would like a referral for an ECT consultation so you can hear about it first-hand.

If you would like to talk through either option, request a consultation. And if you are in crisis, call or text 988, the Suicide & Crisis Lifeline.`

export const ketamineOrEct: SeedPost = {
  clinic: 'mesa-verde',
  slug: 'ketamine-or-ect',
  title: 'Ketamine or ECT for Hard-to-Treat Depression?',
  excerpt:
    'How did IV ketamine and ECT compare in a head-to-head trial, and what does that comparison leave open?',
  topics: ['treatment-resistant-depression', 'depression'],
  author: 'lucia-ferrante',
  state: 'published',
  body,
  seo: {
    title: 'Ketamine or ECT for Hard-to-Treat Depression? | Mesa Verde',
    description:
      'How did ketamine and ECT compare for treatment-resistant depression, how do their side effects differ, and what should you weigh when choosing?',
  },
  waivers: [
    { sentence: 'When depression has not lifted after several treatments', note: 'Introduces the two options the article compares; it states no effect of either.' },
    { sentence: 'Both are given in a medical setting', note: 'Describes how both treatments are delivered (a medical setting, a course of sessions) and how they may sound to a reader; the trial below is cited for the details.' },
    { sentence: 'Modern ECT is nothing like its portrayal in older films', note: 'Addresses the picture of ECT readers may have from films; the description that follows is cited.' },
    { sentence: 'For others, the idea of dissociation is the bigger worry', note: 'Describes how patients weigh the two side-effect profiles differently; it makes no claim about either treatment.' },
    { sentence: 'At Mesa Verde we do not think of ketamine and ECT as rivals', note: 'States our clinic\'s approach to offering both; it compares no outcomes.' },
    { sentence: 'Past treatments and how you responded to them', note: 'A consultation topic: we ask about the patient\'s own treatment history; no claim is made.' },
    { sentence: 'Your priorities, including concerns about memory', note: 'A consultation topic: the patient\'s own concerns about side effects cited above; no new claim.' },
    { sentence: 'Other health conditions and the medicines you take', note: 'A consultation topic: we review the patient\'s health and medicines; no claim about any of them.' },
    { sentence: 'Practical matters: travel, time away from work', note: 'A consultation topic about logistics and insurance; it says nothing about what either treatment does or what plans cover.' },
    { sentence: 'Whether you would like a referral for an ECT consultation', note: 'Offers a referral for an ECT consultation; a call to action, not a claim.' },
  ],
}
