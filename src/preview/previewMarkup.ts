// The preview page's markup: the delivered article as a clinic site lays it out, under a PREVIEW mark and the notes
// on what the site would not show. Every text is escaped here; the body and reference HTML come sanitised from the
// delivery renderer and go in as they are, so the page holds nothing the post could inject.
import escapeHtml from 'escape-html'

import type { DeliveredArticle } from '@/delivery/openapi/schemas'

import { isSafeUrl } from '@/utilities/safeUrl'

const text = (value: null | string | undefined) => escapeHtml(value ?? '')
const when = (value: null | string | undefined) =>
  value ? new Date(value).toLocaleDateString('en-US', { dateStyle: 'long', timeZone: 'UTC' }) : ''
const link = (href: null | string | undefined, label: string) =>
  href && isSafeUrl(href) ? `<a href="${text(href)}">${text(label)}</a>` : text(label)

const crisisOf = ({ clinic }: DeliveredArticle) => {
  const contact = clinic.crisisContact
  const actions = contact
    ? ` ${link(contact.tel, `Call ${contact.number}`)}${contact.sms ? ` · ${link(contact.sms, 'Text')}` : ''}`
    : ''
  return `<aside class="crisis-line" data-testid="crisis-line"><strong>${text(clinic.crisisLine)}</strong>${actions}</aside>`
}

const reviewerOf = ({ lastReviewedAt, medicalReviewer, nextReviewDue }: DeliveredArticle) => {
  if (!medicalReviewer) return ''
  const credentials = [medicalReviewer.credentials?.degree, medicalReviewer.credentials?.specialty]
    .filter(Boolean)
    .join(', ')
  const dates = [
    lastReviewedAt && `Last reviewed ${when(lastReviewedAt)}`,
    nextReviewDue && `next review due ${when(nextReviewDue)}`,
  ]
    .filter(Boolean)
    .join('; ')
  return [
    '<section class="medical-reviewer" data-testid="medical-reviewer"><h2>Medically reviewed by</h2>',
    `<p><strong>${link(medicalReviewer.url, medicalReviewer.name)}</strong>${credentials ? `, ${text(credentials)}` : ''}</p>`,
    medicalReviewer.bio ? `<p>${text(medicalReviewer.bio)}</p>` : '',
    dates ? `<p>${text(dates)}</p>` : '',
    '</section>',
  ].join('')
}

const referencesOf = ({ references }: DeliveredArticle) =>
  references.length === 0
    ? ''
    : `<section class="references" data-testid="references"><h2>References</h2><ol>${references
        .map((reference) => `<li id="${text(reference.anchor)}" value="${reference.number}">${reference.html}</li>`)
        .join('')}</ol></section>`

export const previewMarkup = ({ article, notes }: { article: DeliveredArticle; notes: string[] }): string => {
  const { author, clinic, excerpt, heroImage, html, title } = article
  const byline = author ? `By ${author.name}${author.credentials ? `, ${author.credentials}` : ''}` : ''
  return [
    '<p class="preview-mark" data-testid="preview-mark" role="status"><strong>Preview</strong> — the latest saved version, as ',
    `${text(clinic.name)}’s site would render it. This is not what is live.</p>`,
    notes.length
      ? `<section class="preview-notes" data-testid="preview-notes"><h2>What the site would not show</h2><ul>${notes
          .map((note) => `<li>${text(note)}</li>`)
          .join('')}</ul></section>`
      : '',
    crisisOf(article),
    '<article>',
    `<header><h1 data-testid="preview-title">${text(title)}</h1>`,
    excerpt ? `<p class="excerpt">${text(excerpt)}</p>` : '',
    byline ? `<p class="byline">${text(byline)}</p>` : '',
    '</header>',
    heroImage
      ? `<img class="hero" alt="${text(heroImage.alt)}" src="${text(heroImage.url)}" srcset="${text(heroImage.srcset)}" sizes="(max-width: 48rem) 100vw, 48rem" />`
      : '',
    `<div class="body" data-testid="preview-body">${html}</div>`,
    reviewerOf(article),
    referencesOf(article),
    '</article>',
    clinic.consultation
      ? `<p class="consultation">${link(clinic.consultation.url, clinic.consultation.label)}</p>`
      : '',
    clinic.disclaimer ? `<footer class="disclaimer" data-testid="disclaimer">${text(clinic.disclaimer)}</footer>` : '',
  ].join('')
}
