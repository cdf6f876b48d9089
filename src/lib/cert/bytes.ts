// A tiny canonical binary writer and reader for certificate payloads. Pure; runs on the server, in the
// browser and under plain Node. Canonical means one byte string per value: varints are minimal, strings
// are NFC UTF-8, and the reader rejects anything the writer would not produce.

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Thrown by the reader on bytes that are not a canonical encoding; callers turn it into a result. */
export class FormatError extends Error {
  override name = 'FormatError';
}

/** Appends values to a growing byte array. */
export class ByteWriter {
  #bytes: number[] = [];

  /** One byte, 0–255. */
  u8(value: number): this {
    if (!Number.isInteger(value) || value < 0 || value > 0xff) throw new FormatError(`byte out of range: ${value}`);
    this.#bytes.push(value);
    return this;
  }

  /** An unsigned integer below 2^28 as a minimal LEB128 varint. */
  varint(value: number): this {
    if (!Number.isInteger(value) || value < 0 || value >= 2 ** 28) throw new FormatError(`integer out of range: ${value}`);
    let rest = value;
    while (rest >= 0x80) {
      this.#bytes.push((rest & 0x7f) | 0x80);
      rest >>>= 7;
    }
    this.#bytes.push(rest);
    return this;
  }

  /** Raw bytes of a fixed, known length. */
  raw(bytes: Uint8Array): this {
    for (const byte of bytes) this.#bytes.push(byte);
    return this;
  }

  /** A length-prefixed UTF-8 string (the caller normalizes; the reader insists on NFC). */
  string(value: string): this {
    const bytes = encoder.encode(value);
    return this.varint(bytes.length).raw(bytes);
  }

  /** The bytes written so far. */
  bytes(): Uint8Array {
    return Uint8Array.from(this.#bytes);
  }
}

/** Reads values back in the order they were written; throws FormatError on anything non-canonical. */
export class ByteReader {
  #bytes: Uint8Array;
  #offset = 0;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
  }

  get offset(): number {
    return this.#offset;
  }

  get remaining(): number {
    return this.#bytes.length - this.#offset;
  }

  u8(): number {
    const value = this.#bytes[this.#offset];
    if (value === undefined) throw new FormatError('unexpected end');
    this.#offset += 1;
    return value;
  }

  varint(): number {
    let value = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      const byte = this.u8();
      value += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) {
        // A zero last byte after the first means a longer encoding than needed.
        if (byte === 0 && shift > 0) throw new FormatError('non-minimal varint');
        return value;
      }
    }
    throw new FormatError('varint too long');
  }

  raw(length: number): Uint8Array {
    if (length > this.remaining) throw new FormatError('unexpected end');
    const out = this.#bytes.slice(this.#offset, this.#offset + length);
    this.#offset += length;
    return out;
  }

  /** A length-prefixed string of at most `maxBytes` bytes; must be valid UTF-8 in NFC. */
  string(maxBytes: number): string {
    const length = this.varint();
    if (length > maxBytes) throw new FormatError('string too long');
    let value: string;
    try {
      value = decoder.decode(this.raw(length));
    } catch (error) {
      if (error instanceof FormatError) throw error;
      throw new FormatError('invalid UTF-8');
    }
    if (value.normalize('NFC') !== value) throw new FormatError('string not in NFC');
    return value;
  }

  /** Throws unless every byte was read. */
  end(): void {
    if (this.remaining !== 0) throw new FormatError('trailing bytes');
  }
}
