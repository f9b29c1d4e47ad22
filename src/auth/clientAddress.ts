import type { RequestHandler } from 'express'
import net from 'node:net'
import type { PayloadRequest } from 'payload'

/**
 * The client's address, as express works it out under the TRUST_PROXY setting (`req.ip`), handed
 * to Payload's hooks in a header of ours. Whatever a client sends under that name is replaced, so
 * it cannot choose its own address.
 */
export const CLIENT_ADDRESS_HEADER = 'x-clinic-client-address'

export function stampClientAddress(): RequestHandler {
  return (req, _res, next) => {
    req.headers[CLIENT_ADDRESS_HEADER] = req.ip ?? req.socket.remoteAddress ?? 'unknown'
    next()
  }
}

/**
 * The address of an HTTP request (REST or GraphQL) as the throttle counts it; undefined for the
 * Local API (scripts, seeding, Payload calling itself), which no outside client can reach.
 */
export function clientAddressOf(req: PayloadRequest): string | undefined {
  if (req.payloadAPI !== 'REST' && req.payloadAPI !== 'GraphQL') return undefined
  return throttledAddress(req.headers?.get(CLIENT_ADDRESS_HEADER) ?? 'unknown')
}

/**
 * IPv4 as it is (also when written IPv4-mapped, `::ffff:1.2.3.4`); IPv6 by its /64 network, since
 * one subscriber usually holds a whole /64 and could otherwise take a fresh address per attempt.
 */
export function throttledAddress(address: string): string {
  const mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i)
  if (mapped) return mapped[1]!
  if (!net.isIPv6(address)) return address
  const [head = '', tail = ''] = address.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left
  return `${groups
    .slice(0, 4)
    .map((group) => (parseInt(group, 16) || 0).toString(16))
    .join(':')}::/64`
}
