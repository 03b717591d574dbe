import type { SeedPost } from '@/seed/data/types'

const body = `People often leave a ketamine session with something on their mind: an image, a memory, a feeling of distance from a problem that usually feels enormous. Integration therapy is time set aside to make sense of those experiences and connect them to everyday life.

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

export const integrationTherapyAfterKetamine: SeedPost = {
  clinic: 'harbor-light',
  slug: 'integration-therapy-after-ketamine',
  title: 'Integration Therapy: Making Sense of Ketamine Sessions',
  excerpt:
    'What integration therapy is, what happens in a session, and how it fits alongside ketamine treatment and the rest of your care.',
  topics: ['depression', 'treatment-resistant-depression'],
  author: 'david-okafor',
  state: 'draft',
  body,
  seo: {
    title: 'Integration Therapy After Ketamine | Harbor Light',
    description:
      'How integration therapy helps people make sense of ketamine sessions and turn them into small, practical steps in everyday life.',
  },
}
