import {
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql'

/** What the walkers need to resolve fragments and argument values of one operation. */
export type Walk = {
  schema: GraphQLSchema
  fragments: Record<string, FragmentDefinitionNode>
  variables: Record<string, unknown>
}

export type FieldVisit = {
  node: FieldNode
  /** Undefined for fields the schema does not know (validation reports those itself). */
  definition: GraphQLField<unknown, unknown> | undefined
  /** The object type of the field's own selection, when it has one. */
  childType: GraphQLCompositeType | undefined
}

/**
 * The fields a selection set selects, with fragments and inline fragments flattened into it.
 * A fragment that spreads itself (invalid, reported by GraphQL's own rules) is visited once.
 */
export function fieldsOf(walk: Walk, selectionSet: SelectionSetNode, parentType: GraphQLCompositeType, seen = new Set<string>()): FieldVisit[] {
  const fields: FieldVisit[] = []
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const definition = fieldDefinition(parentType, selection.name.value)
      const named = definition ? getNamedType(definition.type) : undefined
      const childType = named && (isObjectType(named) || isAbstractType(named)) ? named : undefined
      fields.push({ node: selection, definition, childType })
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typeName = selection.typeCondition?.name.value
      const type = typeName ? (walk.schema.getType(typeName) as GraphQLCompositeType | undefined) : parentType
      if (type) fields.push(...fieldsOf(walk, selection.selectionSet, type, seen))
    } else {
      const name = selection.name.value
      const fragment = walk.fragments[name]
      if (!fragment || seen.has(name)) continue
      const type = walk.schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined
      if (type) fields.push(...fieldsOf(walk, fragment.selectionSet, type, new Set([...seen, name])))
    }
  }
  return fields
}

function fieldDefinition(parentType: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (isAbstractType(parentType)) return undefined // only __typename is selectable without a fragment
  return parentType.getFields()[name]
}

/** The field's arguments with variables and defaults applied; empty when they are invalid. */
export function argumentsOf(walk: Walk, visit: FieldVisit): Record<string, unknown> {
  if (!visit.definition) return {}
  try {
    return getArgumentValues(visit.definition, visit.node, walk.variables)
  } catch {
    return {} // a wrong argument is reported by GraphQL's own validation
  }
}
