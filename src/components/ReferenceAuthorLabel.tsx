'use client'
// A reference's author row names the author ("Murrough, James W."), not "Author 01", so a collapsed list can be read.
import { useRowLabel } from '@payloadcms/ui'
import React from 'react'

export const ReferenceAuthorLabel = () => {
  const { data, rowNumber } = useRowLabel<{ family?: null | string; given?: null | string; suffix?: null | string }>()
  const name = [data?.family, data?.given].filter(Boolean).join(', ')
  return <span>{name ? `${name}${data?.suffix ? ` ${data.suffix}` : ''}` : `Author ${(rowNumber ?? 0) + 1}`}</span>
}
