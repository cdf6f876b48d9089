// Browser adapter for src/components/cert/Certificate.astro: fills the sheet's empty slots from a
// CertificateView. Every learner-supplied value is set with textContent (never innerHTML), so a name such
// as "<img onerror=…>" prints literally.
import { qrPath } from '../lib/cert/qr';
import type { CertificateView } from '../lib/cert/view';
import { fillTemplate as fill } from '../lib/template';

/** What the sheet shows besides the view: the verification link in the QR code, and who signed. */
export interface SheetExtras {
  /** The link encoded in the QR code and printed under it. */
  link: string;
  /** The link as printed (shorter), e.g. without "https://"; defaults to `link`. */
  linkText?: string;
  /** Holder of the signing key (signed certificates). */
  holder?: string;
  /** Mark the sheet as a demo that proves nothing. */
  demo?: boolean;
  /** "Nilai {score} (batas lulus {passMark})" with placeholders. */
  scoreTemplate: string;
}

// Names longer than this get a smaller type size so the printed page keeps to one sheet.
const longName = 48;
const denseTopics = 6;
const denseText = 110;

/** Fills and shows a certificate sheet. */
export function fillCertificate(sheet: HTMLElement, view: CertificateView, extras: SheetExtras): void {
  const set = (field: string, value: string) => {
    for (const node of sheet.querySelectorAll<HTMLElement>(`[data-field="${field}"]`)) node.textContent = value;
  };
  set('number', view.number);
  set('name', view.name);
  set('nip', view.nip);
  set('position', view.position);
  set('agency', view.agency);
  set('scoreLine', fill(extras.scoreTemplate, { score: view.score, passMark: view.passMark }));
  set('date', view.date);
  set('courseVersion', view.courseVersion);
  set('verifyUrl', extras.linkText ?? extras.link);
  set('holder', extras.holder ?? '');
  set('statement', fill(sheet.dataset['statement'] ?? '', { holder: extras.holder ?? '' }));
  sheet.querySelector('[data-field="name"]')?.classList.toggle('cert-name--long', [...view.name].length > longName);
  // Long identity texts or many topics switch to a denser type scale so the printed page stays one sheet.
  const dense = view.topics.length > denseTopics || [...`${view.agency}${view.position}`].length > denseText;
  sheet.classList.toggle('cert-sheet--dense', dense || [...view.name].length > longName);

  const body = sheet.querySelector('[data-field="topics"]');
  if (body) {
    body.replaceChildren(
      ...view.topics.map((topic) => {
        const row = document.createElement('tr');
        const title = document.createElement('td');
        title.textContent = topic.title;
        const score = document.createElement('td');
        score.textContent = `${topic.percent} (${topic.points})`;
        row.append(title, score);
        return row;
      }),
    );
  }

  const svg = sheet.querySelector<SVGSVGElement>('[data-field="qr"]');
  if (svg) {
    const { size, d } = qrPath(extras.link);
    svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
    // The printed size grows with the module count so each module stays large enough for a phone camera.
    svg.style.setProperty('--cert-qr-modules', String(size));
    svg.querySelector('path')?.setAttribute('d', d);
    svg.dataset['link'] = extras.link;
  }

  const demo = sheet.querySelector<HTMLElement>('[data-cert-demo]');
  if (demo) demo.hidden = !extras.demo;
  sheet.hidden = false;
}
