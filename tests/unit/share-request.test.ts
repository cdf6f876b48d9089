// "Kirim ke pelatih": when the request file goes through the share sheet and when the fallback takes over.
import { describe, expect, test } from 'vitest';
import { shareFailure, shareMethod } from '../../src/lib/cert/share';

const file = new File(['{}'], 'permintaan.json', { type: 'application/json' });
const share = async () => undefined;

describe('shareMethod()', () => {
  test('shares files where the browser says it can', () => {
    expect(shareMethod({ share, canShare: (data) => Boolean(data.files?.length) }, file)).toBe('files');
  });

  test('falls back without the Web Share API (plain HTTP, most desktops) or when files are refused', () => {
    expect(shareMethod({}, file)).toBe('fallback');
    expect(shareMethod({ share }, file)).toBe('fallback');
    expect(shareMethod({ share, canShare: () => false }, file)).toBe('fallback');
    expect(shareMethod({ share, canShare: () => { throw new TypeError('files not supported'); } }, file)).toBe('fallback');
  });
});

describe('shareFailure()', () => {
  test('a closed share sheet is a cancellation; any other refusal falls back', () => {
    expect(shareFailure(new DOMException('Share canceled', 'AbortError'))).toBe('cancelled');
    expect(shareFailure(new DOMException('Permission denied', 'NotAllowedError'))).toBe('fallback');
    expect(shareFailure('weird')).toBe('fallback');
  });
});
