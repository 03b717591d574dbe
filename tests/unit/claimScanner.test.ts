import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

import type { ClaimReason, FlaggedSentence } from '@/workflow/claimScanner'

import { scanLexical, scanText } from '@/workflow/claimScanner'

type Node = Record<string, unknown>

const seedsFolder = new URL('../fixtures/seeds/', import.meta.url)
const seedNames = readdirSync(seedsFolder).filter((name) => name.endsWith('.txt'))
const readSeed = (prefix: string): string => {
  const name = seedNames.find((candidate) => candidate.startsWith(`${prefix}_`))
  if (!name) throw new Error(`No seed ${prefix} in tests/fixtures/seeds`)
  return readFileSync(new URL(name, seedsFolder), 'utf8')
}
const seeds = Object.fromEntries(['000', '001', '002', '003', '004'].map((prefix) => [prefix, readSeed(prefix)]))
const flaggedBySeed = Object.fromEntries(Object.entries(seeds).map(([prefix, text]) => [prefix, scanText(text)]))

const kindsOf = (flagged: FlaggedSentence | undefined): ClaimReason[] => flagged?.reasons.map(({ kind }) => kind) ?? []
const sentences = (flagged: FlaggedSentence[]): string[] => flagged.map(({ sentence }) => sentence)

const text = (value: string): Node => ({
  type: 'text',
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text: value,
  version: 1,
})
const linebreak = (): Node => ({ type: 'linebreak', version: 1 })
const link = (...children: Node[]): Node => ({
  type: 'link',
  children,
  fields: { linkType: 'custom', url: 'https://example.org' },
  version: 3,
})
const citation = (reference: unknown): Node => ({
  type: 'inlineBlock',
  fields: { blockName: '', blockType: 'citation', id: 'block-citation', reference },
  version: 1,
})
const claim = (id: unknown): Node => ({
  type: 'inlineBlock',
  fields: { blockName: '', blockType: 'claim', claim: id, id: 'block-claim' },
  version: 1,
})
const paragraph = (...children: Node[]): Node => ({
  type: 'paragraph',
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
})
const heading = (...children: Node[]): Node => ({ type: 'heading', children, tag: 'h2', version: 1 })
const quote = (...children: Node[]): Node => ({ type: 'quote', children, version: 1 })
const list = (...items: Node[][]): Node => ({
  type: 'list',
  children: items.map((children, index) => ({ type: 'listitem', children, value: index + 1, version: 1 })),
  listType: 'bullet',
  version: 1,
})
const bodyOf = (...children: Node[]) => ({
  root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 },
})

