import { describe, expect, it } from 'vitest'

import { markers } from './access/fixtures'
import { expected, expectedReviewStep } from './access/policy'
import { leaksIn } from './access/requests'

/* The access matrix's own rules, without a server: the policy table says what README.md and docs/workflow.md say, and the leak scanner sees leaks. */

describe('the access policy table', () => {
  it('lets the public read published medical content only, and nothing of staff', () => {
    expect(expected('anonymous', 'conditions', 'findByID', 'published', 'th')).toBe('allow')
    expect(expected('anonymous', 'conditions', 'findByID', 'published_draft', 'en')).toBe('allow')
    for (const state of ['draft', 'in_review', 'approved', 'scheduled'] as const) expect(expected('anonymous', 'articles', 'find', state, 'all')).toBe('hidden')
    expect(expected('anonymous', 'articles', 'versions', 'published', '-')).toBe('deny')
    expect(expected('anonymous', 'users', 'find', 'other-user', 'en')).toBe('deny')
    expect(expected('anonymous', 'review-events', 'findByID', 'record', 'en')).toBe('deny')
  })

  it('lets editors write drafts but not publish or delete, and only admins publish approved text', () => {
    expect(expected('editor', 'articles', 'update', 'published', 'en')).toBe('allow')
    expect(expected('editor', 'articles', 'publish', 'approved', 'all')).toBe('deny')
    expect(expected('editor', 'articles', 'delete', 'draft', '-')).toBe('deny')
    expect(expected('admin', 'articles', 'publish', 'approved', 'all')).toBe('allow')
    expect(expected('admin', 'articles', 'publish', 'in_review', 'all')).toBe('conflict')
    expect(expected('admin', 'articles', 'publish', 'published_en', 'th')).toBe('conflict')
  })

  it('keeps translators to their languages, and reviewers to reviewing', () => {
    expect(expected('translatorTh', 'conditions', 'update', 'draft', 'th')).toBe('allow')
    expect(expected('translatorTh', 'conditions', 'update', 'draft', 'en')).toBe('deny')
    expect(expected('translatorNone', 'conditions', 'update', 'draft', 'th')).toBe('deny')
    expect(expected('translatorTh', 'conditions', 'restoreVersion', 'draft', '-')).toBe('deny')
    expect(expected('reviewer', 'conditions', 'update', 'in_review', 'en')).toBe('deny')
    expect(expectedReviewStep('reviewer', 'approve', 'in_review', 'th')).toBe('allow')
    expect(expectedReviewStep('editor', 'approve', 'in_review', 'en')).toBe('deny')
    expect(expectedReviewStep('translatorTh', 'submit', 'draft', 'en')).toBe('deny')
    expect(expectedReviewStep('admin', 'approve', 'draft', 'en')).toBe('conflict')
  })

  it('leaves workflow records and the clinic profile to the server and the admin', () => {
    for (const role of ['admin', 'editor', 'anonymous'] as const) expect(expected(role, 'review-events', 'delete', 'record', '-')).toBe('deny')
    expect(expected('admin', 'clinic-profile', 'update', 'profile', 'th')).toBe('allow')
    expect(expected('editor', 'clinic-profile', 'update', 'profile', 'th')).toBe('deny')
  })
})

describe('the leak scanner', () => {
  it('finds staff-only fields, credentials, staff emails and unpublished text in a public answer', () => {
    markers.published.add('tk1env1z')
    const answer = { docs: [{ title: 'tk1env1z and tk1thv2z', medicalReview: { reviewedBy: 3, reviewerName: 'Dr. Rin' }, author: { email: 'editor@example.com', hash: 'abc' } }] }
    expect(leaksIn('anonymous', answer, ['editor@example.com']).sort()).toEqual(
      ['field hash', 'staff email editor@example.com', 'staff-only field author', 'staff-only field reviewedBy', 'unpublished text tk1thv2z'].sort(),
    )
    expect(leaksIn('editor', answer, ['editor@example.com'])).toEqual(['field hash'])
    expect(leaksIn('anonymous', { medicalReview: { reviewedBy: null, reviewDue: null }, author: null }, [])).toEqual([])
  })
})
