import { isHttpUrl } from '@/utilities/safeUrl'

import type { RenderReference } from './types'

export type ReferenceLinks = { doi?: string; pubmed?: string; url?: string }

const doiPattern = /^10\.\d{4,9}\/\S+$/
const pmidPattern = /^[1-9]\d{0,8}$/

/**
 * The public addresses of a reference: its DOI resolver link, its PubMed page and its own URL, each only when the
 * stored value is well-formed, so a malformed identifier never becomes a broken or hostile link.
 */
export const referenceLinks = (reference: Pick<RenderReference, 'doi' | 'pmid' | 'url'>): ReferenceLinks => {
  const links: ReferenceLinks = {}
  const doi = reference.doi?.trim()
  // Each path segment is encoded on its own: DOIs may hold "#", "?", "<" or spaces, but their "/" must stay.
  if (doi && doiPattern.test(doi)) links.doi = `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`
  const pmid = reference.pmid?.trim()
  if (pmid && pmidPattern.test(pmid)) links.pubmed = `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`
  const url = reference.url?.trim()
  if (url && isHttpUrl(url)) links.url = url
  return links
}
