import type { CollectionBeforeOperationHook, GlobalBeforeOperationHook, Plugin } from 'payload'

import { stopWorkPastBudget } from '../hooks/stopWorkPastBudget'

/**
 * Every collection and global checks the request's time budget before each operation, so a query
 * that fans out into thousands of reads (nested GraphQL joins, deep population) stops at the
 * budget, or as soon as its client hangs up, instead of holding the database pool for minutes.
 * A plugin rather than a line in each collection: a collection added later is covered too.
 */
export const requestBudgetPlugin: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [stopWorkPastBudget as CollectionBeforeOperationHook, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    hooks: {
      ...global.hooks,
      beforeOperation: [stopWorkPastBudget as GlobalBeforeOperationHook, ...(global.hooks?.beforeOperation ?? [])],
    },
  })),
})
