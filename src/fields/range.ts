import type { GroupField } from 'payload'

type Label = { en: string; th: string }

/** A whole-number range such as sessions 6–12 or 20–30 minutes; max may not be below min. */
export function rangeField(name: string, label: Label, { min = 0 }: { min?: number } = {}): GroupField {
  return {
    name,
    type: 'group',
    label,
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'min', type: 'number', min, label: { en: 'From', th: 'ตั้งแต่' } },
          {
            name: 'max',
            type: 'number',
            min,
            label: { en: 'To', th: 'ถึง' },
            validate: (value: unknown, { siblingData }: { siblingData: { min?: number | null } }) => {
              if (typeof value === 'number' && typeof siblingData.min === 'number' && value < siblingData.min) {
                return `${label.en}: "to" (${value}) must not be below "from" (${siblingData.min}).`
              }
              return true
            },
          },
        ],
      },
    ],
  }
}
