import type { SeedPost } from '@/seed/data/types'

const body = `**If you are thinking about suicide right now, please stop reading and reach out. Call or text 988 to reach the Suicide & Crisis Lifeline, or go to your nearest emergency department.** Our clinic is not an emergency service, and ketamine is not a crisis treatment.

## Why people ask about this

Suicidal thoughts are one of the most painful parts of depression, and one of the most frightening for the people who love someone living with them.

{{claim:antidepressants-take-weeks}}

Those weeks can feel very long, so it makes sense that people want to know whether ketamine might help sooner.

## What has been found

The clearest summary so far pooled the individual data of participants from several randomized trials that had measured suicidal thoughts before and after a single infusion {{cite:10.1176/appi.ajp.2017.17040472}}.

{{claim:suicidal-ideation-single-dose}}

That is a meaningful finding. It is also a narrow one, and we think it is important to be clear about what it does not show.

## The caveats that matter

- The results describe changes in suicidal *thoughts*, measured on rating scales {{cite:10.1176/appi.ajp.2017.17040472}}. That analysis was not designed to show whether ketamine prevents suicide attempts or deaths {{cite:10.1176/appi.ajp.2017.17040472}}.
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

You do not need the right words. Ask them directly whether they are thinking about suicide, stay with them, take away easy access to means of harm if you can, and call or text 988 together. The Lifeline is there for worried friends and family as well.

## A word about hope

We have seen how heavy these thoughts can be, and how much it matters when they ease, even a little. Ketamine may be one way to get there for some people {{cite:10.1176/appi.ajp.2017.17040472}}, and we are glad to talk it through with you. Whatever you decide, please keep 988 close.`

export const ketamineAndSuicidalThoughts: SeedPost = {
  clinic: 'harbor-light',
  slug: 'ketamine-and-suicidal-thoughts',
  title: 'Ketamine and Suicidal Thoughts: A Careful Look',
  excerpt:
    'What did a pooled analysis find about ketamine and suicidal thoughts, what does it not show, and how do we keep patients supported?',
  topics: ['suicidal-ideation', 'depression'],
  author: 'david-okafor',
  state: 'published',
  body,
  seo: {
    title: 'Ketamine and Suicidal Thoughts | Harbor Light',
    description:
      'A careful look at one pooled analysis, what it cannot tell us, and how Harbor Light stays alongside you. In crisis? Call or text 988.',
  },
  waivers: [
    { sentence: 'Suicidal thoughts are one of the most painful parts of depression', note: 'Acknowledges what readers and their families live with; it states no rate, cause or treatment effect.' },
    { sentence: 'Those weeks can feel very long', note: 'Explains why readers ask the question the article answers; the answer that follows is cited.' },
    { sentence: 'Not everyone improves, and feeling better for a few days', note: 'A caution that lowers expectations and leads into planning for a dip; it claims no benefit.' },
    { sentence: 'Ketamine is given alongside ongoing psychiatric care', note: 'Describes how our clinic gives ketamine, within a patient\'s ongoing care; not a claim about effect.' },
    { sentence: 'We ask about suicidal thoughts at every visit', note: 'Describes our own assessment routine at each visit; not a claim about treatment.' },
    { sentence: 'Before treatment starts, we agree on a written crisis plan', note: 'Describes our own safety-planning step before treatment starts; not a claim about treatment.' },
    { sentence: 'If your risk seems high when you come in', note: 'Describes our own triage rule, urgent care before any infusion; not a claim about treatment.' },
    { sentence: 'An infusion can always wait', note: 'Our clinic\'s policy that urgent care comes first; it claims nothing about ketamine.' },
    { sentence: 'We call you the day after each of your early infusions', note: 'Describes our own follow-up call after early infusions; not a claim about treatment.' },
  ],
}
