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

function refused(bytes: Uint8Array): DecodedText {
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

/** The slice `decodeUtf8InSlices` decodes between two waits: a few milliseconds' work. */
export const DECODE_SLICE_BYTES = 1 << 20;

/**
 * `decodeUtf8`, the same text or the same refusal, a slice at a time with `between()` awaited
 * before each: a window decoding a 38 MB file in one call was frozen for 300 ms. A character
 * split between two slices is held by the decoder until the next one.
 */
export async function decodeUtf8InSlices(
  bytes: Uint8Array,
  between: () => Promise<void>,
  slice = DECODE_SLICE_BYTES,
): Promise<DecodedText> {
  if (bytes.length <= slice) return decodeUtf8(bytes);
  const decoder = strictDecoder();
  let text = '';
  try {
    for (let at = 0; at < bytes.length; at += slice) {
      await between();
      text += decoder.decode(bytes.subarray(at, at + slice), { stream: at + slice < bytes.length });
    }
  } catch {
    return refused(bytes);
  }
  return { ok: true, text };
}