describe('scanText on the sample articles', () => {
  const mustFlag: { kinds: ClaimReason[]; seed: string; sentence: string }[] = [
    { kinds: ['regulatory'], seed: '000', sentence: 'In 2019, the FDA approved Ketamin’s use in treating depression.' },
    {
      kinds: ['statistic'],
      seed: '000',
      sentence: 'In fact, Ketamine use has been found to lessen depression symptoms in 70% of patients.',
    },
    {
      kinds: ['safety'],
      seed: '000',
      sentence: 'Ketamine’s unique effect on brain chemistry makes it extremely safe and effective.',
    },
    {
      kinds: ['efficacy'],
      seed: '000',
      sentence:
        'Let’s dive into two ways Ketamine positively affects brain chemistry and reverses the effects of depression, stress, and aging.',
    },
    { kinds: ['efficacy'], seed: '000', sentence: 'Ketamine: Reversing the Effects of Depression' },
    {
      kinds: ['safety'],
      seed: '000',
      sentence:
        'They are both committed to providing safe, effective mental health access in a comfortable, unintimidating setting.',
    },
    {
      kinds: ['research-appeal', 'statistic'],
      seed: '001',
      sentence:
        'Due to the survey that was conducted by University of California San Diego and University of Southern California, to investigate the safety of repeated use of ketamine for depression, only 0.7% of patients experienced adverse effects that required discontinuation of ketamine.',
    },
    {
      kinds: ['statistic'],
      seed: '001',
      sentence:
        'Other adverse events were extremely rare (such as bladder dysfunction (0.1%), cognitive decline (0.03%) and psychotic symptoms (0.03%)).',
    },
    {
      kinds: ['safety', 'regulatory'],
      seed: '001',
      sentence: 'Ketamine is considered to be a relatively safe drug that is approved by the FDA.',
    },
    {
      kinds: ['research-appeal'],
      seed: '001',
      sentence:
        'In the last decade multiple clinical studies were conducted confirming the rapid antidepressant effect of ketamine.',
    },
    {
      kinds: ['regulatory', 'statistic'],
      seed: '001',
      sentence:
        'Off-Label means it’s prescribed for an alternative condition than originally approved; one in five prescriptions written today are for off-label use.',
    },
    {
      kinds: ['statistic'],
      seed: '002',
      sentence:
        'As of January 2020, over 264 million people worldwide were affected by symptoms of depression or depressive episodes.',
    },
    { kinds: ['statistic'], seed: '002', sentence: 'In the US, the numbers have tripled since then.' },
    {
      kinds: ['research-appeal'],
      seed: '002',
      sentence:
        'Though research is still new, studies show that ketamine can successfully reduce symptoms of severe depression in a matter of hours.',
    },
    {
      kinds: ['research-appeal', 'statistic'],
      seed: '002',
      sentence:
        'Recent studies show that over 50% of patients showed a decrease in depressive symptoms after one day of treatment.',
    },
    {
      kinds: ['research-appeal', 'statistic'],
      seed: '002',
      sentence:
        'Other studies show a response rate of up to 70% amongst patients who have been resistant to common antidepressants.',
    },
    {
      kinds: ['research-appeal'],
      seed: '002',
      sentence:
        'Clinical trials on treatment-resistant patients show rapid mood improvement shortly after a ketamine infusion.',
    },
    {
      kinds: ['regulatory'],
      seed: '002',
      sentence: 'Several doctors already prescribe off-label ketamine to treatment-resistant patients with depression.',
    },
    {
      kinds: ['efficacy'],
      seed: '003',
      sentence: 'Ketamine – The Most Powerful Treatment For Depression Yet Invented',
    },
    {
      kinds: ['efficacy'],
      seed: '003',
      sentence: 'We often refer to Ketamine as “the most powerful antidepressant yet invented”.',
    },
    {
      kinds: ['efficacy'],
      seed: '003',
      sentence:
        'Due to Ketamine’s minimal side effect profile, rapid onset, and superior therapeutic efficacy, it is more and more being considered not only as an advanced alternative for treatment-resistant depression like Electroconvulsive Therapy (ECT) and Transcranial Magnetic Stimulation (TMS), but as a first or second-line option.',
    },
    { kinds: ['regulatory'], seed: '003', sentence: 'FDA Approval Expected Monday of Ketamine-derived “Spravato”' },
    {
      kinds: ['regulatory'],
      seed: '003',
      sentence: 'TAKE HOME POINTS: SpravatoTM, a form of ketamine, will be FDA approved on Monday for Treatment…',
    },
    {
      kinds: ['regulatory'],
      seed: '004',
      sentence:
        '2. Nasal Spray (Esketamine): Esketamine, a derivative of ketamine, has been approved by the FDA for treatment-resistant depression.',
    },
    {
      kinds: ['research-appeal'],
      seed: '004',
      sentence:
        '3. Increased Brain Connectivity: Studies have shown that ketamine can enhance connectivity between different regions of the brain, particularly those involved in mood regulation.',
    },
    {
      kinds: ['regulatory'],
      seed: '004',
      sentence:
        'While the FDA recently rejected MDMA as an approved mental health treatment, the industry is constantly evolving and looking for new ways to help those struggling.',
    },
    {
      kinds: ['efficacy'],
      seed: '004',
      sentence:
        'Originally developed as an anesthetic in the 1960s, ketamine is now being recognized for its rapid and robust antidepressant effects.',
    },
    // Claims without trigger words, which the first scanner let through.
    { kinds: ['mechanism'], seed: '000', sentence: 'It was first introduced in the 1960s as an anesthetic.' },
    { kinds: ['efficacy'], seed: '000', sentence: '20 years later in the 1980s, it gained popularity as a club drug.' },
    { kinds: ['mechanism'], seed: '002', sentence: 'Veterinarians commonly use it as an anesthetic on animals.' },
    { kinds: ['efficacy'], seed: '002', sentence: 'Basurto has undergone nearly two dozen ketamine infusions.' },
    {
      kinds: ['efficacy'],
      seed: '002',
      sentence:
        'Ketamine may not be a cure-all, but the physiological changes give patients the chance to keep fighting the good fight.',
    },
    {
      kinds: ['mechanism'],
      seed: '003',
      sentence:
        'It does so by increasing BDNF, or Brain-Derived Neurotrophic Factor, which is effectively ‘brain fertilizer’.',
    },
    { kinds: ['eligibility'], seed: '004', sentence: 'Additionally, ketamine is not suitable for everyone.' },
  ]

  it.each(mustFlag)('flags "$sentence" (seed $seed) as $kinds', ({ kinds, seed, sentence }) => {
    // Act
    const flagged = flaggedBySeed[seed].find((candidate) => candidate.sentence === sentence)

    // Assert
    expect(sentences(flaggedBySeed[seed])).toContain(sentence)
    for (const kind of kinds) expect(kindsOf(flagged)).toContain(kind)
  })

  const mustNotFlag: { seed: string; sentence: string }[] = [
    { seed: '000', sentence: 'Contact us to set up a free consultation.' },
    { seed: '000', sentence: 'xoxo Rachel and Ryan' },
    { seed: '000', sentence: 'Leave a Comment' },
    { seed: '001', sentence: 'What is Ketamine?' },
    { seed: '001', sentence: 'Ready to discover a new way to heal your anxiety?' },
    { seed: '001', sentence: "To understand how ketamine treatment works, let's first understand ketamine." },
    { seed: '001', sentence: 'Safety of Ketamine' },
    { seed: '001', sentence: 'Scientific Articles and Clinical Trials' },
    { seed: '002', sentence: 'Are you in a crisis?' },
    { seed: '002', sentence: 'Call or text 988 to speak to a crisis counselor.' },
    { seed: '002', sentence: 'Article by: Taylor Carter' },
    { seed: '002', sentence: '1200 630 Taylor Carter' },
    {
      seed: '002',
      sentence:
        'The clinic opened its doors four years ago, answering the growing demand for ketamine therapy and treatment by providing the medicine in a safe and professional setting.',
    },
    { seed: '003', sentence: 'Popular Blog Posts' },
    { seed: '004', sentence: 'top of page' },
    { seed: '004', sentence: 'Understanding Ketamine Therapy' },
    { seed: '004', sentence: 'Considerations and Side Effects' },
    { seed: '004', sentence: '10 views0 comments' },
    { seed: '001', sentence: 'Ready to discover a new way to heal your anxiety?' },
    { seed: '002', sentence: 'How Does it Work?' },
  ]

  it.each(mustNotFlag)('does not flag "$sentence" (seed $seed)', ({ seed, sentence }) => {
    // Arrange
    const seedText = seeds[seed].replace(/\s+/g, ' ')

    // Act
    const isInAFlaggedSentence = flaggedBySeed[seed].some((flagged) => flagged.sentence.includes(sentence))

    // Assert
    expect(seedText).toContain(sentence)
    expect(isInAFlaggedSentence).toBe(false)
  })

  it('gives every reason an explanation that quotes the words it matched', () => {
    // Act
    const reasons = Object.values(flaggedBySeed).flatMap((flagged) => flagged.flatMap(({ reasons }) => reasons))

    // Assert
    expect(reasons.length).toBeGreaterThan(50)
    for (const { explanation, match } of reasons) {
      expect(match.trim()).not.toBe('')
      expect(explanation).toContain(`"${match}"`)
    }
  })

  it('names the matched words in the statistic explanation', () => {
    // Act
    const [flagged] = scanText('Ketamine lessens depression symptoms in 70% of patients.')

    // Assert
    expect(flagged.reasons).toContainEqual({
      explanation: 'States a statistic ("70% of patients") that needs a source.',
      kind: 'statistic',
      match: '70% of patients',
    })
  })

  it('never marks a plain-text sentence resolved', () => {
    // Act
    const flagged = Object.values(flaggedBySeed).flat()

    // Assert
    expect(flagged.every(({ isResolved }) => !isResolved)).toBe(true)
  })
})

