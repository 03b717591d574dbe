// The shapes of the demo network's data: clinics, authors, topics, library claims and posts.
export type SeedClinic = {
  slug: string
  name: string
  domains: string[]
  address: { street: string; city: string; region: string; postalCode: string; country: string }
  phone: string
  crisisLine: string
  services: string[]
  consultation: { label: string; url: string }
  disclaimer: string
  /** `#rrggbb` */
  brandColour: string
}

export type SeedAuthor = {
  /** clinic slug */
  clinic: string
  slug: string
  name: string
  credentials: string
  jobTitle: string
  bio: string
}

export type SeedTopic = { slug: string; name: string; description: string }

export type SeedClaim = {
  /** stable identifier used by posts */
  key: string
  statement: string
  /** topic slugs */
  topics: string[]
  /** DOIs from references.json */
  references: string[]
  status: 'approved' | 'pending' | 'rejected' | 'draft'
  /** reviewer's note (required for rejected) */
  note?: string
}

export type SeedPost = {
  clinic: string
  slug: string
  title: string
  excerpt: string
  topics: string[]
  /** author slug of the same clinic */
  author: string
  state: 'published' | 'approved' | 'in_review' | 'changes_requested' | 'draft'
  /** Markdown subset, see the comment at the top of this file */
  body: string
  seo: { title: string; description: string }
  /**
   * The flagged sentences the demo editor accepts without a citation, each with the reason. Only posts the seed
   * signs off (approved, published) have them; the seed fails if one matches no flagged sentence, or if a flagged
   * sentence is neither supported nor listed here.
   */
  waivers?: SeedWaiver[]
}

/** One sentence a medical editor lets stand uncited: plain patient information or clinic practice, not a claim. */
export type SeedWaiver = {
  /** The flagged sentence, or a part of it that names exactly one flagged sentence of the post. */
  sentence: string
  /** Why it may stand without a citation, as the editor would write it on the post's thread. */
  note: string
}
