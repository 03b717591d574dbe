import type { Clinic } from '../../payload-types'

/** The clinic website's origin (its first domain), where articles live at /blog/<slug>. */
export const clinicSiteUrl = (clinic: Pick<Clinic, 'domains'>): string | undefined => {
  const domain = clinic.domains?.[0]
  if (!domain) return undefined
  return /^https?:\/\//.test(domain) ? domain.replace(/\/$/, '') : `https://${domain}`
}

export const articleUrl = (clinic: Pick<Clinic, 'domains'>, slug: string): string =>
  `${clinicSiteUrl(clinic) ?? ''}/blog/${slug}`
