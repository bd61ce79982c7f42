/**
 * Decoding a file's bytes as UTF-8 without guessing: invalid bytes are refused, naming the offset
 * of the first one, instead of silently becoming U+FFFD (which would store text nobody wrote).
 */

// shared/ has no DOM or Node types; TextDecoder is in every runtime this code runs in.
declare const TextDecoder: new (
  label: 'utf-8',
  options: { readonly fatal: boolean; readonly ignoreBOM: boolean },
) => { decode(bytes: Uint8Array, options?: { readonly stream: boolean }): string };

/** The offset of the first byte that does not start a valid UTF-8 sequence, or -1 when all do. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k += 1) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1] as number;
    // Overlong forms, UTF-16 surrogates and code points above U+10FFFF.
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f)) return i;
    if ((lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return -1;
}

export type DecodedText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly offset: number; readonly message: string };

const strictDecoder = () => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export type Utf8Refusal = Extract<DecodedText, { ok: false }>;

function refused(bytes: Uint8Array): Utf8Refusal {
  const offset = invalidUtf8Offset(bytes);
  const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return {
    ok: false,
    offset,
    message: `The file is not valid UTF-8 text: the byte at offset ${offset} (0x${byte}) is not part of a character. Save it as UTF-8 and import it again.`,
  };
}

/** Decodes UTF-8 strictly (a byte-order mark is kept as text, as before). */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { ok: true, text: strictDecoder().decode(bytes) };
  } catch {
    return refused(bytes);
  }
}

/** The bytes `decodeUtf8Slices` decodes between two waits: a few milliseconds' work. */
export const DECODE_SLICE_BYTES = 1 << 20;

/**
 * Decodes UTF-8 strictly a slice at a time, awaiting `between()` before each slice and handing
 * each piece of text to `each` with how many slices are done: the same text as `decodeUtf8`, cut
 * where a character ends (the decoder holds a character split between slices), or the same
 * refusal. The pieces are never joined here: a 38 MB text built by joining them is a rope that
 * the first reader flattens in one long task (115 ms in a window on these machines).
 */
export async function decodeUtf8Slices(
  bytes: Uint8Array,
  between: () => Promise<void>,
  each: (piece: string, done: number, total: number) => void,
  slice = DECODE_SLICE_BYTES,
): Promise<{ readonly ok: true } | Utf8Refusal> {
  const decoder = strictDecoder();
  const total = Math.max(1, Math.ceil(bytes.length / slice));
  for (let done = 0; done < total; done += 1) {
    await between();
    let piece: string;
    try {
      const at = done * slice;
      piece = decoder.decode(bytes.subarray(at, at + slice), { stream: done + 1 < total });
    } catch {
      return refused(bytes);
    }
    each(piece, done + 1, total);
  }
  return { ok: true };
}
