import type { CollectionConfig } from 'payload'

/**
 * The admin's Preview button and Live Preview pane show a medical document on the reference
 * website in the locale being edited, with drafts (`?preview`): the website forwards the staff
 * member's own login to the API, so drafts stay invisible to everyone else. Relative URLs keep it
 * working on any host name.
 */
const sitePath = (collection: string, locale: string, slug: unknown) =>
  typeof slug === 'string' && slug ? `/${locale}/${collection}/${encodeURIComponent(slug)}?preview=1` : null

const localeCode = (locale: unknown) => (typeof locale === 'string' ? locale : ((locale as { code?: string } | undefined)?.code ?? 'en'))

export function sitePreview(collection: string): Pick<NonNullable<CollectionConfig['admin']>, 'preview' | 'livePreview'> {
  return {
    preview: (doc, { locale }) => sitePath(collection, localeCode(locale), doc.slug),
    livePreview: {
      url: ({ data, locale }) => sitePath(collection, localeCode(locale), data?.slug),
      breakpoints: [
        { name: 'phone', label: 'Phone', width: 390, height: 844 },
        { name: 'kiosk', label: 'Tablet', width: 1024, height: 768 },
      ],
    },
  }
}
