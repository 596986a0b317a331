/** Columns of the partners table (naive-ui NDataTable), French headers, amounts in cents formatted. */
import { h } from 'vue'
import { NTag, type DataTableColumns } from 'naive-ui'
import type { PartnerRow } from '@/api'
import { formatCents, formatDate, formatSiret } from '@/lib/format'

/** Tag colour of a letter-of-support status label (French label from Go). */
export function letterTagType(status: string): 'success' | 'warning' | 'default' | 'error' {
  const s = status.toLowerCase()
  if (s.startsWith('reçu') || s.startsWith('recu') || s.startsWith('sign')) return 'success'
  if (s.startsWith('demand') || s.startsWith('sollicit') || s.startsWith('attente') || s.startsWith('en ')) return 'warning'
  if (s.startsWith('refus')) return 'error'
  return 'default'
}

/** Builds the partners table's columns; `open` is called when a partner's name is activated. */
export function partnerColumns(open: (id: number) => void = () => {}): DataTableColumns<PartnerRow> {
  return [
    {
      title: 'Partenaire',
      key: 'name',
      minWidth: 200,
      sorter: (a, b) => a.name.localeCompare(b.name, 'fr'),
      render: (r) =>
        h('div', { class: 'cell-name' }, [
          h('button', { type: 'button', class: 'cell-title linklike', 'data-testid': 'partner-open', onClick: () => open(r.id) }, r.name),
          r.siret ? h('div', { class: 'cell-sub' }, `SIRET ${formatSiret(r.siret)}`) : null,
          r.fictitious ? h(NTag, { size: 'tiny', bordered: false, class: 'fict', title: "Ligne inventée pour l'exemple" }, () => 'fictif') : null,
        ]),
    },
    { title: 'Type', key: 'kind', width: 140, sorter: (a, b) => a.kind.localeCompare(b.kind, 'fr') },
    { title: 'Rôle', key: 'role', width: 120, sorter: (a, b) => a.role.localeCompare(b.role, 'fr') },
    { title: 'Commune', key: 'town', width: 120, sorter: (a, b) => a.town.localeCompare(b.town, 'fr') },
    {
      title: 'Lettre de soutien',
      key: 'letterStatus',
      width: 150,
      render: (r) =>
        h('div', { class: 'cell-letter' }, [
          r.letterStatus ? h(NTag, { size: 'small', bordered: false, type: letterTagType(r.letterStatus) }, () => r.letterStatus) : '—',
          r.letterDate ? h('span', { class: 'cell-sub' }, ` ${formatDate(r.letterDate)}`) : null,
        ]),
    },
    {
      title: 'Numéraire',
      key: 'cash',
      align: 'right',
      width: 125,
      sorter: (a, b) => a.cash - b.cash,
      render: (r) => h('span', { class: 'num' }, formatCents(r.cash)),
    },
    {
      title: 'En nature',
      key: 'inKind',
      align: 'right',
      width: 125,
      sorter: (a, b) => a.inKind - b.inKind,
      render: (r) => h('span', { class: 'num' }, formatCents(r.inKind)),
    },
  ]
}
