import type { PreviewSession, View } from '../page'
import { LivePreviewRefresh } from './LivePreview'

export function PreviewBanner({ view, preview }: { view: View; preview: PreviewSession | undefined }) {
  if (!preview) return null
  return (
    <>
      <p className="preview-banner" role="note">
        {view.t('preview.banner', { name: preview.name })}
      </p>
      <LivePreviewRefresh />
    </>
  )
}
