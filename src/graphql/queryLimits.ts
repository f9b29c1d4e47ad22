import { GraphQLError, Kind, type ExecutionArgs, type FragmentDefinitionNode, type ValidationRule } from 'graphql'
import type { PayloadRequest } from 'payload'

import { translator, UI_LANGUAGES, type UiLanguage } from '../i18n'
import { messageLanguage } from '../server/negotiateLocale'
import { MAX_QUERY_COST, MAX_QUERY_DEPTH, type QueryLimits } from './limits'
import { selectionCost } from './queryCost'
import { selectionDepth } from './queryDepth'
import type { Walk } from './queryShape'

/** The language of the limit messages: the request's `?locale=`, else its `Accept-Language`. */
function languageOf(args: ExecutionArgs): UiLanguage {
  const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
  const query = req?.searchParams ?? new URLSearchParams()
  return messageLanguage(query, req?.headers?.get('accept-language') ?? undefined, UI_LANGUAGES, 'en') as UiLanguage
}

/**
 * Refuses, before anything runs, a query nested deeper than `maxDepth` or whose estimated database
 * work exceeds `maxCost`. GraphQL answers such a query with 400 and the message.
 */
export function queryLimitsRule(args: ExecutionArgs, limits: QueryLimits = { maxDepth: MAX_QUERY_DEPTH, maxCost: MAX_QUERY_COST }): ValidationRule {
  return (context) => ({
    Document: {
      leave(document) {
        const fragments: Record<string, FragmentDefinitionNode> = {}
        for (const definition of document.definitions) {
          if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition
        }
        const schema = context.getSchema()
        const walk: Walk = { schema, fragments, variables: (args.variableValues ?? {}) as Record<string, unknown> }
        const t = translator(languageOf(args), 'errors')
        for (const definition of document.definitions) {
          if (definition.kind !== Kind.OPERATION_DEFINITION) continue
          const root = definition.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType()
          if (!root) continue
          const depth = selectionDepth(walk, definition.selectionSet, root, limits.maxDepth)
          if (depth > limits.maxDepth) {
            context.reportError(new GraphQLError(t('graphqlTooDeep', { limit: limits.maxDepth }), { nodes: [definition] }))
            continue
          }
          const cost = selectionCost(walk, definition.selectionSet, root)
          if (cost > limits.maxCost) {
            context.reportError(new GraphQLError(t('graphqlTooCostly', { cost, limit: limits.maxCost }), { nodes: [definition] }))
          }
        }
      },
    },
  })
}
