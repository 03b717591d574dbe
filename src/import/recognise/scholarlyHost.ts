// Hosts of journals, indexes and trial registries: a link there is to a study, anywhere else in a generic
// reference list to the press.

const hosts = [
  'academic.oup.com',
  'biorxiv.org',
  'bmj.com',
  'cambridge.org',
  'cell.com',
  'clinicaltrials.gov',
  'doi.org',
  'europepmc.org',
  'frontiersin.org',
  'jamanetwork.com',
  'jneurosci.org',
  'karger.com',
  'lww.com',
  'medrxiv.org',
  'mdpi.com',
  'nature.com',
  'ncbi.nlm.nih.gov',
  'nejm.org',
  'pnas.org',
  'plos.org',
  'psychiatryonline.org',
  'pubmed.ncbi.nlm.nih.gov',
  'researchgate.net',
  'sagepub.com',
  'science.org',
  'sciencedirect.com',
  'semanticscholar.org',
  'springer.com',
  'tandfonline.com',
  'thelancet.com',
  'wiley.com',
]

export const isScholarlyHost = (url: string): boolean => {
  try {
    const { hostname } = new URL(url)
    return hosts.some((host) => hostname === host || hostname.endsWith(`.${host}`))
  } catch {
    return false
  }
}
