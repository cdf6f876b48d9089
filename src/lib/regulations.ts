// Labels and grouping for the regulations library. Pure.
import { regulationKinds } from '../schemas/regulation';

export type RegulationKind = (typeof regulationKinds)[number];

export interface RegulationLike {
  id: string;
  kind: RegulationKind;
  number: string;
  year: number;
}

/** Short citation label: "UU 20/2023", "Putusan MK 121/PUU-XXII/2024", "SKB 2022". */
export function regulationLabel(r: RegulationLike): string {
  if (r.kind === 'Putusan MK') return `Putusan MK ${r.number}`;
  if (r.kind === 'SKB') return `SKB Netralitas ${r.year}`;
  if (r.kind === 'Permen') return `Permen PANRB ${r.number}/${r.year}`;
  if (r.kind === 'Perkom') return `Perkom KPK ${r.number}/${r.year}`;
  if (r.kind === 'Perban') return `Peraturan BKN ${r.number}/${r.year}`;
  if (r.kind === 'SE') return `SE MenPANRB ${r.number}/${r.year}`;
  return `${r.kind} ${r.number}/${r.year}`;
}

/** Groups regulations by kind in the library's order, newest first inside a kind. */
export function groupByKind<T extends RegulationLike>(items: readonly T[]): { kind: RegulationKind; items: T[] }[] {
  return regulationKinds
    .map((kind) => ({
      kind,
      items: items.filter((r) => r.kind === kind).sort((a, b) => b.year - a.year || a.id.localeCompare(b.id)),
    }))
    .filter((group) => group.items.length > 0);
}
