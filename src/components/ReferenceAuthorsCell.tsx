'use client'
// The authors column of the references list (and of the citation picker, which is that list): the AMA short form,
// "Anand A, et al", instead of a count of rows.
import type { DefaultCellComponentProps } from 'payload'

import React from 'react'

import type { Reference } from '@/payload-types'

import { amaShortAuthors } from '@/delivery/render/amaAuthorList'

export const ReferenceAuthorsCell = ({ cellData }: DefaultCellComponentProps) => (
  <span>{amaShortAuthors(Array.isArray(cellData) ? (cellData as Reference['authors']) : []) || '—'}</span>
)
