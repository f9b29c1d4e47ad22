import type { CollectionBeforeChangeHook, CollectionConfig, Field } from 'payload'

import { contentAccess } from '@/access/contentAccess'
import { isStaffFieldLevel } from '@/access/isStaff'
import { disclaimerField } from '@/fields/disclaimer'
import { medicalReviewGroup } from '@/fields/medicalReview'
import { referencesField } from '@/fields/references'
import { enforceApprovalBeforePublish } from '@/hooks/enforceApprovalBeforePublish'
import { capPublicReads } from '@/hooks/capPublicReads'
import { forgetReviewStates } from '@/hooks/forgetReviewStates'
import { keepSharedFieldsFromTranslators, limitTranslatorsToTheirLocales } from '@/hooks/limitTranslators'
import { normalizeTextToNFC } from '@/hooks/normalizeTextToNFC'
import { recordPublication } from '@/hooks/recordPublication'
import { refusePublishByNonAdmins } from '@/hooks/refusePublishByNonAdmins'
import { refuseQueriesThroughReviewHistory } from '@/hooks/refuseQueriesThroughReviewHistory'
import { rememberPublicationIntent } from '@/hooks/rememberPublicationIntent'
import { resetReviewOnEdit } from '@/hooks/resetReviewOnEdit'
import { trackTranslations } from '@/hooks/trackTranslations'
import { reviewEndpoints } from '@/workflow/reviewEndpoint'
import type { ReviewedCollection } from '@/workflow/stages'
import { contentVersions } from './versions'

/** What every medical collection shares, so that each says it the same way. */
export const medicalContentDefaults = {
  access: contentAccess,
  versions: contentVersions,
} satisfies Pick<CollectionConfig, 'access' | 'versions'>

/**
 * The review workflow of a medical collection: public reads capped, publishing only by admins and
 * only of approved text, publications and edits recorded, and the review endpoints. `beforeChange`
 * runs the collection's own hooks first, so the approval check sees the final data.
 */
export function medicalContentWorkflow(
  slug: ReviewedCollection,
  own: { beforeChange?: CollectionBeforeChangeHook[] } = {},
): Pick<CollectionConfig, 'hooks' | 'endpoints'> {
  return {
    hooks: {
      beforeOperation: [capPublicReads(), refuseQueriesThroughReviewHistory, rememberPublicationIntent, refusePublishByNonAdmins, limitTranslatorsToTheirLocales],
      beforeChange: [normalizeTextToNFC, keepSharedFieldsFromTranslators(slug), ...(own.beforeChange ?? []), enforceApprovalBeforePublish(slug)],
      afterChange: [recordPublication(slug), resetReviewOnEdit(slug), trackTranslations(slug)],
      afterDelete: [forgetReviewStates(slug)],
    },
    endpoints: reviewEndpoints(slug),
  }
}

export const MEDICAL_CONTENT_GROUP = { en: 'Medical content', th: 'เนื้อหาทางการแพทย์' }

/**
 * The evidence and safety fields every medical page ends with (references, medical review,
 * disclaimer), and its review history for staff. First, the review controls in the sidebar: a
 * `ui` field, so it stores nothing and changes no API output.
 */
export function medicalContentFields({ minReferences = 0 }: { minReferences?: number } = {}): Field[] {
  return [
    {
      name: 'reviewControls',
      type: 'ui',
      label: { en: 'Review', th: 'การตรวจทาน' },
      admin: {
        position: 'sidebar',
        disableListColumn: true,
        // Relative to importMap.baseDir (src/).
        components: { Field: '/admin/ReviewControls/ReviewControls#ReviewControls' },
      },
    },
    {
      name: 'translationPanel',
      type: 'ui',
      label: { en: 'Translation', th: 'การแปล' },
      admin: {
        position: 'sidebar',
        disableListColumn: true,
        components: { Field: '/admin/TranslationPanel/TranslationPanel#TranslationPanel' },
      },
    },
    referencesField({ minRows: minReferences }),
    medicalReviewGroup(),
    disclaimerField(),
    {
      name: 'reviewHistory',
      type: 'join',
      collection: 'review-events',
      on: 'document',
      defaultSort: '-createdAt',
      defaultLimit: 20,
      label: { en: 'Review history', th: 'ประวัติการตรวจทาน' },
      access: { read: isStaffFieldLevel },
      admin: {
        allowCreate: false,
        defaultColumns: ['locale', 'action', 'fromStage', 'toStage', 'actor', 'comment', 'createdAt'],
      },
    },
  ]
}
