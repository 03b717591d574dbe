import { describe, expect, it } from 'vitest'

import { assertMongoReplicaSet } from '@/db/assertMongoReplicaSet'

describe('assertMongoReplicaSet', () => {
  it('stops start-up for a standalone mongodb:// URI with a message that says how to fix it', () => {
    // Arrange
    const uri = 'mongodb://localhost:27017/vetted'

    // Act
    const check = () => assertMongoReplicaSet(uri)

    // Assert
    expect(check).toThrow(Error)
    expect(check).toThrow(/replicaSet/)
    expect(check).toThrow(/docker compose/)
    expect(check).toThrow(/mongodb\+srv:\/\//)
  })

  it.each([
    ['other options but no replicaSet', 'mongodb://localhost:27017/vetted?authSource=admin&retryWrites=true'],
    ['an empty replicaSet', 'mongodb://localhost:27017/vetted?replicaSet='],
    ['an empty lower-case replicaset', 'mongodb://localhost:27017/vetted?replicaset='],
    ['credentials but no options', 'mongodb://user:secret@mongo:27017/vetted'],
    ['replicaSet in the path instead of the query', 'mongodb://mongo:27017/replicaSet=rs0'],
  ])('throws for a mongodb:// URI with %s', (_, uri) => {
    // Act
    const check = () => assertMongoReplicaSet(uri)

    // Assert
    expect(check).toThrow(/replica set/)
  })

  it.each([
    ['?replicaSet=rs0', 'mongodb://mongo:27017/vetted?replicaSet=rs0'],
    ['replicaSet after other options', 'mongodb://user:secret@mongo:27017/vetted?authSource=admin&replicaSet=rs0'],
    ['a lower-case ?replicaset=rs0, which the driver accepts', 'mongodb://mongo:27017/vetted?replicaset=rs0'],
    ['an upper-case ?REPLICASET=rs0', 'mongodb://mongo:27017/vetted?authSource=admin&REPLICASET=rs0'],
    ['several hosts and a replicaSet', 'mongodb://mongo-a:27017,mongo-b:27017,mongo-c:27017/vetted?replicaSet=rs0'],
    [
      'an Atlas mongodb+srv:// URI',
      'mongodb+srv://user:secret@cluster0.abcde.mongodb.net/vetted?retryWrites=true&w=majority',
    ],
    ['a bare mongodb+srv:// URI', 'mongodb+srv://cluster0.abcde.mongodb.net/vetted'],
  ])('lets a URI with %s pass', (_, uri) => {
    // Act
    const check = () => assertMongoReplicaSet(uri)

    // Assert
    expect(check).not.toThrow()
  })
})
