import type { GraphQLCompositeType, SelectionSetNode } from 'graphql'

import { fieldsOf, type Walk } from './queryShape'

/**
 * How many fields deep a selection goes (`{ Articles { docs { title } } }` is 3). Introspection
 * (`__schema`, `__type`) is left out: its standard query nests type references a dozen levels
 * deep but reads no documents. Stops counting once past `limit`.
 */
export function selectionDepth(walk: Walk, selectionSet: SelectionSetNode, parentType: GraphQLCompositeType, limit: number, depth = 1): number {
  let deepest = 0
  for (const visit of fieldsOf(walk, selectionSet, parentType)) {
    if (visit.node.name.value.startsWith('__')) continue
    let reached = depth
    if (visit.node.selectionSet && visit.childType && depth <= limit) {
      reached = Math.max(depth, selectionDepth(walk, visit.node.selectionSet, visit.childType, limit, depth + 1))
    }
    deepest = Math.max(deepest, reached)
  }
  return deepest
}
