// What an inline citation or claim shows inside the editor: the work cited (first author, year, title) or the
// claim's wording, with its library status, so a writer sees at a glance what a sentence rests on.
import type { UIFieldServerProps } from 'payload'

import React from 'react'

import { idOf } from '@/utilities/idOf'

import { claimStatuses } from '../../collections/Claims/options'
import { vettingStatuses } from '../../collections/References/options'

type Props = UIFieldServerProps & { kind: 'citation' | 'claim' }

const labelOf = (options: { label: string; value: string }[], value: null | string | undefined) =>
  options.find((option) => option.value === value)?.label ?? value ?? ''

const describe = async ({ kind, req, siblingData }: Props): Promise<{ status: string; text: string } | undefined> => {
  const value = (siblingData as Record<string, unknown> | undefined)?.[kind === 'citation' ? 'reference' : 'claim']
  if (!value) return undefined
  // The writer's own access applies: a label never shows what the user could not read.
  const read = { depth: 0, disableErrors: true, id: idOf(value), overrideAccess: false, req, user: req.user } as const
  if (kind === 'claim') {
    const claim = await req.payload.findByID({ ...read, collection: 'claims' })
    return claim ? { status: labelOf(claimStatuses, claim.status), text: claim.statement } : undefined
  }
  const reference = await req.payload.findByID({ ...read, collection: 'references' })
  if (!reference) return undefined
  const firstAuthor = reference.authors?.[0]?.family
  const byline = [
    firstAuthor && (reference.authors!.length > 1 ? `${firstAuthor} et al.` : firstAuthor),
    reference.year,
  ]
    .filter(Boolean)
    .join(' ')
  return {
    status: labelOf(vettingStatuses, reference.vettingStatus),
    text: [byline, reference.title].filter(Boolean).join(': '),
  }
}

export const LibraryBlockLabel = async (props: Props) => {
  const described = await describe(props)
  const name = props.kind === 'citation' ? 'Citation' : 'Claim'
  if (!described) return <span>{name}</span>
  return (
    <span
      data-testid={`inline-${props.kind}`}
      style={{
        display: 'inline-block',
        maxWidth: '28em',
        overflow: 'hidden',
        textOverflow: 'ellipsis',
        verticalAlign: 'bottom',
        whiteSpace: 'nowrap',
      }}
      title={`${described.text} (${described.status})`}
    >
      {name} · {described.status} · {described.text}
    </span>
  )
}
