// Where an editor checks a reference: its DOI, PubMed record and web address as links, beside the fields that
// store them as text.
import type { UIFieldServerProps } from 'payload'

import React from 'react'

import type { Reference } from '@/payload-types'

import { isHttpUrl } from '@/utilities/safeUrl'

export const ReferenceLinks = ({ data }: UIFieldServerProps) => {
  const reference = (data ?? {}) as Partial<Reference>
  const links = [
    reference.doi ? { href: `https://doi.org/${reference.doi}`, label: `DOI ${reference.doi}` } : null,
    reference.pmid
      ? { href: `https://pubmed.ncbi.nlm.nih.gov/${reference.pmid}/`, label: `PubMed ${reference.pmid}` }
      : null,
    reference.url && isHttpUrl(reference.url) ? { href: reference.url, label: 'Web page' } : null,
  ].filter((link): link is { href: string; label: string } => Boolean(link))
  if (!links.length) return null
  return (
    <p data-testid="reference-links" style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--base)' }}>
      {links.map(({ href, label }) => (
        <a href={href} key={href} rel="noopener noreferrer" target="_blank">
          {label}
        </a>
      ))}
    </p>
  )
}
