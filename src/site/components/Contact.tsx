import type { ClinicProfile } from '../../payload-types'
import { contactLinks } from '../contact'
import type { View } from '../page'
import { Localized } from './Localized'

/** Contact channels as links (tel:, LINE, WhatsApp, mailto:) and the address with a map link. */
export function Contact({ view, profile }: { view: View; profile: ClinicProfile }) {
  const { t } = view
  const links = contactLinks(profile.contact)
  const address = profile.address ?? {}
  const addressParts = (['street', 'district', 'city', 'province'] as const).filter((key) => address[key])
  const { lat, lng } = profile.geo ?? {}
  return (
    <section className="card contact" aria-labelledby="contact-title">
      <h2 id="contact-title">{t('contact.title')}</h2>
      <ul className="contact-links">
        {links.map((link) => (
          <li key={link.kind}>
            <span className="contact-kind">{t(`contact.${link.kind}`)}</span>{' '}
            <a href={link.href} data-contact={link.kind} rel={link.href.startsWith('http') ? 'noopener noreferrer' : undefined}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      {addressParts.length > 0 && (
        <>
          <h3>{t('contact.address')}</h3>
          <address>
            {addressParts.map((key) => (
              <Localized key={key} view={view} path={`address.${key}`} as="span" className="address-line">
                {address[key]}
              </Localized>
            ))}
            {address.postalCode && <span className="address-line">{address.postalCode}</span>}
          </address>
          {typeof lat === 'number' && typeof lng === 'number' && (
            <p>
              <a href={`https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`} rel="noopener noreferrer">
                {t('contact.map')}
              </a>
            </p>
          )}
        </>
      )}
    </section>
  )
}
