// DOIs and PubMed IDs arrive in many spellings; the library stores one.

/** "https://doi.org/10.1056/NEJMoa2302399", "doi: 10.1056/nejmoa2302399" → "10.1056/nejmoa2302399" (DOIs are case-insensitive). */
export const normaliseDoi = (value: unknown): null | string | undefined => {
  if (value === null || value === undefined) return value
  if (typeof value !== 'string') return undefined
  const doi = value
    .trim()
    .replace(/^(?:https?:\/\/)?(?:dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '')
    .trim()
    .toLowerCase()
  return doi || null
}

/** "PMID: 37224232", "https://pubmed.ncbi.nlm.nih.gov/37224232/" → "37224232". */
export const normalisePmid = (value: unknown): null | string | undefined => {
  if (value === null || value === undefined) return value
  if (typeof value === 'number' && Number.isInteger(value)) return String(value)
  if (typeof value !== 'string') return undefined
  const pmid = value
    .trim()
    .replace(/^https?:\/\/(?:www\.)?(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov\/pubmed)\//i, '')
    .replace(/^pmid:?\s*/i, '')
    .replace(/\/$/, '')
    .trim()
  return pmid || null
}
