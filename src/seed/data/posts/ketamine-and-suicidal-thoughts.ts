import type { SeedPost } from '../types'

const body = `**If you are thinking about suicide right now, please stop reading and reach out. Call or text 988 to reach the Suicide & Crisis Lifeline, or go to your nearest emergency department.** Our clinic is not an emergency service, and ketamine is not a crisis treatment.

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

export const ketamineAndSuicidalThoughts: SeedPost = {
  clinic: 'harbor-light',
  slug: 'ketamine-and-suicidal-thoughts',
  title: 'Ketamine and Suicidal Thoughts: A Careful Look',
  excerpt:
    'What a pooled analysis found about ketamine and suicidal thoughts, what it does not show, and how we keep patients supported.',
  topics: ['suicidal-ideation', 'depression'],
  author: 'david-okafor',
  state: 'published',
  body,
  seo: {
    title: 'Ketamine and Suicidal Thoughts | Harbor Light',
    description:
      'A careful look at ketamine and suicidal thoughts: what has been found, its limits, and how Harbor Light supports patients. In crisis? Call or text 988.',
  },
}
