/** A clinic's contact channels as links a phone or browser can act on. */

export type ContactChannels = {
  phone?: string | null
  lineId?: string | null
  whatsapp?: string | null
  email?: string | null
  website?: string | null
  bookingUrl?: string | null
}

export type ContactKind = 'phone' | 'line' | 'whatsapp' | 'email' | 'website' | 'booking'

export type ContactLink = { kind: ContactKind; href: string; label: string }

export function contactLinks(contact: ContactChannels | null | undefined): ContactLink[] {
  if (!contact) return []
  const links: ContactLink[] = []
  if (contact.phone) links.push({ kind: 'phone', href: `tel:${contact.phone.replace(/[^\d+]/g, '')}`, label: contact.phone })
  if (contact.lineId) {
    // A LINE Official Account id starts with @; the add-friend URL takes it encoded.
    const id = contact.lineId.startsWith('@') ? contact.lineId : `@${contact.lineId}`
    links.push({ kind: 'line', href: `https://line.me/R/ti/p/${encodeURIComponent(id)}`, label: id })
  }
  if (contact.whatsapp) links.push({ kind: 'whatsapp', href: `https://wa.me/${contact.whatsapp.replace(/\D/g, '')}`, label: contact.whatsapp })
  if (contact.email) links.push({ kind: 'email', href: `mailto:${contact.email}`, label: contact.email })
  if (contact.bookingUrl) links.push({ kind: 'booking', href: contact.bookingUrl, label: contact.bookingUrl.replace(/^https?:\/\//, '') })
  if (contact.website) links.push({ kind: 'website', href: contact.website, label: contact.website.replace(/^https?:\/\//, '') })
  return links
}
