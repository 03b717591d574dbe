import { passOn } from '../../feeds'

export const GET = () => passOn('/sitemap.xml')
