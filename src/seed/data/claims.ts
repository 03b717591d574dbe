// The seed's claims library: approved statements the demo posts quote, plus a pending and a rejected one to review.
import type { SeedClaim } from './types'

export const claims: SeedClaim[] = [
  {
    key: 'berman-2000-early-finding',
    statement:
      'In a small randomized, placebo-controlled crossover study published in 2000, people with major depression showed a significant improvement in depressive symptoms within 72 hours of a single low-dose intravenous ketamine infusion, but not after a saline placebo.',
    topics: ['depression'],
    references: ['10.1016/S0006-3223(99)00230-9'],
    status: 'approved',
    note: 'Approved with the word "small" kept: very few participants completed this study.',
  },
  {
    key: 'ect-noninferiority',
    statement:
      'In a randomized, open-label trial in adults with nonpsychotic treatment-resistant depression, a three-week course of intravenous ketamine was noninferior to electroconvulsive therapy (ECT) in the proportion of patients whose depression responded to treatment.',
    topics: ['treatment-resistant-depression', 'depression'],
    references: ['10.1056/NEJMoa2302399'],
    status: 'approved',
    note: 'Keep "noninferior"; do not paraphrase as "better than ECT". Applies to nonpsychotic depression only.',
  },
  {
    key: 'suicidal-ideation-single-dose',
    statement:
      'An individual participant data meta-analysis of randomized trials found that a single dose of intravenous ketamine reduced suicidal thoughts more than control treatments within one day, with the difference still seen up to one week later.',
    topics: ['suicidal-ideation', 'depression'],
    references: ['10.1176/appi.ajp.2017.17040472'],
    status: 'approved',
    note: 'Outcome is suicidal ideation on rating scales, not suicide attempts or deaths; posts must not imply prevention of suicide.',
  },
  {
    key: 'transient-side-effects',
    statement:
      'A systematic review of ketamine for depression found that the most common acute side effects were headache, dizziness, dissociation, raised blood pressure and blurred vision, and that most acute side effects resolved soon after dosing; evidence on the safety of repeated, longer-term dosing was limited.',
    topics: ['safety', 'depression'],
    references: ['10.1016/S2215-0366(17)30272-9'],
    status: 'approved',
  },
  {
    key: 'esketamine-relapse-prevention',
    statement:
      'In a randomized withdrawal trial, adults with treatment-resistant depression who had improved on esketamine nasal spray plus an oral antidepressant were less likely to relapse if they continued esketamine than if they were switched to a placebo spray while keeping their antidepressant.',
    topics: ['esketamine', 'treatment-resistant-depression'],
    references: ['10.1001/jamapsychiatry.2019.1189'],
    status: 'approved',
  },
  {
    key: 'synapse-animal-studies',
    statement:
      "In laboratory studies, ketamine rapidly switched on mTOR signalling and increased dendritic spine synapses in the prefrontal cortex of rats, and in mice NMDA receptor blockade by ketamine triggered fast production of the growth factor BDNF, which its antidepressant-like effect required. These are animal findings and have not been shown to explain ketamine's effects in people.",
    topics: ['depression'],
    references: ['10.1126/science.1190287', '10.1038/nature10130'],
    status: 'approved',
    note: 'Approved on condition that posts using it say plainly that these are animal studies.',
  },
  {
    key: 'antidepressants-take-weeks',
    statement:
      'Most standard antidepressants act on the serotonin, norepinephrine or dopamine systems and usually take several weeks to reach their full effect, whereas ketamine acts mainly through the glutamate system and its antidepressant effects can appear within hours.',
    topics: ['depression'],
    references: ['10.1016/j.neuron.2019.02.005'],
    status: 'approved',
    note: 'Reused in more than one post, so kept in the library. "Can appear" stays: not everyone responds, and the review says so.',
  },
  {
    key: 'dissociation-during-infusion',
    statement:
      'A dreamlike, detached feeling (dissociation), sometimes with changes in how sound, light and time seem, is one of the most common acute side effects of ketamine for depression, and it usually fades soon after the dose ends.',
    topics: ['safety', 'depression'],
    references: ['10.1016/S2215-0366(17)30272-9'],
    status: 'approved',
    note: 'Acute effects only; posts must not use it to say anything about repeated or long-term dosing.',
  },
  {
    key: 'ect-response-rates',
    statement:
      'In the ketamine-versus-ECT trial, 55.4% of participants treated with ketamine met the criteria for a response, compared with 41.2% of those treated with ECT.',
    topics: ['treatment-resistant-depression'],
    references: ['10.1056/NEJMoa2302399'],
    status: 'pending',
    note: 'Awaiting review: check both figures against the primary-outcome table and state which analysis population they come from.',
  },
  {
    key: 'fda-ketamine-2019',
    statement: 'The FDA approved ketamine for the treatment of depression in 2019.',
    topics: ['depression', 'esketamine'],
    references: ['10.1001/jamapsychiatry.2019.1189'],
    status: 'rejected',
    note: 'Incorrect. In March 2019 the FDA approved esketamine (Spravato) nasal spray, used with an oral antidepressant, for adults with treatment-resistant depression. Racemic ketamine, the drug given by IV infusion, is approved as an anesthetic and is used off-label for depression. The attached trial studied esketamine and does not support this statement.',
  },
]
