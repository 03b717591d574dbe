import { passOn } from '../../feeds'

export const GET = () => passOn('/feed.xml')
