// Every body sent to /api or /v1 passes here first: it is read up to the size limit (413 beyond), and a JSON body
// — or the `_payload` JSON part of a multipart upload — must be a JSON object nested no deeper than the depth limit
// (400 otherwise). Payload then reads the buffered copy
// (res.locals.body), so no handler ever parses an unbounded body.
import type { RequestHandler } from 'express'

import { problem, sendProblem } from '@/delivery/problem'
import { jsonDepthOf } from '@/utilities/jsonDepthOf'

import { readLimitedBody } from './readLimitedBody'
import { requestLimits } from './requestLimits'

const hasBody = (method: string) => method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS'

const isJson = (contentType: string) => /^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType)
const isMultipart = (contentType: string) => /^multipart\/form-data\b/i.test(contentType)

/** Why a JSON body is refused, or null when it may go on. */
const jsonProblem = (text: string): null | string => {
  if (jsonDepthOf(text, requestLimits.jsonDepth) > requestLimits.jsonDepth)
    return `it nests deeper than ${requestLimits.jsonDepth} levels.`
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return 'it is not valid JSON.'
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'it must be a JSON object ({ … }).'
  return null
}

/**
 * The `_payload` part of a multipart body, which Payload would JSON.parse unguarded (a 500 when it is not JSON).
 * A body that cannot be parsed as multipart at all is left to Payload, which refuses it with a 4xx.
 */
const multipartPayloadOf = async (body: Buffer, contentType: string): Promise<null | string> => {
  try {
    const form = await new Response(new Uint8Array(body), { headers: { 'Content-Type': contentType } }).formData()
    const part = form.get('_payload')
    return typeof part === 'string' ? part : null
  } catch {
    return null
  }
}

const partProblemOf = async (body: Buffer, contentType: string): Promise<null | string> => {
  const part = await multipartPayloadOf(body, contentType)
  return part === null ? null : jsonProblem(part)
}

export const limitRequestBody: RequestHandler = (req, res, next) => {
  const isChunked = Boolean(req.headers['transfer-encoding'])
  if (!hasBody(req.method) && !req.headers['content-length'] && !isChunked) return next()
  const contentType = req.headers['content-type'] ?? ''
  const limit = isMultipart(contentType) ? requestLimits.uploadBytes : requestLimits.requestBytes
  readLimitedBody(req, limit).then(async (read) => {
    if (read.isTooLarge) {
      sendProblem(
        res,
        {
          detail: `The request body is larger than ${limit} bytes.`,
          status: 413,
          title: 'Request too large',
          type: 'https://vetted.example/problems/too-large',
        },
        { Connection: 'close' },
      )
      return
    }
    if (isJson(contentType) && read.body.length > 0) {
      const reason = jsonProblem(read.body.toString('utf8'))
      if (reason) return sendProblem(res, problem.badParameter('body', reason))
    }
    if (isMultipart(contentType) && read.body.length > 0) {
      const reason = await partProblemOf(read.body, contentType)
      if (reason) return sendProblem(res, problem.badParameter('_payload', reason))
    }
    res.locals.body = read.body
    next()
  }, next)
}
