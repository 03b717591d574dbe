import type { Clinic } from '../../payload-types'

import { problem } from '../problem'

/** The clinic website's origin (its first domain), where articles live at /blog/<slug> and authors at /authors/<slug>. */
export const clinicSiteUrl = (clinic: Pick<Clinic, 'domains'>): string | undefined => {
  const domain = clinic.domains?.[0]
  if (!domain) return undefined
  return /^https?:\/\//.test(domain) ? domain.replace(/\/$/, '') : `https://${domain}`
}

export const articleUrl = (clinic: Pick<Clinic, 'domains'>, slug: string): string =>
  `${clinicSiteUrl(clinic) ?? ''}/blog/${slug}`

/** An author's page on the clinic site, beside the articles (the starter site serves it there). */
export const authorUrl = (clinic: Pick<Clinic, 'domains'>, slug: string): string =>
  `${clinicSiteUrl(clinic) ?? ''}/authors/${slug}`

/** Feeds and sitemaps list absolute addresses on the clinic's site: without a domain there are none to give. */
export const noSiteProblem = (what: 'feed' | 'sitemap') =>
  problem.notFound(
    `The clinic has no domain yet, so its ${what} has no addresses. An admin can add one in the clinic settings.`,
  )
