/**
 * Per-device settings of the kiosk. The deployment sets the idle time (KIOSK_IDLE_SECONDS, checked
 * at server start); a tablet's URL may override it and the start language:
 * `/kiosk?idle=120&lang=en`. Values out of bounds are ignored, never clamped silently.
 */
import type { KioskLanguage } from './types'

export const DEFAULT_IDLE_SECONDS = 90
export const MIN_IDLE_SECONDS = 5
export const MAX_IDLE_SECONDS = 3600
export const DEFAULT_LANGUAGE: KioskLanguage = 'th'

/**
 * Whole seconds within the bounds, or undefined for anything else ("", "1.5", "abc", "4", "9999").
 * Read as Number() reads it, like the server's check of KIOSK_IDLE_SECONDS.
 */
export function parseIdleSeconds(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined
  const seconds = Number(value)
  return Number.isInteger(seconds) && seconds >= MIN_IDLE_SECONDS && seconds <= MAX_IDLE_SECONDS ? seconds : undefined
}

export function parseLanguage(value: string | null | undefined): KioskLanguage | undefined {
  return value === 'en' || value === 'th' ? value : undefined
}

export type KioskOptions = { idleSeconds: number; defaultLanguage: KioskLanguage }

/** The options of this device: its URL's `idle` and `lang`, else the deployment's defaults. */
export function kioskOptions(search: string | URLSearchParams, deploymentIdleSeconds: number): KioskOptions {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search
  return {
    idleSeconds: parseIdleSeconds(params.get('idle')) ?? deploymentIdleSeconds,
    defaultLanguage: parseLanguage(params.get('lang')) ?? DEFAULT_LANGUAGE,
  }
}
