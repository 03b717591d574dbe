import type { SeedPost } from '../types'

const body = `When depression has not lifted after several treatments, two options often come up: electroconvulsive therapy (ECT) and ketamine. Both are given in a medical setting, both are usually delivered as a course of sessions, and both can sound intimidating. Here is what a head-to-head comparison found, and what it leaves open.

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

export const ketamineOrEct: SeedPost = {
  clinic: 'mesa-verde',
  slug: 'ketamine-or-ect',
  title: 'Ketamine or ECT? Comparing Two Options for Hard-to-Treat Depression',
  excerpt:
    'A head-to-head comparison of IV ketamine and electroconvulsive therapy: how the two differed, what the comparison leaves open, and how to choose.',
  topics: ['treatment-resistant-depression', 'depression'],
  author: 'lucia-ferrante',
  state: 'published',
  body,
  seo: {
    title: 'Ketamine or ECT for Hard-to-Treat Depression? | Mesa Verde',
    description:
      'How IV ketamine and ECT compared for treatment-resistant depression, how their side effects differ, and what to weigh when choosing.',
  },
}
