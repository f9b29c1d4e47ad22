import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { lineText } from '@/fields/text'

import { RASTER_IMAGE_TYPES, safeFileHeaders } from './mediaFileHeaders'

/** Raster images only: SVG and HTML can carry scripts that would run on the clinic's domain. */
export const ALLOWED_IMAGE_TYPES = RASTER_IMAGE_TYPES

/** The media collection; `staticDir` is where uploads are stored (MEDIA_DIR). */
export const createMediaCollection = ({ staticDir }: { staticDir: string }): CollectionConfig<'media'> => ({
  slug: 'media',
  labels: {
    singular: { en: 'Image', th: 'รูปภาพ' },
    plural: { en: 'Media', th: 'สื่อ' },
  },
  admin: {
    group: { en: 'Content', th: 'เนื้อหา' },
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'updatedAt'],
  },
  access: {
    read: anyone,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isAdmin,
  },
  upload: {
    staticDir,
    mimeTypes: ALLOWED_IMAGE_TYPES,
    // Files are served as what their bytes are; anything but a raster image is a download.
    modifyResponseHeaders: safeFileHeaders,
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre' },
      { name: 'card', width: 768, height: undefined },
      { name: 'hero', width: 1600, height: undefined, withoutEnlargement: true },
    ],
  },
  fields: [
    lineText({
      name: 'alt',
      label: { en: 'Alternative text', th: 'ข้อความแทนภาพ' },
      localized: true,
      required: true,
      admin: {
        description: {
          en: 'Describe the image for people using screen readers, in each language.',
          th: 'อธิบายภาพสำหรับผู้ใช้โปรแกรมอ่านหน้าจอ ในแต่ละภาษา',
        },
      },
    }),
    lineText({
      name: 'caption',
      label: { en: 'Caption', th: 'คำบรรยายภาพ' },
      localized: true,
    }),
  ],
})
