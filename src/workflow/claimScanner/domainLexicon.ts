// The medical words that make a sentence "about a treatment, drug, condition, symptom, body system, side effect or
// patient group". No maintained npm package offers a small consumer-health vocabulary (the large ones, UMLS, SNOMED
// CT and MeSH, need licences and hundreds of megabytes), so this is a short, reviewed list for clinic blogs; a word
// missing here only matters when no kind cue in kindCues.ts names the sentence either.

const treatments = String.raw`ketamine|esketamine|arketamine|spravato|zuranolone|ssris?|snris?|antidepressants?|benzodiazepines?|opioids?|midazolam|duloxetine|pregabalin|lithium|anesthetics?|anaesthetics?|medicines?|medications?|drugs?|pills?|treatments?|therap(?:y|ies)|infusions?|doses?|dosing|lozenges?|nasal\s+spray|spray|IV|drip|ECT|TMS|electroconvulsive|psychedelics?|psychotherapy|stimulator|boosters?|prescriptions?|sessions?|shot|injections?`
const conditions = String.raw`depress(?:ion|ive|ed)|anxi(?:ety|ous)|PTSD|OCD|obsessive|bipolar|psychos[ie]s|psychotic|schizophrenia|trauma(?:tic)?|pain(?:ful)?|fibromyalgia|CRPS|arthritis|neuropath\w*|migraines?|burnout|stress|insomnia|suicid\w*|substance\s+use|addict\w*|glaucoma|aneurysm|stroke|heart\s+(?:attack|disease|problems)|liver\s+disease|hypertension|seizures?|brain\s+injury|disorders?|conditions?|illness|symptoms?|flares?|baby\s+blues|hoarding|relief|remission|recovery|healing|mental\s+health|sensiti[sz]ation|compulsions?|obsessions?|intrusive|nightmares?|startle|irritability|hypervigilance|numbness|fatigue|brain\s+fog|mood|moods|worr(?:y|ies)|fear|anger|motivation|sleep|ache`
const bodyAndEffects = String.raw`brain|body|bodies|nervous\s+system|spinal|neurons?|synap\w+|receptors?|glutamate|serotonin|norepinephrine|dopamine|GABA|BDNF|NMDA|circuits?|cortex|striatum|thalamus|hormones?|heart|breathing|bladder|liver|stomach|muscles?|joints?|immune|blood|vessels?|milk|mouth|tongue|cheek|vitals|oxygen|nausea|nauseated|queasy|dizz\w+|drowsy|sleepy|headaches?|vomit\w*|hallucinat\w*|dissociat\w*|detached|floaty|blurry|unsteady|shaky|side\s+effects?|risks?|misuse|dependence|overdose|molecules?|eyes|vision|skin|tired|wears?\s+off|kicks?\s+in|takes?\s+effect|feel(?:s|ing)?\s+(?:\w+\s+)?(?:tired|lighter|better|worse|calmer|heavy|relaxed|hopeful|sick|numb|low)|(?:once|twice|three\s+times)\s+a\s+(?:day|week|month)|visits`
const patientGroups = String.raw`patients?|veterans?|vets|adults?|children|teens|adolescents|moms?|mothers?|pregnan\w+|breastfeeding|unborn|guests|members|participants|applicants|first\s+responders|people\s+with|anyone\s+(?:who|with)`

/** Any word of the medical vocabulary; tested on one sentence, case-insensitively. */
export const domainLexicon = new RegExp(
  String.raw`\b(?:${treatments}|${conditions}|${bodyAndEffects}|${patientGroups})\b`,
  'i',
)

/** Words for a treatment or drug: a claim that names one and no other cue is read as a claim about what it does. */
export const treatmentLexicon = new RegExp(String.raw`\b(?:${treatments})\b`, 'i')
