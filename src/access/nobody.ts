import type { Access } from 'payload'

/** For records only the server writes (through the local API), never a client. */
export const nobody: Access = () => false
