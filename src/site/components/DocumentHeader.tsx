import type { PreviewSession, View } from '../page'
import { Localized } from './Localized'
import { PreviewBanner } from './PreviewBanner'

/** The top of every document page: the preview banner for staff, the title and the lead text. */
export function DocumentHeader({ view, preview, title, titlePath, lead, leadPath }: { view: View; preview: PreviewSession | undefined; title: string | null | undefined; titlePath: string; lead?: string | null; leadPath?: string }) {
  return (
    <>
      <PreviewBanner view={view} preview={preview} />
      <Localized view={view} path={titlePath} as="h1">
        {title}
      </Localized>
      {lead && leadPath && (
        <Localized view={view} path={leadPath} as="p" className="lead">
          {lead}
        </Localized>
      )}
    </>
  )
}
