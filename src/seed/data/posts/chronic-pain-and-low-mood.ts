import type { SeedPost } from '@/seed/data/types'

const body = `Living with pain that does not go away changes almost everything: sleep, work, relationships and mood. It is no surprise that depression and chronic pain so often travel together, each one making the other harder to bear.

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

export const chronicPainAndLowMood: SeedPost = {
  clinic: 'northfield',
  slug: 'chronic-pain-and-low-mood',
  title: 'Chronic Pain and Low Mood: Where Ketamine Fits',
  excerpt:
    'Chronic pain and depression often travel together. How ketamine fits into a broader plan, and why it is never the whole answer.',
  topics: ['chronic-pain', 'depression'],
  author: 'anika-lindqvist',
  state: 'changes_requested',
  body,
  seo: {
    title: 'Chronic Pain, Low Mood and Ketamine | Northfield',
    description:
      'Why chronic pain and depression are so closely linked, where ketamine may fit, and the other parts of a good pain plan.',
  },
}
