import type { CollectionConfig } from 'payload'

import { Authors } from './Authors'
import { Claims } from './Claims'
import { Clinics } from './Clinics'
import { Media } from './Media'
import { Posts } from './Posts'
import { References } from './References'
import { ReviewEvents } from './ReviewEvents'
import { Topics } from './Topics'
import { Users } from './Users'

export const collections: CollectionConfig[] = [Posts, Authors, Media, References, Claims, Topics, ReviewEvents, Clinics, Users]
