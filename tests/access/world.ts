import type { TestServer } from '../helpers/testServer'
import { documentIn, type Actors, type Document } from './fixtures'
import type { Content, Outcome, Role, State } from './policy'
import { leaksIn, messageOf, type Cell, type Checked } from './requests'

/** Everything the matrix runs against: the server, its staff, and the documents in each state. */
export type World = {
  server: TestServer
  actors: Actors
  /** One document per medical collection and state, each with its newest version's id. */
  docs: Array<Document & { versionId: number }>
  image: number
  /** One record of each workflow collection. */
  records: Record<'review-states' | 'review-events' | 'translation-states', number>
  /** A fresh document in a state, for a cell whose allowed write would change the shared one. */
  fresh: (collection: Content, state: State) => Promise<Document>
}

export const makeFresh = (server: TestServer, actors: Actors) => (collection: Content, state: State) => documentIn(server, actors, collection, state)

/** A cell's request: a function that checks one or more cells. */
export type Probe = () => Promise<Checked[]>

/** A checked cell; `body` is scanned for what `cell.role` may not see. */
export function checked(world: World, cell: Omit<Cell, 'expected'> & { expected: Outcome }, actual: string, body?: unknown): Checked {
  return { ...cell, actual, leaks: body === undefined ? [] : leaksIn(cell.role, body, world.actors.emails), message: messageOf(body) }
}

export const tokenOf = (world: World, role: Role) => world.actors.tokens[role]

/** The i-th item of a list, round and round: how cells that would repeat an expensive write spread over states and collections. */
export const rotate = <T>(list: readonly T[], index: number): T => list[index % list.length]
