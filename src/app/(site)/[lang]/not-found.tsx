import { translator } from '@/i18n'

/** Unknown or unpublished pages. Next gives this page no params, so it speaks both languages. */
export default function NotFound() {
  const th = translator('th', 'site')
  const en = translator('en', 'site')
  return (
    <>
      <h1>
        {th('notFound.title')} <span lang="en">· {en('notFound.title')}</span>
      </h1>
      <p>{th('notFound.body')}</p>
      <p lang="en">{en('notFound.body')}</p>
      <p>
        <a href="/th">{th('notFound.home')}</a> ·{' '}
        <a href="/en" lang="en">
          {en('notFound.home')}
        </a>
      </p>
    </>
  )
}