describe('scanText sentence splitting', () => {
  it('keeps abbreviations inside their sentence', () => {
    // Arrange
    const input = [
      'Dr. Lee says ketamine is safe.',
      'Some drugs, e.g. Spravato, are FDA approved.',
      'Ketamine, i.e. the racemic form, is effective.',
      'Ketamine vs. ECT: ketamine is superior.',
      'The U.S. Food and Drug Administration approved esketamine.',
      'It helps approx. 70% of patients.',
    ].join(' ')

    // Act
    const flagged = scanText(input)

    // Assert
    expect(sentences(flagged)).toEqual([
      'Dr. Lee says ketamine is safe.',
      'Some drugs, e.g. Spravato, are FDA approved.',
      'Ketamine, i.e. the racemic form, is effective.',
      'Ketamine vs. ECT: ketamine is superior.',
      'The U.S. Food and Drug Administration approved esketamine.',
      'It helps approx. 70% of patients.',
    ])
  })

  it('does not split at the point of a decimal', () => {
    // Act
    const flagged = scanText(
      'Only 0.7% of patients stopped treatment. Bladder problems were rarer (0.1%). Blood pressure rose by 2.5 points in 12.5% of them.',
    )

    // Assert
    expect(sentences(flagged)).toEqual([
      'Only 0.7% of patients stopped treatment.',
      'Bladder problems were rarer (0.1%).',
      'Blood pressure rose by 2.5 points in 12.5% of them.',
    ])
  })

  it('splits before a sentence that starts with a number', () => {
    // Act
    const flagged = scanText(
      'It was first introduced in the 1960s as an anesthetic. 70% of patients respond within hours.',
    )

    // Assert
    expect(sentences(flagged)).toEqual([
      'It was first introduced in the 1960s as an anesthetic.',
      '70% of patients respond within hours.',
    ])
  })

  it('keeps quotes and ellipses inside their sentence', () => {
    // Act
    const flagged = scanText(
      'We call it “the most powerful antidepressant yet invented”. Studies show it works… and fast. "It is safe," Dr. Lee said.',
    )

    // Assert
    expect(sentences(flagged)).toEqual([
      'We call it “the most powerful antidepressant yet invented”.',
      'Studies show it works… and fast.',
      '"It is safe," Dr. Lee said.',
    ])
  })

  it('joins a line hard-wrapped mid-sentence with the line after it', () => {
    // Arrange
    const input =
      'Nasal Spray\n\nEsketamine, a derivative of ketamine, has been approved by the\n\nFDA for treatment-resistant depression. It is a spray.\n'

    // Act
    const flagged = scanText(input)

    // Assert
    expect(sentences(flagged)).toEqual([
      'Esketamine, a derivative of ketamine, has been approved by the FDA for treatment-resistant depression.',
      'It is a spray.',
    ])
  })

  it('joins a wrapped line whose continuation starts in lower case, as in seed 004', () => {
    // Act
    const flagged = flaggedBySeed['004']

    // Assert
    expect(sentences(flagged)).toContain(
      'In recent years, the mental health community has seen a significant breakthrough in the treatment of depression, anxiety, PTSD, and other mood disorders with the introduction of ketamine.',
    )
    expect(sentences(flagged)).toContain(
      'While conventional medications like SSRIs (selective serotonin reuptake inhibitors) typically take weeks to show effects, ketamine can provide relief within hours.',
    )
  })

  it('keeps a heading without a full stop apart from the paragraph under it', () => {
    // Act
    const flagged = scanText(
      'Safety of Ketamine\n\nKetamine is considered a relatively safe drug.\n\nThe Most Powerful Treatment Yet\nOur clinic is open on Mondays.',
    )

    // Assert
    expect(sentences(flagged)).toEqual([
      'Ketamine is considered a relatively safe drug.',
      'The Most Powerful Treatment Yet',
    ])
  })

  it('returns nothing for empty or non-text input', () => {
    // Act
    const results = [
      scanText(''),
      scanText('   \n\n  '),
      scanText(undefined as unknown as string),
      scanText(42 as unknown as string),
    ]

    // Assert
    expect(results).toEqual([[], [], [], []])
  })
})

