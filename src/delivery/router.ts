// The /v1 delivery API for clinic websites.
import type { Router } from 'express'

import express from 'express'

import { readS3Settings } from '@/storage/readS3Settings'

import type { Delivery } from './delivery'

import { buildCachedResponse } from './cache/responseCache'
import { sendCached } from './cache/sendCached'
import { allowedMethods, answerPreflight } from './cors'
import { health } from './health'
import { openApiDocument } from './openapi/document'
import { problem, sendProblem } from './problem'
import { cachedRoute } from './route'
import { feedOf } from './routes/feeds'
import { getAuthor } from './routes/getAuthor'
import { getClinic } from './routes/getClinic'
import { getPost } from './routes/getPost'
import { getTopic } from './routes/getTopic'
import { listAuthors } from './routes/listAuthors'
import { listPosts } from './routes/listPosts'
import { listTopics } from './routes/listTopics'
import { serveMedia } from './routes/serveMedia'
import { sitemap } from './routes/sitemap'

export const deliveryRouter = (delivery: Delivery): Router => {
  const { payload } = delivery
  const router = express.Router({ caseSensitive: true, strict: false })
  router.use(answerPreflight(delivery.cors))
  router.get('/health', health(delivery))
  // Made once, as the cached answers are: compressed variants and a strong ETag for each, 304 when it is held.
  const openApi = buildCachedResponse({
    body: JSON.stringify(openApiDocument()),
    cacheControl: 'public, max-age=300',
    contentType: 'application/json; charset=utf-8',
  })
  // Public and keyless: any page may read it (Swagger UI, Redoc or a client generator on another origin).
  router.get('/openapi.json', (req, res) => sendCached(req, res, openApi, { 'Access-Control-Allow-Origin': '*' }))
  router.get('/media/:filename', serveMedia({ payload, s3: readS3Settings() }))
  router.get('/posts', cachedRoute(delivery, listPosts))
  router.get('/posts/:slug', cachedRoute(delivery, getPost))
  router.get('/authors', cachedRoute(delivery, listAuthors))
  router.get('/authors/:slug', cachedRoute(delivery, getAuthor))
  router.get('/topics', cachedRoute(delivery, listTopics))
  router.get('/topics/:slug', cachedRoute(delivery, getTopic))
  router.get('/clinic', cachedRoute(delivery, getClinic))
  router.get('/feed.xml', cachedRoute(delivery, feedOf('rss')))
  router.get('/feed.atom', cachedRoute(delivery, feedOf('atom')))
  router.get('/feed.json', cachedRoute(delivery, feedOf('json')))
  router.get('/sitemap.xml', cachedRoute(delivery, sitemap))
  router.use((req, res) =>
    req.method === 'GET' || req.method === 'HEAD'
      ? sendProblem(res, problem.notFound())
      : sendProblem(
          res,
          { detail: 'The delivery API is read-only: use GET.', status: 405, title: 'Method not allowed' },
          { Allow: allowedMethods },
        ),
  )
  return router
}
