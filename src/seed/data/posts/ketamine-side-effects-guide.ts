import type { SeedPost } from '../types'

const body = `Every medicine that can help can also cause unwanted effects. We would rather you hear about them from us, clearly and in advance, than be surprised in the chair. This guide covers what is common, what is less common, and how we keep watch.

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

export const ketamineSideEffectsGuide: SeedPost = {
  clinic: 'northfield',
  slug: 'ketamine-side-effects-guide',
  title: 'Side Effects of Ketamine Treatment: An Honest Guide',
  excerpt:
    'The side effects people most often notice during and after a ketamine infusion, the longer-term questions, and how we monitor every session.',
  topics: ['safety', 'depression'],
  author: 'samuel-haugen',
  state: 'approved',
  body,
  seo: {
    title: 'Ketamine Side Effects: An Honest Guide | Northfield',
    description:
      'Common short-term side effects of ketamine infusions, longer-term questions, who should take extra care, and how Northfield monitors every session.',
  },
}