describe('scanText claim detection', () => {
  it.each([
    ['Call or text 988 anytime.'],
    ['In 2019, our clinic opened its doors.'],
    ['Book your free consultation today, and bring a friend.'],
    ['Our office is on the second floor, next to the pharmacy.'],
    ['The full series is $2,700, and we offer a 10% discount when you pay up front.'],
    ['We bill your insurance for the office visit.'],
    ['Thank you for choosing us for your care.'],
    ['Side effects'],
    ['What the studies found'],
    ['Who should not take Spravato'],
    ['Brain-Derived Neurotrophic Factor'],
    ['Safety of Ketamine'],
    ['Stay safe, and see you soon!'],
    ['We offer treatment in a safe and comfortable environment.'],
    ['When antidepressants prove ineffective, where can we turn?'],
    ['Our price is cost-effective.'],
    ['Scientific Articles and Clinical Trials'],
    ['Most of our team live in Idaho.'],
    ['Most of our patients travel from Spokane.'],
    ['Save 20% on your first visit, or take 10% off a package.'],
  ])('does not flag the ordinary sentence "%s"', (sentence) => {
    // Act
    const flagged = scanText(sentence)

    // Assert
    expect(flagged).toEqual([])
  })

  it.each<[string, ClaimReason, string]>([
    ['One in five patients relapse.', 'statistic', 'One in five patients'],
    ['Cases doubled last year.', 'statistic', 'doubled'],
    ['Over 2,000 patients were treated.', 'statistic', 'Over 2,000 patients'],
    ['In clinical trials, it helped.', 'research-appeal', 'In clinical trials'],
    ['According to a recent study, it helps.', 'research-appeal', 'According to a recent study'],
    ['Ketamine is a Schedule III drug.', 'regulatory', 'Schedule III'],
    ['Esketamine is approved for depression.', 'regulatory', 'approved for'],
    ['Ketamine cures depression.', 'efficacy', 'cures'],
    ['Ketamine is clinically proven.', 'efficacy', 'clinically proven'],
    ['It is a breakthrough.', 'efficacy', 'breakthrough'],
    ['It has minimal side effects.', 'safety', 'minimal side effects'],
    ['You can safely combine it with therapy.', 'safety', 'safely'],
  ])('flags "%s" as %s, quoting "%s"', (sentence, kind, match) => {
    // Act
    const [flagged] = scanText(sentence)

    // Assert
    expect(flagged.reasons.map((reason) => [reason.kind, reason.match])).toContainEqual([kind, match])
  })

  it('reports overlapping matches of one kind once, by the longest words', () => {
    // Act
    const [flagged] = scanText('Ketamine is extremely safe and effective.')

    // Assert
    expect(flagged.reasons.filter(({ kind }) => kind === 'safety').map(({ match }) => match)).toEqual([
      'extremely safe and effective',
    ])
  })

  it('lists reasons in the order their words appear', () => {
    // Act
    const [flagged] = scanText('Studies show ketamine is safe for 70% of patients and FDA approved.')

    // Assert
    expect(kindsOf(flagged)).toEqual(['research-appeal', 'safety', 'statistic', 'regulatory'])
  })
})

