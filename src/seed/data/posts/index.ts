// The demo posts, one file each: body, fields, and the editor's explicit waivers for the posts the seed signs off.
import type { SeedPost } from '@/seed/data/types'

import { chronicPainAndLowMood } from './chronic-pain-and-low-mood'
import { howKetamineMightWork } from './how-ketamine-might-work'
import { integrationTherapyAfterKetamine } from './integration-therapy-after-ketamine'
import { ketamineAndSuicidalThoughts } from './ketamine-and-suicidal-thoughts'
import { ketamineOrEct } from './ketamine-or-ect'
import { ketamineSideEffectsGuide } from './ketamine-side-effects-guide'
import { ketamineVsEsketamine } from './ketamine-vs-esketamine'
import { whatToExpectFirstKetamineInfusion } from './what-to-expect-first-ketamine-infusion'

/** In the order the seed creates them. */
export const posts: SeedPost[] = [
  whatToExpectFirstKetamineInfusion,
  ketamineAndSuicidalThoughts,
  integrationTherapyAfterKetamine,
  ketamineOrEct,
  ketamineVsEsketamine,
  howKetamineMightWork,
  ketamineSideEffectsGuide,
  chronicPainAndLowMood,
]
