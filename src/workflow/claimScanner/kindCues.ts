// Words that tell which kind of claim a sentence makes once it is known to be about a treatment, condition or body.
// They do not decide whether it is a claim (the domain lexicon and the operational patterns do); they name the kind,
// with the sentence a marketer is shown.
import type { ClaimReason } from './types'

export type KindCue = { explain: (match: string) => string; kind: ClaimReason; pattern: RegExp }

const cue = (kind: ClaimReason, source: string, explain: (match: string) => string): KindCue => ({
  explain,
  kind,
  pattern: new RegExp(String.raw`\b(?:${source})\b`, 'i'),
})

const quoted = (match: string): string => `"${match}"`

export const kindCues: KindCue[] = [
  cue(
    'comparison',
    String.raw`than|compared?\s+(?:with|to)|comparison|unlike|versus|vs\.?|whereas|instead\s+of|(?:not\s+)?a\s+(?:replacement|substitute)|add-on|same\s+(?:benefits|as)|as\s+(?:effective|well|good)\s+as|differ(?:s|ent(?:ly)?)?\s+(?:from|than)|both|fraction\s+of|while\s+(?:ketamine|standard|SSRIs?|antidepressants?)`,
    (match) => `It compares treatments (${quoted(match)}), so it needs a source that compared them.`,
  ),
  cue(
    'eligibility',
    String.raw`(?:not|never)\s+(?:a\s+good\s+fit|for|suitable|recommended|eligible|candidates?|available\s+to|a\s+first\s+treatment)|should\s+not\s+(?:have|take|book|use|receive)|cannot\s+take\s+part|candidates?|eligible|contraindicat\w*|reserved\s+for|open\s+to|must\s+be\s+(?:veterans|adults)|applicants|(?:we|I)\s+(?:do\s+not|don't|will\s+not|won't|only)\s+treat|(?:we|I)\s+(?:also\s+)?consider|if\s+you\s+(?:are|have|become)\s+(?:pregnant|breastfeeding)|tell\s+us\s+if|under\s+18|history\s+of|(?:better|right)\s+choice|suit\s+you|referred\s+to`,
    (match) => `It says who should or should not be treated (${quoted(match)}), so a medical editor must check it.`,
  ),
  cue(
    'regulatory',
    String.raw`FDA|approv\w+|label|off-label|prescri\w+|certified|controlled\s+substance|licensed|on\s+site|only\s+be\s+given|must\s+(?:have|stay)|sitter|trusted\s+person|insurance|insurers?|health\s+plans?|(?:insurance|most|many)\s+plans|cover(?:s|ed|age)?|Medicare|Medicaid|TRICARE|the\s+VA|self-pay|pharmacy|clinician\s+(?:reviews|decides)|decides\s+whether`,
    (match) =>
      `It says what is approved, allowed, available or covered (${quoted(match)}); it must match the official record and needs a source.`,
  ),
  cue(
    'dosing',
    String.raw`dos(?:e|es|ed|ing)|mg(?:/kg)?|series|boosters?|maintenance|protocol|course|twice|once\s+a|every\s+(?:other\s+)?(?:\w+\s+)?(?:day|week|month)s?|(?:a|per|each)\s+(?:week|month|session|infusion|visit)|(?:\d+|one|two|three|four|five|six|seven|eight|ten|twelve|fifteen|a\s+few|several)\s+(?:(?:to|or)\s+\w+\s+)?(?:[\w-]+\s+)?(?:sessions|infusions|visits|treatments|minutes|hours|weeks|days|months)|weeks\s+\w+\s+to\s+\w+|lasts?|fades?|nasal\s+spray|lozenges?|intramuscular|shot|vein|IV|pump|dissolve|place\s+one|hold\s+the|spit`,
    (match) =>
      `It states a dose, schedule or how long something lasts (${quoted(match)}), so a medical editor must check it.`,
  ),
  cue(
    'safety',
    String.raw`side\s+effects?|risks?|safe(?:ty|ly)?|unsafe|nausea|nauseated|queasy|sick|dizz\w+|drowsy|sleepy|tired|wiped\s+out|dissociat\w*|detached|floaty|hallucinat\w*|colou?rs\s+or\s+shapes|blood\s+pressure|heart\s+rate|vitals|monitor\w*|misuse\w*|abuse|addict\w*|dependence|bladder|liver\s+enzymes|breathing|seizures?|harm|damage|alcohol|drive|headache|blurry|unsteady|shaky|unsettling|difficult\s+memories|anxious|dreams|weight\s+gain|passes\s+into|wears?\s+off|pump\s+and\s+discard|serious\s+problems`,
    (match) => `It talks about side effects or risks (${quoted(match)}), so it needs a source.`,
  ),
  cue(
    'mechanism',
    String.raw`brain(?:'s)?|neurons?|synap\w+|receptors?|NMDA|glutamate|serotonin|norepinephrine|GABA|BDNF|circuits?|cortex|striatum|thalamus|signal\w*|nervous\s+system|spinal\s+cord|sensiti[sz]\w+|hormones?|immune|molecules?|absorb\w*|works?\s+by|blocks?|caused\s+by|fires?|wiring|patterns|high\s+alert|your\s+body|muscles|stomach|heart|anesthetic`,
    (match) => `It explains how the drug, the body or the condition works (${quoted(match)}), so it needs a source.`,
  ),
  cue(
    'efficacy',
    String.raw`help(?:s|ed|ing)?|relie(?:f|ve[sd]?)|improv\w+|eas(?:e|es|ed)|lift\w*|reduc\w+|lower(?:s|ed)?|calm\w*|quiet\w*|works?|benefits?|respond\w*|response|results|better|lighter|hopeful|at\s+ease|(?:feel|feels)\s+(?:like\s+me|more|less|no\s+change)|gains|break\s+the\s+loop|spark|melts?\s+away|change\s+in\s+mood|(?:fog|worries)\b.*\b(?:clear|smaller)|less\s+(?:often|widespread|intense)|shorter|enjoy|cope|hold\s+best`,
    (match) =>
      `It says what the treatment does for patients (${quoted(match)}), so it needs a source: a citation or an approved claim.`,
  ),
]

/** The kind given to a claim that no cue names: about a treatment, what it does; otherwise how a condition works. */
export const fallbackCue = {
  condition: (match: string) => `It states a medical fact (${quoted(match)}), so it needs a source.`,
  treatment: (match: string) => `It says something about a treatment (${quoted(match)}), so it needs a source.`,
}