describe('sentence keys', () => {
  it('are 12 hex digits', () => {
    // Act
    const [flagged] = scanText('Ketamine is safe.')

    // Assert
    expect(flagged.key).toMatch(/^[0-9a-f]{12}$/)
  })

  it('give the same sentence the same key wherever it appears', () => {
    // Act
    const [alone] = scanText('Ketamine is safe.')
    const [inArticle] = scanText('Welcome to our blog. Ketamine is safe. Book today.\nCall us.')
    const [inBody] = scanLexical(bodyOf(paragraph(text('Ketamine is safe.'))))

    // Assert
    expect(inArticle.key).toBe(alone.key)
    expect(inBody.key).toBe(alone.key)
  })

  it('give different sentences different keys', () => {
    // Act
    const [safe] = scanText('Ketamine is safe.')
    const [statistic] = scanText('It helps 70% of patients.')
    const [otherNumber] = scanText('It helps 60% of patients.')

    // Assert
    expect(new Set([safe.key, statistic.key, otherNumber.key]).size).toBe(3)
  })

  it('ignore differences in whitespace, line wrapping and quote style', () => {
    // Act
    const [plain] = scanText('We call it "the most powerful" antidepressant.')
    const [spaced] = scanText('  We   call it\u00a0“the most powerful”\n antidepressant .')

    // Assert
    expect(spaced.key).toBe(plain.key)
  })

  it('survive an edit to another sentence', () => {
    // Act
    const before = scanText('Welcome. Ketamine is safe. Studies show it works.')
    const after = scanText('Welcome to our new blog! Ketamine is safe. Research shows it works.')

    // Assert
    expect(after[0].key).toBe(before[0].key)
    expect(after[1].key).not.toBe(before[1].key)
  })
})

