import type { Clinic } from '../../payload-types'

import { clinicSiteUrl } from './clinicSiteUrl'

/** What every article carries of its clinic: who publishes it, where to get help, how to book, the disclaimer. */
export const serializeClinic = (clinic: Clinic) => ({
  consultation: clinic.consultation?.url
    ? { label: clinic.consultation.label ?? 'Book a consultation', url: clinic.consultation.url }
    : null,
  crisisLine: clinic.crisisLine,
  disclaimer: clinic.disclaimer ?? null,
  name: clinic.name,
  phone: clinic.phone ?? null,
  slug: clinic.slug,
  url: clinicSiteUrl(clinic) ?? null,
})
