// The patterns a medical editor queries, each with the plain-words reason a marketer is shown. Every pattern is
// global and is run on one sentence at a time; an optional excuse looks at the words around a match and drops
// readings that are not claims ("a safe and professional setting", "which is effectively").
import type { ClaimReason } from './types'

export type ClaimRule = {
  explain: (match: string) => string
  /** Asserts even in a heading or a question ("The Most Powerful Treatment Yet", "FDA Approval Expected Monday"). */
  isAssertive?: boolean
  isExcused?: (context: { after: string; before: string; match: string }) => boolean
  kind: ClaimReason
  pattern: RegExp
}

/** Marks a rule whose words assert something wherever they stand, in a topic heading or a question too. */
const assertive = (claimRule: ClaimRule): ClaimRule => ({ ...claimRule, isAssertive: true })

const quote = (match: string): string => `"${match}"`

const qualifier = String.raw`(?:(?:over|more than|nearly|almost|about|around|approximately|roughly|up to|at least|only|just|less than|fewer than|under|some)\s+)?`
const people = String.raw`(?:patients|people|adults|children|teens|adolescents|women|men|participants|subjects|individuals|users|sufferers|veterans|americans|respondents|cases|prescriptions)`
const smallNumber = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})`
const percent = String.raw`\d+(?:[.,]\d+)?\s?(?:%|percent\b|per cent\b)`
const regulator = String.raw`(?:FDA|Food\s+and\s+Drug\s+Administration|EMA|European\s+Medicines\s+Agency|MHRA|Health\s+Canada|DEA|Drug\s+Enforcement\s+Administration)`
const decision = String.raw`(?:approv\w*|reject\w*|clear(?:ed|ance)|authori[sz]\w*|designat\w*|recall\w*|ban(?:s|ned)?|schedul\w*)`
const researchNoun = String.raw`(?:stud(?:y|ies)|research|trials?|evidence|surveys?|data|researchers|scientists|experts|meta-analys[ie]s)`
const researchVerb = String.raw`(?:show(?:s|ed|n)?|found|finds?|suggest(?:s|ed)?|confirm(?:s|ed|ing)?|demonstrat(?:e|es|ed|ing)|prove[sdn]?|indicat(?:e|es|ed)|reveal(?:s|ed)?|observed|report(?:s|ed)?|conducted|support(?:s|ed)?|agree)`
const intensifier = String.raw`(?:(?:extremely|very|highly|completely|perfectly|relatively|generally|totally|entirely|remarkably|incredibly|proven|clinically)\s+)`

const rule = (
  kind: ClaimReason,
  source: string,
  explain: (match: string) => string,
  isExcused?: ClaimRule['isExcused'],
  flags = 'gi',
): ClaimRule => ({
  explain,
  isExcused,
  kind,
  pattern: new RegExp(source, flags),
})

const statistic = (match: string) => `States a statistic (${quote(match)}) that needs a source.`
const howOften = (match: string) => `Says how often something happens (${quote(match)}), which needs a source.`
const measured = (match: string) => `Reports a measured result (${quote(match)}) that needs a source.`
const regulatory = (match: string) =>
  `Says what a regulator decided (${quote(match)}); it must match the official record and needs a source.`
const approvalStatus = (match: string) =>
  `Describes approval status (${quote(match)}); it must match the official label and needs a source.`
const works = (match: string) =>
  `Says the treatment works (${quote(match)}), which needs evidence: a citation or an approved claim.`
const safe = (match: string) =>
  `Says the treatment is safe (${quote(match)}), which needs evidence: a citation or an approved claim.`
const playsDownRisk = (match: string) =>
  `Plays down side effects or risks (${quote(match)}), which needs evidence: a citation or an approved claim.`
const hype = (match: string) =>
  `Ranks or praises the treatment (${quote(match)}); that needs strong evidence, or softer wording.`
const speed = (match: string) =>
  `Promises how fast it works (${quote(match)}), which needs evidence: a citation or an approved claim.`
const lasting = (match: string) =>
  `Promises how long the benefit lasts (${quote(match)}), which needs evidence: a citation or an approved claim.`
const coverage = (match: string) =>
  `Says what insurance covers (${quote(match)}); plans differ, so it needs a source and careful wording.`
const research = (match: string) =>
  `Points to research (${quote(match)}) without naming it; add a citation to the study.`

/** "$2,700": a price, not a count of anything. */
const isMoney = ({ before }: { before: string }): boolean => /\$\s?$/.test(before)

/** "Save 20%", "20% off": a price, not a finding. */
const isPriceCut = ({ after, before }: { after: string; before: string }): boolean =>
  /\b(?:save|saving|discount\s+of)\s+$/i.test(before) || /^\s*(?:off|discount)\b/i.test(after)

/** "safe" about a place, not a treatment, and set phrases that are not claims. */
const isSafePlace = ({ after, before }: { after: string; before: string }): boolean =>
  /^\s+(?:and\s+[\w-]+\s+|,\s*[\w-]+\s+)?(?:setting|environment|space|place|location|hands|haven|harbou?r)\b/i.test(
    after,
  ) ||
  /^\s+to\s+say\b/i.test(after) ||
  /\bstay\s+$/i.test(before)

/** "effectively" meaning "in effect" ("which is effectively brain fertilizer"), and "effective immediately". */
const isNotEfficacy = ({ after, before, match }: { after: string; before: string; match: string }): boolean =>
  (/^effectively$/i.test(match) && /\b(?:is|are|was|were|be|been|being)\s+$/i.test(before)) ||
  /^\s+(?:immediately|date|as\s+of|from)\b/i.test(after)

/** "Reimbursement is never guaranteed": a promise about money or appointments, not about the treatment. */
const isAboutMoney = ({ after, before }: { after: string; before: string }): boolean =>
  /\b(?:reimburs\w*|insur\w*|refunds?|prices?|appointments?|spots?)\b/i.test(`${before} ${after}`)

/** "not a cure" and "may not be a cure-all" disclaim a claim rather than make one. */
const isDisclaimed = ({ before }: { before: string }): boolean => /\bnot\s+(?:be\s+)?an?\s+$/i.test(before)

export const claimRules: ClaimRule[] = [
  // statistics
  rule(
    'statistic',
    String.raw`\b(?:response|remission|success|relapse|recovery|cure|survival|improvement|dropout|discontinuation)\s+rates?\b(?:\s+of\s+${qualifier}${percent})?`,
    statistic,
  ),
  rule(
    'statistic',
    String.raw`\b${qualifier}${percent}(?:\s+of\s+(?:all\s+|the\s+|those\s+)?${people}\b)?`,
    statistic,
    isPriceCut,
  ),
  rule(
    'statistic',
    String.raw`\b${smallNumber}\s+(?:in|out\s+of)\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|\d{1,3})\b(?:\s+${people}\b)?`,
    statistic,
  ),
  rule(
    'statistic',
    String.raw`\b${qualifier}\d+(?:[.,]\d+)?\s+(?:thousand|million|billion)\b(?:\s+${people}\b)?`,
    statistic,
  ),
  rule('statistic', String.raw`\b${qualifier}\d{1,3}(?:,\d{3})+\b(?:\s+${people}\b)?`, statistic, isMoney),
  rule('statistic', String.raw`\b${qualifier}\d+\s+${people}\b`, statistic),
  rule('statistic', String.raw`\b(?:millions|thousands|billions|hundreds)\s+of\s+${people}\b`, statistic),
  rule(
    'statistic',
    String.raw`\b(?:doubled|tripled|trebled|quadrupled|halved|(?:two|three|four|five|ten|\d+)[- ]?fold|twice\s+as\s+\w+|(?:two|three|four|five|ten|\d+(?:\.\d+)?)\s+times\s+(?:more|less|higher|lower|greater|faster|as))\b`,
    statistic,
  ),
  rule(
    'statistic',
    String.raw`\b(?:half|a\s+third|one[- ]third|a\s+quarter|one[- ]quarter|two[- ]thirds|three[- ]quarters|the\s+majority|a\s+majority|nearly\s+all|almost\s+all|most)\s+of\s+(?:all\s+|the\s+|these\s+|those\s+)?${people}\b`,
    statistic,
  ),
  rule('statistic', String.raw`\bmost\s+(?!of\b)(?:[\w-]+\s+){0,2}?${people}\b`, statistic),
  rule(
    'statistic',
    String.raw`\b(?:most|very|extremely|incredibly|relatively|quite|fairly)\s+(?:common|commonly|frequent|frequently|rare|rarely|uncommon)\b`,
    howOften,
  ),
  rule(
    'statistic',
    String.raw`\b(?:statistically\s+significant|significantly\s+(?:reduc|improv|increas|decreas|lower|higher|better|fewer|more|less)\w*)`,
    measured,
  ),

  // regulatory statements
  assertive(
    rule('regulatory', String.raw`\b(?:the\s+)?(?:U\.S\.\s+)?${regulator}\b[^.!?]{0,80}?\b${decision}`, regulatory),
  ),
  assertive(
    rule(
      'regulatory',
      String.raw`\b${decision}[^.!?]{0,40}?\b(?:by|from|of)\s+the\s+(?:U\.S\.\s+)?${regulator}\b`,
      regulatory,
    ),
  ),
  assertive(rule('regulatory', String.raw`\b${regulator}\b`, regulatory)),
  assertive(rule('regulatory', String.raw`\boff[- ]label\b`, approvalStatus)),
  assertive(rule('regulatory', String.raw`\b(?:(?:not|un)\s*)?approved\s+(?:for|as|to\s+treat)\b`, approvalStatus)),
  assertive(
    rule(
      'regulatory',
      String.raw`\bSchedule\s+(?:I{1,3}|IV|V)\b|\b[Cc]ontrolled\s+substance\b`,
      approvalStatus,
      undefined,
      'g',
    ),
  ),

  // efficacy and safety
  assertive(
    rule(
      'efficacy',
      String.raw`\b(?:the\s+)?(?:most\s+(?:powerful|effective|potent|advanced|successful)|best\s+(?:treatment|therapy|option|antidepressant|results?))\b`,
      hype,
    ),
  ),
  assertive(
    rule(
      'efficacy',
      String.raw`\b(?:superior|unprecedented|breakthrough|groundbreaking|ground-breaking|revolutionary|miracle|miraculous|game[- ]?changer|life[- ]?saving|unmatched|unrivall?ed)\b`,
      hype,
    ),
  ),
  rule('safety', String.raw`\b${intensifier}?safe(?:,|\s+and)\s+(?:and\s+)?${intensifier}?effective\b`, safe),
  rule('safety', String.raw`(?<![\w-])${intensifier}?(?:un)?safe(?:ly|r|st)?\b(?!-)`, safe, isSafePlace),
  rule(
    'safety',
    String.raw`\b(?:(?:good|excellent|strong|proven|favou?rable|established)\s+)?safety\s+(?:profile|record)\b`,
    safe,
  ),
  rule(
    'efficacy',
    String.raw`(?<!cost-)\b(?:${intensifier}|(?:more|most|less|as|equally|truly)\s+)?effective(?:ly|ness)?\b`,
    works,
    isNotEfficacy,
  ),
  rule(
    'efficacy',
    String.raw`\b(?:(?:superior|proven|therapeutic|clinical|antidepressant|demonstrated)\s+){0,2}effica(?:cy|cious)\b`,
    works,
  ),
  rule(
    'efficacy',
    String.raw`\b(?:has|have)\s+(?:also\s+)?(?:shown|demonstrated)\s+(?:potential|promise|benefits?)\b`,
    works,
  ),
  assertive(rule('efficacy', String.raw`\brevers(?:e|es|ed|ing|al)\b`, works)),
  assertive(rule('efficacy', String.raw`\bcure-all\b|\bcur(?:e|es|ed|ing|ative)\b`, works, isDisclaimed)),
  assertive(
    rule(
      'efficacy',
      String.raw`\b(?:clinically\s+|scientifically\s+)?proven\b|\bguarantee[sd]?\b`,
      works,
      isAboutMoney,
    ),
  ),
  rule('efficacy', String.raw`\bantidepressant\s+(?:effects?|response|action|properties|benefits?)\b`, works),
  rule(
    'efficacy',
    String.raw`\b(?:reliev(?:e|es|ed|ing)|alleviat(?:e|es|ed|ing))\b|\bprovid(?:e|es|ed|ing)\s+(?:[\w-]+\s+)?relief\b`,
    works,
  ),
  rule(
    'efficacy',
    String.raw`\b(?:repair|rewire|regrow|mend|heal|restore)(?:s|ed|ing)?\s+(?:[\w’'-]+\s+){0,4}?(?:brain|brains|neurons|synapses|connections)\b`,
    works,
  ),
  rule(
    'efficacy',
    String.raw`\b(?:reduc(?:e|es|ed|ing)|lessen(?:s|ed|ing)?|eas(?:e|es|ed|ing)|improv(?:e|es|ed|ing)|decreas(?:e|es|ed|ing))\s+(?:the\s+|their\s+|your\s+)?(?:[\w-]+\s+)?(?:symptoms?|depression|anxiety|pain|inflammation|suicidal|ptsd|mood|stress)\b`,
    works,
  ),
  rule(
    'safety',
    String.raw`\b(?:minimal|few|fewer|no|mild|little|limited|low|negligible)\s+(?:side[- ]effects?|risks?|adverse\s+(?:effects?|events?))(?:\s+profile)?\b`,
    playsDownRisk,
  ),
  rule(
    'safety',
    String.raw`\b(?:non-?addictive|not\s+addictive|risk[- ]free|well[- ]tolerated|short-lived|manageable)\b`,
    playsDownRisk,
  ),
  rule(
    'efficacy',
    String.raw`\brapid(?:ly)?(?:[,\s]+(?:and\s+)?[a-z-]+){0,3}?[,\s]+(?:antidepressant|relief|onset|mood|improvement|response|effects?|action)\b(?:\s+(?:effects?|response|action|improvement))?`,
    speed,
  ),
  rule(
    'efficacy',
    String.raw`\b(?:(?:much|far)\s+)?(?:rapid|fast|faster|quick|quicker|immediate)\s+onset\b|\bimmediate\s+(?:effects?|relief|results?|improvement)\b|\b(?:fast|rapid|quick)[- ]acting\b`,
    speed,
  ),
  rule('efficacy', String.raw`\bworks?\s+(?:very\s+|so\s+|much\s+)?(?:quickly|fast|rapidly|immediately)\b`, speed),
  rule(
    'efficacy',
    String.raw`\bwithin(?:\s+(?:a|an|just|only|the|first|matter|of|few|\d+|one|two|three|four|five|six|twelve|twenty-four)){0,4}\s+(?:hours?|minutes?|days?)\b|\bin\s+(?:a\s+matter\s+of|just|only|a\s+few)\s+(?:hours|minutes|days)\b`,
    speed,
  ),
  rule(
    'efficacy',
    String.raw`\b(?:lasting|long[- ]lasting|sustained|sustainable|permanent|long[- ]term)\s+(?:effects?|benefits?|relief|results?|improvements?|remission|recovery)\b`,
    lasting,
  ),

  rule(
    'safety',
    String.raw`\b(?:can(?:not|'t)|do\s+not|don't|never|must\s+not)\s+(?:drive|operate)\b`,
    (match) => `Tells patients what is unsafe after treatment (${quote(match)}), which a medical editor must check.`,
  ),

  rule(
    'regulatory',
    String.raw`\b(?:insurance|insurers?|health\s+plans?|Medicare|Medicaid|TRICARE|the\s+VA|(?:most|many|some)\s+(?:insurance\s+|health\s+)?plans)\b[^.!?]{0,60}?\b(?:cover(?:s|ed|age)?|pays?\s+for)\b`,
    coverage,
  ),

  // appeals to research
  rule(
    'research-appeal',
    String.raw`\b(?:(?:recent|new|early|clinical|several|many|other|multiple|numerous)\s+)*${researchNoun}\b[^.!?]{0,80}?(?<!\bto\s+)\b${researchVerb}\b`,
    research,
  ),
  rule(
    'research-appeal',
    String.raw`\b(?:has|have|had|was|were|is|are|been)\s+(?:been\s+)?(?:found|shown|proven|revealed|demonstrated|reported)\s+to\b`,
    research,
  ),
  rule(
    'research-appeal',
    String.raw`\b(?:an?|one|another|the|this)\s+(?:recent\s+|new\s+|landmark\s+|large\s+|small\s+|retrospective\s+|\d{4}\s+)?(?:study|trial|survey|meta-analysis)\b`,
    research,
  ),
  rule(
    'research-appeal',
    String.raw`\b(?:according\s+to|in|from|published\s+in)\s+(?:a\s+|the\s+)?(?:(?:recent|new|clinical|several|many|early|one|another)\s+)*(?:stud(?:y|ies)|trials?|research|surveys?|journal)\b`,
    research,
  ),
  rule(
    'research-appeal',
    String.raw`\b(?:research|evidence|data)\s+(?:[\w-]+\s+){0,4}?(?:is|are|remains)\s+(?:still\s+)?(?:new|early|emerging|limited|preliminary|ongoing|young|small|mixed|weak|strong|growing)\b|\bpreliminary\s+(?:evidence|data|results|findings|cause\s+to\s+believe)\b`,
    research,
  ),
]
