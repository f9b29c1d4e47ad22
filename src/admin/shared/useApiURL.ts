'use client'

import { useConfig } from '@payloadcms/ui'

/** The API's base URL as the admin's own requests reach it (server URL + API route). */
export function useApiURL(): string {
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  return `${serverURL ?? ''}${api}`
}
