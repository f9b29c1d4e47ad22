import { AsyncLocalStorage } from 'node:async_hooks'
import type { IncomingMessage, ServerResponse } from 'node:http'

/** The request being served, visible to every log line written while serving it (Payload's too). */
export type RequestContext = { requestId: string; req: IncomingMessage; res: ServerResponse }

const storage = new AsyncLocalStorage<RequestContext>()

export function runWithRequestContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work)
}

export function currentRequest(): RequestContext | undefined {
  return storage.getStore()
}

/** The client hung up before the whole answer was sent: nobody is waiting for it any more. */
export function clientHasGone({ req, res }: Pick<RequestContext, 'req' | 'res'>): boolean {
  // Not req.destroyed: a request is destroyed as soon as its body has been read.
  return !res.writableFinished && (res.destroyed || Boolean(req.socket?.destroyed))
}
