import type { Access, FieldAccess } from 'payload'

/** For records only the server writes (through the local API), never a client. */
export const nobody: Access = () => false

/** The same for a field: only system writes (overrideAccess) set it. */
export const nobodyFieldLevel: FieldAccess = () => false
