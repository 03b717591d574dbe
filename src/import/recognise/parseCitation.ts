// One entry of a reference list as free text: a bare title, a title and outlet ("… - Mayo Clinic News Network"),
// or a formatted citation in Vancouver/AMA ("Berman RM, Cappiello A. Title. Biol Psychiatry. 2000;47(4):351-354.
// doi:…") or APA style ("Berman, R. M., & Cappiello, A. (2000). Title. Biological Psychiatry, 47(4), 351–354.").
import { normaliseDoi, normalisePmid } from '@/workflow/identifiers'

export type CitationFields = {
  authors?: { family: string; given?: string; suffix?: string }[]
  doi?: string
  issue?: string
  journal?: string
  pages?: string
  pmid?: string
  title: string
  url?: string
  volume?: string
  year?: number
}

const doiPattern = /\b(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/[^\s"<>]+)/i
const pmidPattern =
  /\bPMID:?\s*(\d{1,9})\b|pubmed\.ncbi\.nlm\.nih\.gov\/(\d{1,9})|ncbi\.nlm\.nih\.gov\/pubmed\/(\d{1,9})/i
const urlPattern = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]}'’”]/i
/** Identifier and link noise that follows a citation, cut before the title is read. */
const trailingNoise =
  /\s*(?:\b(?:doi:?\s*10\.|https?:\/\/|PMID:?|PMCID:?|\[PubMed\]|\[Google Scholar\]|\[CrossRef\]|Available (?:at|from):?|Published\s+(?:online\s+)?\d)).*$/i

const vancouverAuthor = String.raw`[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)*\s[\p{Lu}]{1,3}(?:\s(?:Jr|Sr|II|III))?`
const vancouverAuthors = new RegExp(
  String.raw`^((?:${vancouverAuthor},\s*)*(?:${vancouverAuthor}|et\s+al))\.\s+(.+)$`,
  'u',
)
const vancouverSource = /^(.+?)\.\s*((?:19|20)\d{2})[^;.]*(?:;\s*([\w-]+)(?:\(([\w-]+)\))?(?::\s*([\w–-]+))?)?/
const apaLead = /^(.+?)\s\(((?:19|20)\d{2})[a-z]?(?:,[^)]*)?\)\.\s+(.+)$/
const apaAuthor = /([\p{Lu}][\p{L}'’ -]*?),\s+((?:[\p{Lu}]\.\s?-?)+)/gu
const apaSource = /^([^,]+),\s*(\d+)(?:\((\w+)\))?(?:,\s*([\w–-]+))?/

const cleanDoi = (raw: string): string | undefined => normaliseDoi(raw.replace(/[.,;)\]]+$/, '')) ?? undefined

/** The title sentence at the start of text: up to the first full stop (a question or exclamation mark is kept). */
const firstSentence = (text: string): { rest: string; title: string } => {
  const stop = /[.?!](?=\s+\S|$)/.exec(text)
  if (!stop) return { rest: '', title: text.trim() }
  const title = text.slice(0, stop.index + (stop[0] === '.' ? 0 : 1)).trim()
  return { rest: text.slice(stop.index + 1).trim(), title }
}

const vancouver = (text: string): Partial<CitationFields> | undefined => {
  const lead = vancouverAuthors.exec(text)
  if (!lead) return undefined
  const authors = lead[1]
    .split(/,\s*/)
    .filter((part) => !/^et\s+al$/i.test(part))
    .map((part) => {
      const match = /^(.*)\s([\p{Lu}]{1,3})(?:\s(Jr|Sr|II|III))?$/u.exec(part)
      return match ? { family: match[1], given: match[2], ...(match[3] ? { suffix: match[3] } : {}) } : { family: part }
    })
  const { rest, title } = firstSentence(lead[2])
  const source = vancouverSource.exec(rest)
  return {
    authors,
    issue: source?.[4],
    journal: source?.[1].trim(),
    pages: source?.[5],
    title,
    volume: source?.[3],
    year: source ? Number(source[2]) : undefined,
  }
}

const apa = (text: string): Partial<CitationFields> | undefined => {
  const lead = apaLead.exec(text)
  if (!lead || !lead[1].includes(',')) return undefined
  const authors = [...lead[1].matchAll(apaAuthor)].map((match) => ({
    family: match[1].replace(/^(?:&|and)\s+/, '').trim(),
    given: match[2].replace(/\s+/g, ''),
  }))
  const { rest, title } = firstSentence(lead[3])
  const source = apaSource.exec(rest)
  return {
    authors,
    issue: source?.[3],
    journal: source?.[1].trim(),
    pages: source?.[4],
    title,
    volume: source?.[2],
    year: Number(lead[2]),
  }
}

export const parseCitation = (input: string): CitationFields => {
  const text = input.replace(/\s+/g, ' ').trim()
  const doiMatch = doiPattern.exec(text)
  const pmidMatch = pmidPattern.exec(text)
  const pmid = pmidMatch ? (normalisePmid(pmidMatch[1] ?? pmidMatch[2] ?? pmidMatch[3]) ?? undefined) : undefined
  const url = urlPattern.exec(text)?.[0]
  const bare = text
    .replace(/^\[?\d{1,3}[.)\]]\s+/, '')
    .replace(trailingNoise, '')
    .trim()
  const formatted = vancouver(bare) ?? apa(bare)
  const title = (formatted?.title ?? bare).replace(/\s*[.]$/, '').trim()
  return {
    ...formatted,
    doi: doiMatch ? cleanDoi(doiMatch[1]) : undefined,
    pmid,
    title: title || text,
    url,
  }
}
