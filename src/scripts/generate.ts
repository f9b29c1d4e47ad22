/**
 * Regenerates the committed artifacts from the Payload config: TypeScript types, the admin import
 * map and the GraphQL SDL. CI runs it and fails when git sees a difference.
 * Run from code, not the payload CLI, whose exit code is unreliable on Node 20.
 */
import { configToSchema } from '@payloadcms/graphql'
import { printSchema } from 'graphql'
import fs from 'node:fs'
import path from 'node:path'
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

import { loadConfigOffline } from './loadConfigOffline'
import { complain, say } from './say'

const config = await loadConfigOffline()

await generateTypes(config, { log: false })

await generateImportMap(config, { force: true, log: false })

const schemaFile = config.graphQL.schemaOutputFile
fs.writeFileSync(schemaFile, `${printSchema(configToSchema(config).schema)}\n`)

const importMapFile = path.join(config.admin.importMap.baseDir, 'app/(payload)/admin/importMap.js')
for (const file of [config.typescript.outputFile, importMapFile, schemaFile]) {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) {
    complain(`generate: ${file} was not written`)
    process.exit(1)
  }
  say(`generated ${path.relative(process.cwd(), file)}`)
}
process.exit(0)
