import type { SeedPost } from '@/seed/data/types'

const body = `Starting something new for your mental health can bring up a mix of hope and nerves. This guide walks through a typical first infusion day at Harbor Light, so that very little comes as a surprise.

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

At these doses ketamine changes how things feel while it is running. {{claim:dissociation-during-infusion}} These feelings are expected. If anything feels uncomfortable, say so, and we can slow down or stop.

## Common after-effects

We would rather you hear about side effects from us than be caught off guard. {{claim:transient-side-effects}}

These are the effects that a systematic review of ketamine for depression reported most often {{cite:10.1016/S2215-0366(17)30272-9}}, and they are what we watch for during and after every session:

1. Feeling detached, dreamlike or "out of it" (dissociation)
2. Dizziness, especially when you first stand up {{cite:10.1016/S2215-0366(17)30272-9}}
3. Headache
4. Blurred vision
5. A rise in blood pressure and heart rate

## Going home

You will rest with us after the infusion until your vital signs are back near your usual range and you feel steady on your feet. Then your driver takes you home. Plan a quiet evening; you may feel tired. Jotting down anything you noticed during the session can be useful when we talk at your next visit.

## What one infusion can tell you

A first infusion is a starting point, not a verdict. Some people notice a change quickly, some only over a series of sessions, and some do not benefit {{cite:10.1016/j.neuron.2019.02.005}}. We check in with you after every visit and will talk honestly with you about whether to continue.

If you are having thoughts of suicide, please do not wait for an appointment. Call or text 988 at any hour.`

export const whatToExpectFirstKetamineInfusion: SeedPost = {
  clinic: 'harbor-light',
  slug: 'what-to-expect-first-ketamine-infusion',
  title: 'Your First Ketamine Infusion: What to Expect',
  excerpt:
    'From the screening conversation to the journey home: how a first visit to Harbor Light usually unfolds, and how to prepare for it.',
  topics: ['treatment-resistant-depression', 'depression', 'safety'],
  author: 'maren-ellsworth',
  state: 'published',
  body,
  seo: {
    title: 'First Ketamine Infusion: What to Expect | Harbor Light',
    description:
      'A step-by-step guide to a first visit to Harbor Light in Portland, Maine: screening, preparation, the day itself and the journey home.',
  },
  waivers: [
    { sentence: 'Starting something new for your mental health', note: 'Opens the guide by acknowledging how a reader may feel; it says nothing about what treatment does.' },
    { sentence: 'Ketamine is one part of a wider plan', note: 'Describes how our clinic fits infusions into a patient\'s existing care; it compares no treatments and promises no effect.' },
    { sentence: 'We look especially carefully at high blood pressure', note: 'Lists what our own screening looks at before a first infusion; it states no risk or outcome, only where our clinicians take extra care.' },
    { sentence: 'Do not drive, cycle or use machinery', note: 'Our discharge instruction for the day of an infusion; it tells the reader what to do and claims nothing.' },
    { sentence: 'Keep taking your usual medicines', note: 'A preparation instruction that defers to the clinician\'s own advice; it says nothing about any medicine\'s effect.' },
    { sentence: 'When you arrive, a nurse checks your blood pressure', note: 'Describes our own arrival routine (vital signs, IV line); not a claim about effect or safety.' },
    { sentence: 'The infusion usually runs for about 40 minutes', note: 'Describes our own clinic\'s session length; not a claim about effect.' },
    { sentence: 'Many people choose calm music and closed eyes', note: 'Describes what patients choose to do in our treatment room; no claim that it changes the outcome.' },
    { sentence: 'You will rest with us after the infusion', note: 'Describes our recovery routine before discharge; not a claim about effect.' },
    { sentence: 'Plan a quiet evening; you may feel tired', note: 'Aftercare advice that prepares the reader for tiredness on the day; it gives no rate and no cause.' },
    { sentence: 'Jotting down anything you noticed', note: 'A practical suggestion for the follow-up visit; it claims no benefit for treatment.' },
    { sentence: 'A first infusion is a starting point, not a verdict', note: 'Sets expectations about deciding after one visit; the claim about how people respond is the next sentence, which is cited.' },
  ],
}
