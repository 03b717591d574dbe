import type { SeedPost } from '@/seed/data/types'

const body = `The names sound almost identical, and both medicines are used for depression that has not responded to other treatment. But ketamine and esketamine differ in how they are made, how they are given, and how they are regulated.

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

export const ketamineVsEsketamine: SeedPost = {
  clinic: 'mesa-verde',
  slug: 'ketamine-vs-esketamine',
  title: 'Ketamine and Esketamine: How Are They Different?',
  excerpt:
    'Two closely related medicines with different routes, rules and costs. A plain-language guide to IV ketamine and esketamine nasal spray.',
  topics: ['esketamine', 'treatment-resistant-depression'],
  author: 'tomas-reyes',
  state: 'in_review',
  body,
  seo: {
    title: 'Ketamine vs Esketamine (Spravato) | Mesa Verde Mind Clinic',
    description:
      'How IV ketamine and esketamine nasal spray differ in chemistry, how they are given, regulatory status, cost and practical day-to-day use.',
  },
}
