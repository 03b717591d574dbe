import type { SeedPost } from '@/seed/data/types'

const body = `{{claim:antidepressants-take-weeks}}

That difference is part of why ketamine has drawn so much interest {{cite:10.1016/j.neuron.2019.02.005}}. The honest answer to "how does it work?" is that scientists have good leads but no complete explanation yet.

## From the operating room to mood disorders

Ketamine has been used as an anesthetic since the 1970s. Its story in depression began with a small study at the turn of the century {{cite:10.1016/S0006-3223(99)00230-9}}.

{{claim:berman-2000-early-finding}}

Later reviews described ketamine's rapid effects as a turning point that shifted depression research toward the brain's glutamate system {{cite:10.1016/j.neuron.2019.02.005}}.

## Glutamate and the NMDA receptor

Glutamate is the brain's main "go" signal, used by nerve cells to excite one another {{cite:10.1016/j.neuron.2019.02.005}}. Ketamine blocks one of glutamate's docking points, the NMDA receptor {{cite:10.1016/j.neuron.2019.02.005}}. One leading idea is that this briefly shifts the balance of signalling in mood-related brain circuits, setting off a burst of activity through a different glutamate receptor (the AMPA receptor) and then a cascade of growth signals inside nerve cells {{cite:10.1016/j.neuron.2019.02.005}}. Other explanations are also being explored, and more than one process may be involved.

## Clues from the laboratory

Two influential laboratory papers, one in rats {{cite:10.1126/science.1190287}} and one in mice {{cite:10.1038/nature10130}}, made the idea of "new connections" concrete. A few terms help in reading them:

- **mTOR** is a signalling pathway that tells nerve cells to build new proteins.
- **Dendritic spines** are tiny buds on nerve cells where synapses, the contact points between cells, form {{cite:10.1126/science.1190287}}.
- **BDNF** (brain-derived neurotrophic factor) is a protein that supports the growth and upkeep of those connections {{cite:10.1038/nature10130}}.

{{claim:synapse-animal-studies}}

We want to be clear about what that means. These were animal studies {{cite:10.1126/science.1190287}} {{cite:10.1038/nature10130}}. "Antidepressant-like behaviour" in a rodent is a laboratory model, not depression as a person lives it, and the results do not prove that the same changes explain why some people feel better after ketamine.

## What we still do not know

Plenty of important questions remain open:

- Whether the synapse changes seen in animals happen in the same way in people, and whether they matter for recovery.
- Why some people respond to ketamine and others do not.
- How long any benefit lasts for a given person, and what schedule of treatment suits them best.
- What role, if any, the dreamlike experience during an infusion plays.

## Why this matters for your care

You may hear ketamine described as "rewiring" or "resetting" the brain. We avoid those words because they promise more than the science supports. What we can say is that ketamine acts on a different system from most antidepressants, and that researchers have plausible, still-developing ideas about why its effects can appear quickly {{cite:10.1016/j.neuron.2019.02.005}}.

Some clinicians think of the days after an infusion as a good time for therapy and small changes in routine, and we encourage that at Northfield. It is a sensible idea, but it has not been settled.

If you are struggling right now, call or text 988.`

export const howKetamineMightWork: SeedPost = {
  clinic: 'northfield',
  slug: 'how-ketamine-might-work',
  title: 'How Might Ketamine Work? Glutamate, Synapses and Open Questions',
  excerpt:
    'How might ketamine act in the brain? What laboratory work in animals suggests, and what remains unknown.',
  topics: ['depression', 'treatment-resistant-depression'],
  author: 'anika-lindqvist',
  state: 'published',
  body,
  seo: {
    title: 'How Might Ketamine Work? | Northfield Infusion Therapy',
    description:
      'How might ketamine work in the brain? A plain-language tour of glutamate, NMDA receptors and synapses, and of what is still unknown.',
  },
  waivers: [
    { sentence: 'Ketamine has been used as an anesthetic since the 1970s', note: 'Drug history: ketamine\'s long-standing licensed use as an anesthetic; not a claim about depression or about effect.' },
    { sentence: 'in a rodent is a laboratory model', note: 'A caution that limits the animal findings just cited; it claims nothing for ketamine in people.' },
    { sentence: 'Whether the synapse changes seen in animals happen', note: 'Names an open research question (do the animal findings carry over to people?); it asserts no finding.' },
    { sentence: 'Why some people respond to ketamine and others do not', note: 'Names an open research question about who responds; it asserts no finding.' },
    { sentence: 'How long any benefit lasts for a given person', note: 'Names an open research question about duration and schedule; it asserts no finding.' },
    { sentence: 'What role, if any, the dreamlike experience', note: 'Names an open research question about the dissociative experience; it asserts no finding.' },
    { sentence: 'You may hear ketamine described as', note: 'Quotes popular wording in order to reject it in the next sentence; it makes no claim.' },
    { sentence: 'Some clinicians think of the days after an infusion', note: 'Reports a clinical opinion and our own practice, and the next sentence says plainly that it is unproven.' },
  ],
}
