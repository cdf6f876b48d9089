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

/** What each kind of instrument is called in full, as its official title begins. */
const kindNames: Record<RegulationKind, string> = {
  UU: 'Undang-Undang',
  PP: 'Peraturan Pemerintah',
  Perpres: 'Peraturan Presiden',
  Permen: 'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi',
  Perban: 'Peraturan Badan Kepegawaian Negara',
  SKB: 'Keputusan Bersama',
  SE: 'Surat Edaran Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi',
  Perkom: 'Peraturan Komisi Pemberantasan Korupsi',
  'Putusan MK': 'Putusan Mahkamah Konstitusi',
};

/**
 * The full official title: "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara". A joint
 * decree's title names its signatories, so it is written out in the entry (`officialTitle`).
 */
export function officialTitle(r: RegulationLike & { title: string; officialTitle?: string | undefined }): string {
  if (r.officialTitle) return r.officialTitle;
  if (r.kind === 'Putusan MK') return `${kindNames[r.kind]} Nomor ${r.number}`;
  return `${kindNames[r.kind]} Nomor ${r.number} Tahun ${r.year} tentang ${r.title}`;
}
