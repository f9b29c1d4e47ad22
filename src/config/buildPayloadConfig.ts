import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { th } from '@payloadcms/translations/languages/th'
import path from 'node:path'
import { buildConfig, type Config, type SanitizedConfig } from 'payload'
import sharp from 'sharp'

import { isAdminRequest } from '../access/isAdmin'
import { adminComponents } from '../admin/components'
import { Articles } from '../collections/Articles'
import { Conditions } from '../collections/Conditions'
import { Contraindications } from '../collections/Contraindications'
import { createMediaCollection } from '../collections/Media'
import { ReviewEvents } from '../collections/ReviewEvents'
import { ReviewStates } from '../collections/ReviewStates'
import { TranslationStates } from '../collections/TranslationStates'
import { TreatmentMethods } from '../collections/TreatmentMethods'
import { Users } from '../collections/Users'
import { createEmailAdapter } from '../email/emailAdapter'
import { answerDatabaseTroubleWith503 } from '../hooks/answerDatabaseTroubleWith503'
import { queryLimitsRule } from '../graphql/queryLimits'
import { requestBudgetPlugin } from '../limits/requestBudgetPlugin'
import { translateClientInputErrors } from '../errors/translateClientInputErrors'
import { guardScheduledPublishing } from '../hooks/onlyAdminsCancelScheduledPublishing'
import { guardSortsInEveryCollection } from '../hooks/refuseSortsOnHiddenFields'
import { ClinicProfile } from '../globals/ClinicProfile'
import { DEFAULT_LOCALE, LOCALES } from '../localization'
import { srcDir } from '../paths'
import { translationEndpoints } from '../translation/endpoints'
import { reviewQueueEndpoint } from '../workflow/reviewQueue'
import type { Env } from '../server/env'
import { createLogger } from '../server/logger'
import { loggingLevels, payloadLogger } from './payloadLogging'
import { clientInputErrorsFromDatabase } from './clientInputErrorsFromDatabase'
import { globalWithInputGuards, withInputGuards } from './inputGuards'

export type Connection = {
  databaseURI: string
  secret: string
}

/**
 * The whole Payload configuration, built from validated settings. The server calls it once its
 * database is known; `src/payload.config.ts` calls it for Next and the code generators.
 * A factory rather than a module that reads the environment on import: the server imports it
 * statically (Node 20 can hang on a dynamic import() of Payload's dependency graph) and only
 * knows the database URI after starting an embedded PostgreSQL.
 */
export async function buildPayloadConfig(env: Env, connection: Connection): Promise<SanitizedConfig> {
  // Cookies are only accepted from these origins (Payload's default accepts any).
  const trustedOrigins = [env.serverURL, ...env.corsOrigins]

  const config = await buildConfig({
    serverURL: env.serverURL,
    secret: connection.secret,
    telemetry: false,
    admin: {
      user: Users.slug,
      importMap: { baseDir: srcDir },
      meta: { titleSuffix: ' · Clinic CMS' },
      dateFormat: 'd MMM yyyy HH:mm',
      // Not Gravatar: it would send a hash of every staff email to a third party and break offline.
      avatar: 'default',
      components: adminComponents,
    },
    collections: [
      Articles,
      Conditions,
      TreatmentMethods,
      Contraindications,
      createMediaCollection({ staticDir: env.mediaDir }),
      Users,
      ReviewStates,
      ReviewEvents,
      TranslationStates,
    ].map(withInputGuards),
    globals: [ClinicProfile].map(globalWithInputGuards),
    endpoints: [reviewQueueEndpoint, ...translationEndpoints],
    // Front ends get related documents one level deep unless they ask for more.
    defaultDepth: 1,
    maxDepth: 4,
    editor: lexicalEditor(),
    localization: {
      locales: LOCALES.map(({ code, label }) => ({ code, label })),
      defaultLocale: DEFAULT_LOCALE,
      fallback: true,
      // Languages are reviewed and published one by one: the admin's main button publishes the
      // language being edited ("Publish in English"); "Publish all locales" is in its menu.
      defaultLocalePublishOption: 'active',
    },
    // The admin UI itself in English and Thai; each user picks a language in their account.
    i18n: {
      supportedLanguages: { en, th },
      fallbackLanguage: 'en',
    },
    // Database errors caused by the request's values (class 22) answer 400, not 500.
    db: clientInputErrorsFromDatabase(postgresAdapter({
      pool: {
        connectionString: connection.databaseURI,
        max: env.databasePoolMax,
        // A readiness probe must answer while the database is down, not wait forever for a connection.
        connectionTimeoutMillis: 5_000,
        // No statement may hold a connection for long, whatever asked for it; 0 turns it off.
        ...(env.databaseStatementTimeoutMs > 0 ? { statement_timeout: env.databaseStatementTimeoutMs } : {}),
        // A transaction left open by a crashed request must not keep its locks and connection.
        idle_in_transaction_session_timeout: 60_000,
      },
      // Production and every migrations-managed database apply src/migrations; push is an opt-in
      // for prototyping on a throwaway database (the server refuses it on a migrated one).
      push: env.databasePush,
      migrationDir: path.resolve(srcDir, 'migrations'),
    })),
    upload: {
      limits: { fileSize: env.mediaMaxFileSizeBytes },
    },
    cors: env.corsOrigins,
    csrf: trustedOrigins,
    graphQL: {
      schemaOutputFile: path.resolve(srcDir, 'generated-schema.graphql'),
      disablePlaygroundInProduction: true,
      disableIntrospectionInProduction: true,
      // Payload's own estimate: a flat amount per field and relation, so it bounds the size of a query
      // but not its work. Ours (queryLimitsRule) multiplies by page sizes and refuses deep or
      // fanned-out queries before they run; raising GRAPHQL_MAX_COST raises both.
      maxComplexity: Math.max(1000, env.graphqlLimits.maxCost),
      validationRules: (args) => [queryLimitsRule(args, env.graphqlLimits)],
    },
    typescript: {
      outputFile: path.resolve(srcDir, 'payload-types.ts'),
      // Generated by `npm run generate` and checked in CI, never as a side effect of starting.
      autoGenerate: false,
    },
    sharp,
    plugins: [requestBudgetPlugin],
    hooks: {
      // Errors that are not what Payload would say: the client's bad values (400, in its language),
      // and a database that is down or too slow (503).
      afterError: [translateClientInputErrors, answerDatabaseTroubleWith503],
    },
    custom: { reviewIntervalMonths: env.reviewIntervalMonths, databaseStatementTimeoutMs: env.databaseStatementTimeoutMs },
    // Scheduled publish and unpublish are jobs: every minute, the server runs those that are due
    // (only in processes started with cron, see src/server/runtime.ts; RUN_JOBS=false opts out).
    jobs: {
      autoRun: [{ cron: '* * * * *', allQueues: true, limit: 20 }],
      // GET /api/payload-jobs/run runs due jobs on demand: an operator's tool, not every signed-in user's.
      access: { run: isAdminRequest },
    },
    // Without EMAIL_SMTP_URL nothing is sent: development and tests capture emails (development
    // also logs them, reset links included); production logs a warning and refuses forgot-password.
    email: createEmailAdapter(env, createLogger(env.logLevel)),
    // Errors are logged by what they mean: a client's mistake (4xx) at info without a stack, a
    // client that hung up at debug, the server's faults at error with stack and request id.
    loggingLevels,
    logger: payloadLogger(env),
  })
  return guardScheduledPublishing(guardSortsInEveryCollection(config))
}
