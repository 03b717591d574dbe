import { describe, expect, it } from 'vitest'

import { databaseAdapter, databaseKind } from '@/db/adapter'

describe('databaseKind', () => {
  it.each([
    ['no URI', undefined],
    ['an empty URI', ''],
    ['a relative file: URI', 'file:./data/vetted.db'],
    ['an absolute file: URI', 'file:///var/lib/vetted/vetted.db'],
  ])('picks SQLite for %s', (_, uri) => {
    // Act
    const kind = databaseKind(uri)

    // Assert
    expect(kind).toBe('sqlite')
  })

  it.each([['postgres://vetted:secret@db:5432/vetted'], ['postgresql://vetted:secret@db:5432/vetted?sslmode=require']])(
    'picks PostgreSQL for %s',
    (uri) => {
      // Act
      const kind = databaseKind(uri)

      // Assert
      expect(kind).toBe('postgres')
    },
  )

  it.each([['mongodb://mongo:27017/vetted?replicaSet=rs0'], ['mongodb+srv://cluster0.abcde.mongodb.net/vetted']])(
    'picks MongoDB for %s',
    (uri) => {
      // Act
      const kind = databaseKind(uri)

      // Assert
      expect(kind).toBe('mongodb')
    },
  )

  it('refuses a mysql:// URI with an error that names the scheme it got and every scheme it accepts', () => {
    // Arrange
    const uri = 'mysql://vetted@db:3306/vetted'

    // Act
    const pick = () => databaseKind(uri)

    // Assert
    expect(pick).toThrow(Error)
    expect(pick).toThrow(/got "mysql:"/)
    for (const scheme of ['file:', 'mongodb://', 'mongodb+srv://', 'postgres://']) expect(pick).toThrow(scheme)
  })

  it('does not repeat the rest of a refused URI, which may hold a password', () => {
    // Arrange
    const uri = 'mysql://root:hunter2@db.internal:3306/vetted'

    // Act
    const pick = () => databaseKind(uri)

    // Assert
    expect(pick).toThrow(/DATABASE_URI/)
    expect(pick).not.toThrow(/hunter2/)
  })

  it.each([['sqlite:./data/vetted.db'], ['https://db.example/vetted'], ['./data/vetted.db']])(
    'refuses the unsupported URI %s',
    (uri) => {
      // Act
      const pick = () => databaseKind(uri)

      // Assert
      expect(pick).toThrow(/DATABASE_URI must start with/)
    },
  )
})

describe('databaseAdapter', () => {
  it('refuses a standalone MongoDB before building an adapter', () => {
    // Arrange
    const uri = 'mongodb://localhost:27017/vetted'

    // Act
    const build = () => databaseAdapter({ uri })

    // Assert
    expect(build).toThrow(/replicaSet/)
  })
})
