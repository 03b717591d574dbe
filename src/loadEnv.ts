// Imported first by every entry point, so .env is read before the Payload config reads process.env.
import fs from 'node:fs'

if (fs.existsSync('.env')) process.loadEnvFile('.env')
