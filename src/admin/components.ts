import type { Config } from 'payload'

import { labels as reviewQueueLabels, REVIEW_QUEUE_PATH } from './ReviewQueue/labels'
import { labels as translationsLabels, TRANSLATIONS_PATH } from './Translations/labels'

type Labels = Record<'en' | 'th', { title: string }>

/** One of our views: its page, and its link in the nav after the collections. */
function staffView(path: `/${string}`, component: string, labels: Labels) {
  return {
    view: { Component: component, path, exact: true, meta: { title: labels.en.title } },
    navLink: { path: '/admin/shared/AdminNavLink#AdminNavLink', clientProps: { path, label: { en: labels.en.title, th: labels.th.title } } },
  }
}

const reviewQueue = staffView(REVIEW_QUEUE_PATH, '/admin/ReviewQueue/ReviewQueueView#ReviewQueueView', reviewQueueLabels)
const translations = staffView(TRANSLATIONS_PATH, '/admin/Translations/TranslationsView#TranslationsView', translationsLabels)

/**
 * Our additions to the admin: the review queue (with the dashboard summary that also sends
 * medical reviewers straight to it) and the translation dashboard (progress per language, XLIFF
 * and JSON export and import). Paths are relative to importMap.baseDir (src/).
 */
export const adminComponents: NonNullable<NonNullable<Config['admin']>['components']> = {
  views: { reviewQueue: reviewQueue.view, translations: translations.view },
  afterNavLinks: [reviewQueue.navLink, translations.navLink],
  beforeDashboard: ['/admin/ReviewQueue/ReviewQueueDashboard#ReviewQueueDashboard'],
}