describe('scanLexical', () => {
  it('flags sentences in paragraphs, headings and quotes', () => {
    // Arrange
    const body = bodyOf(
      heading(text('The Most Powerful Treatment Yet')),
      paragraph(text('Hello there. Studies show it works.')),
      quote(text('It is safe and effective.')),
    )

    // Act
    const flagged = scanLexical(body)

    // Assert
    expect(sentences(flagged)).toEqual([
      'The Most Powerful Treatment Yet',
      'Studies show it works.',
      'It is safe and effective.',
    ])
  })

  it('marks a sentence resolved when a citation sits inside it', () => {
    // Arrange
    const body = bodyOf(paragraph(text('Ketamine helps 70% of patients'), citation('ref-1'), text(' within a week.')))

    // Act
    const flagged = scanLexical(body)

    // Assert
    expect(flagged).toHaveLength(1)
    expect(flagged[0]).toMatchObject({ isResolved: true, sentence: 'Ketamine helps 70% of patients within a week.' })
  })

  it('marks a sentence resolved by a citation placed after its full stop, but not the sentence after', () => {
    // Arrange
    const body = bodyOf(
      paragraph(text('Ketamine brings relief within hours. '), citation('ref-1'), text(' Studies show it is safe.')),
    )

    // Act
    const flagged = scanLexical(body)

    // Assert
    expect(flagged.map(({ isResolved, sentence }) => [sentence, isResolved])).toEqual([
      ['Ketamine brings relief within hours.', true],
      ['Studies show it is safe.', false],
    ])
  })

  it('marks a sentence resolved by a citation placed right after its full stop with no space', () => {
    // Arrange
    const body = bodyOf(
      paragraph(text('Ketamine brings relief within hours.'), citation('ref-1'), text(' Studies show it is safe.')),
    )

    // Act
    const flagged = scanLexical(body)

    // Assert
    expect(flagged.map(({ isResolved }) => isResolved)).toEqual([true, false])
  })

  it('marks a sentence resolved by a citation placed just before its full stop', () => {
    // Arrange
    const body = bodyOf(
      paragraph(
        text('Ketamine brings relief within hours '),
        citation({ id: 'ref-1', title: 'A study' }),
        text('. It is safe.'),
      ),
    )

    // Act
    const flagged = scanLexical(body)

    // Assert
    expect(flagged.map(({ isResolved, sentence }) => [sentence, isResolved])).toEqual([
      ['Ketamine brings relief within hours.', true],
      ['It is safe.', false],
    ])
  })

  it('marks a sentence resolved by a claim block', () => {
    // Arrange
    const body = bodyOf(paragraph(text('Ketamine is safe and effective.'), claim('claim-1')))

    // Act
    const flagged = scanLexical(body)

    // Assert
    expect(flagged).toEqual([
      expect.objectContaining({ isResolved: true, sentence: 'Ketamine is safe and effective.' }),
    ])
  })

  it('finds no text to flag in a paragraph that holds only a claim block', () => {
    // Arrange
    const body = bodyOf(paragraph(claim({ id: 'claim-1', statement: 'Ketamine is safe.' })))

    // Act
    const flagged = scanLexical(body)

    // Assert
    expect(flagged).toEqual([])
  })

  it('leaves a sentence unresolved when the citation is in another paragraph', () => {
    // Arrange
    const body = bodyOf(
      paragraph(text('Ketamine is safe.')),
      paragraph(citation('ref-1')),
      paragraph(text('FDA approved.'), citation('ref-2')),
    )

    // Act
    const flagged = scanLexical(body)

    // Assert
    expect(flagged.map(({ isResolved, sentence }) => [sentence, isResolved])).toEqual([
      ['Ketamine is safe.', false],
      ['FDA approved.', true],
    ])
  })

  it('leaves a sentence unresolved when its citation or claim points at nothing yet', () => {
    // Arrange
    const body = bodyOf(
      paragraph(text('Ketamine is safe.'), citation(null)),
      paragraph(text('It is effective.'), claim('')),
      paragraph(text('It cures.'), citation({})),
    )

    // Act
    const flagged = scanLexical(body)

    // Assert
    expect(flagged.map(({ isResolved }) => isResolved)).toEqual([false, false, false])
  })

  it('scans each list item on its own, including nested lists', () => {
    // Arrange
    const body = bodyOf(
      list(
        [text('Ketamine is safe.'), citation('ref-1'), list([text('Studies show it works.')], [text('Book a visit.')])],
        [text('It helps 70% of patients.')],
      ),
    )

    // Act
    const flagged = scanLexical(body)

    // Assert
    expect(flagged.map(({ isResolved, sentence }) => [sentence, isResolved])).toEqual([
      ['Ketamine is safe.', true],
      ['Studies show it works.', false],
      ['It helps 70% of patients.', false],
    ])
  })

  it('reads the text inside links as part of the sentence', () => {
    // Arrange
    const body = bodyOf(
      paragraph(
        text('According to '),
        link(text('a recent study')),
        text(', 70% of patients improve.'),
        citation('ref-1'),
      ),
    )

    // Act
    const flagged = scanLexical(body)

    // Assert
    expect(flagged).toHaveLength(1)
    expect(flagged[0]).toMatchObject({
      isResolved: true,
      sentence: 'According to a recent study, 70% of patients improve.',
    })
    expect(kindsOf(flagged[0])).toEqual(['research-appeal', 'statistic', 'efficacy'])
  })

  it('joins a sentence broken by a line break inside a paragraph', () => {
    // Arrange
    const body = bodyOf(
      paragraph(
        text('Esketamine has been approved by the'),
        linebreak(),
        text('FDA for depression.'),
        citation('ref-1'),
      ),
    )

    // Act
    const flagged = scanLexical(body)

    // Assert
    expect(flagged).toEqual([
      expect.objectContaining({
        isResolved: true,
        sentence: 'Esketamine has been approved by the FDA for depression.',
      }),
    ])
  })

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'Ketamine is safe.'],
    ['an array', [paragraph(text('Ketamine is safe.'))]],
    ['an empty object', {}],
    ['a null root', { root: null }],
    ['a root without children', { root: { type: 'root' } }],
    ['non-array children', { root: { type: 'root', children: 'Ketamine is safe.' } }],
    [
      'a paragraph with non-array children',
      { root: { children: [{ type: 'paragraph', children: { text: 'Ketamine is safe.' } }] } },
    ],
    [
      'junk children',
      { root: { children: [null, 1, 'Ketamine is safe.', [], { type: 'text', text: 'Ketamine is safe.' }] } },
    ],
  ])('returns nothing for garbage input: %s', (_label, body) => {
    // Act
    const flagged = scanLexical(body)

    // Assert
    expect(flagged).toEqual([])
  })
})
