import type { Payload } from 'payload'

/**
 * What a reader can see changes in steps: every publish, unpublish, delete, global update or
 * media change is one step. The published-read cache keeps the generation each entry was made
 * in and serves it only while that is still the current generation and the generation is
 * trusted — i.e. this process is sure it would have heard of every change (its LISTEN
 * connection to PostgreSQL is up). Other processes' changes arrive as `advance` calls from
 * the listener; this process's own changes call `advance` directly and notify the others.
 */
export class ContentGeneration {
  #current = 1
  #trusted = true
  #listeners = new Set<(generation: number, reason: string) => void>()

  /** The generation a response made now belongs to. */
  get current(): number {
    return this.#current
  }

  /** False while this process might have missed a change made by another one. */
  get trusted(): boolean {
    return this.#trusted
  }

  /** Something a reader can see changed: everything cached before now is stale. */
  advance(reason: string): number {
    this.#current += 1
    for (const listener of this.#listeners) listener(this.#current, reason)
    return this.#current
  }

  /** The change feed was lost: nothing cached can be confirmed current until `trust()`. */
  distrust(reason: string): void {
    this.#trusted = false
    this.advance(reason)
  }

  /** The change feed is back: what is cached from now on can be trusted again. */
  trust(reason: string): void {
    this.advance(reason)
    this.#trusted = true
  }

  onAdvance(listener: (generation: number, reason: string) => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }
}

// One per Payload instance: hooks only see `req.payload`, and a test may run two servers in one process.
const generations = new WeakMap<Payload, ContentGeneration>()

export function contentGenerationOf(payload: Payload): ContentGeneration {
  let generation = generations.get(payload)
  if (!generation) {
    generation = new ContentGeneration()
    generations.set(payload, generation)
  }
  return generation
}
