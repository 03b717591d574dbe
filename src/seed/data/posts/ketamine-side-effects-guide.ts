import type { SeedPost } from '@/seed/data/types'

const body = `Every medicine that can help can also cause unwanted effects. We would rather you hear about them from us, clearly and in advance, than be surprised in the chair. This guide covers what is common, what is less common, and how we keep watch.

## During and shortly after an infusion

{{claim:transient-side-effects}}

Here is what those effects tend to feel like in practice, based on the same review {{cite:10.1016/S2215-0366(17)30272-9}}:

- **Dissociation:** {{claim:dissociation-during-infusion}} Some people describe it as watching themselves from a distance.
- **Dizziness or light-headedness:** most noticeable when you first sit up or stand {{cite:10.1016/S2215-0366(17)30272-9}}.
- **Raised blood pressure and heart rate:** usually modest and temporary, which is one reason we monitor you throughout {{cite:10.1016/S2215-0366(17)30272-9}}.
- **Headache and blurred vision:** usually mild and short-lived {{cite:10.1016/S2215-0366(17)30272-9}}.

Some people also feel queasy or tired after a session {{cite:10.1016/S2215-0366(17)30272-9}}. Tell us if you feel sick, and plan a quiet evening.

## How we monitor you at Northfield

1. A review of your medical history, medicines and blood pressure before your first session.
2. Checks of blood pressure, heart rate and oxygen level before, during and after every infusion.
3. A clinician in the room or within sight for the whole infusion.
4. A recovery period until you are steady on your feet and your vital signs have settled.
5. An adult to drive you home, and no driving or important decisions for the rest of the day.

## Longer-term questions

The picture for repeated treatment over many months is less complete {{cite:10.1016/S2215-0366(17)30272-9}}. The systematic review noted that evidence on the safety of repeated, longer-term dosing was limited, and that concerns such as bladder problems, effects on thinking and memory, and the risk of misuse come largely from people using ketamine recreationally, often at high and frequent doses {{cite:10.1016/S2215-0366(17)30272-9}}.

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
    'What might you notice during and after an infusion, what is still unknown, and how does Northfield keep watch?',
  topics: ['safety', 'depression'],
  author: 'samuel-haugen',
  state: 'approved',
  body,
  seo: {
    title: 'Ketamine Side Effects: An Honest Guide | Northfield',
    description:
      'Which side effects are common during and after a ketamine infusion, who should take extra care, and how does Northfield monitor every session?',
  },
  waivers: [
    { sentence: 'Every medicine that can help can also cause unwanted effects', note: 'A general framing sentence about medicines; it says nothing specific about ketamine, whose effects are cited below.' },
    { sentence: 'Tell us if you feel sick, and plan a quiet evening', note: 'An aftercare instruction; it tells the reader what to do and claims nothing.' },
    { sentence: 'A review of your medical history, medicines and blood pressure', note: 'Step one of our own monitoring routine (a pre-treatment review); it describes what we do, not what ketamine does.' },
    { sentence: 'Checks of blood pressure, heart rate and oxygen level', note: 'Our own vital-sign checks around every infusion; a description of our routine, not a claim.' },
    { sentence: 'A clinician in the room or within sight', note: 'Our own staffing rule during infusions; a description of our routine, not a claim.' },
    { sentence: 'A recovery period until you are steady on your feet', note: 'Our own discharge criterion after an infusion; a description of our routine, not a claim.' },
    { sentence: 'An adult to drive you home, and no driving', note: 'Our discharge instruction for the day of an infusion; it tells the reader what to do and claims nothing.' },
    { sentence: 'Because of these open questions, we review every patient', note: 'Describes our own follow-up practice; the open questions it responds to are cited in the paragraph above.' },
    { sentence: 'Ketamine is not a good fit for everyone', note: 'Introduces our screening checklist below; it names no group and no outcome.' },
    { sentence: 'Pregnancy, plans to become pregnant, or breastfeeding', note: 'An item on our screening checklist (tell us if it applies); it states no risk.' },
    { sentence: 'None of these automatically rules treatment out', note: 'Describes how our clinicians use the checklist; not a claim about risk or effect.' },
  ],
}
