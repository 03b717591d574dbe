import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import Link from 'next/link'
import { connection } from 'next/server'

import { CrisisBanner } from '../components/CrisisBanner'
import { feedLinks } from '../feedLinks'
import { getClinic } from '../vetted'
import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const clinic = await getClinic()
  return {
    alternates: { types: feedLinks },
    description: `Articles from ${clinic.name}, each reviewed by a medical editor.`,
    title: { default: `${clinic.name} blog`, template: `%s | ${clinic.name}` },
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered per request from cached Vetted answers, so a webhook's revalidation shows on the next visit.
  await connection()
  const clinic = await getClinic()
  const logo = clinic.logo?.sizes['thumbnail'] ?? clinic.logo
  return (
    <html lang="en">
      <body style={clinic.brandColour ? ({ '--brand': clinic.brandColour } as object) : undefined}>
        <a className="skip" href="#main">
          Skip to the article
        </a>
        <CrisisBanner clinic={clinic} />
        <header className="site-header">
          <Link className="brand" href="/">
            {logo && clinic.logo ? <img alt="" height={40} src={logo.url} width={40} /> : null}
            {clinic.name}
          </Link>
          <nav aria-label="Site">
            <Link href="/">Articles</Link>
            {clinic.consultation ? (
              <a className="cta" href={clinic.consultation.url}>
                {clinic.consultation.label}
              </a>
            ) : null}
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          {clinic.disclaimer ? <p>{clinic.disclaimer}</p> : null}
          <p>
            {clinic.name}
            {clinic.address ? ` · ${[clinic.address.street, clinic.address.city].filter(Boolean).join(', ')}` : null}
            {clinic.phone ? (
              <>
                {' · '}
                <a href={`tel:${clinic.phone.replace(/[^\d+]/g, '')}`}>{clinic.phone}</a>
              </>
            ) : null}
          </p>
          <p>
            <a href="/feed.xml">RSS</a> · <a href="/feed.atom">Atom</a> · <a href="/feed.json">JSON Feed</a> ·{' '}
            <a href="/sitemap.xml">Sitemap</a>
          </p>
        </footer>
      </body>
    </html>
  )
}
