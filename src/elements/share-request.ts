// "Kirim ke pelatih" on /sertifikat/: shares the certificate request file through the phone's share sheet
// (Web Share API, where the browser can share files), else copies the request code and points to the
// agency's contact. Loaded by <netral-certificate> only when the learner presses the button, so the page
// carries none of it up front. Every path ends in a message in the request's status region. Browser only.
import { shareFailure, shareMethod } from '../lib/cert/share';
import type { GroupStrings } from '../i18n/groups';
import { fill, readStrings } from './kit';

type Strings = GroupStrings<'share'>;

interface ShareInput {
  /** The button pressed; carries the strings in data-strings and the course title in data-course. */
  button: HTMLElement;
  /** The request file (src/lib/cert/request.ts requestFile()). */
  file: { fileName: string; text: string };
  /** The request code (NR1…), for the message text and the fallback. */
  code: string;
  /** The learner's name, for the message. */
  name: string;
  /** The textarea holding the code: selected when copying is refused. */
  codeBox: HTMLTextAreaElement | null;
  /** Writes a message to the status region. */
  status: (message: string) => void;
}

/** Shares the request, or falls back; resolves once the learner has been told what happened. */
export async function shareRequest(input: ShareInput): Promise<void> {
  const s = readStrings<'share'>(input.button);
  const file = new File([input.file.text], input.file.fileName, { type: 'application/json' });
  if (shareMethod(navigator, file) === 'files') {
    try {
      await navigator.share({
        files: [file],
        title: fill(s['share.title'], { name: input.name }),
        text: fill(s['share.text'], { name: input.name, course: input.button.dataset['course'] ?? '', code: input.code }),
      });
      input.status(s['share.done']);
      return;
    } catch (error) {
      if (shareFailure(error) === 'cancelled') {
        input.status(s['share.cancelled']);
        return;
      }
    }
  }
  await fallback(input, s);
}

async function fallback(input: ShareInput, s: Strings): Promise<void> {
  const contact = document.querySelector<HTMLElement>('[data-agency-contact]');
  const tail = contact ? ` ${s['share.fallbackContact']}` : '';
  try {
    // navigator.clipboard is missing over plain HTTP; that throws here and lands in the catch.
    await navigator.clipboard.writeText(input.code);
    input.status(s['share.fallbackCopied'] + tail);
  } catch {
    input.codeBox?.focus();
    input.codeBox?.select();
    input.status(s['share.fallbackSelect'] + tail);
  }
}
