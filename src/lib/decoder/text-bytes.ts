/**
 * Bytes of a file to text, for the command line: UTF-8 (with or without a byte-order mark) and
 * UTF-16 in either byte order (Windows PowerShell writes UTF-16 LE with a mark by default).
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Which encoding the bytes are in: the byte-order mark when there is one, else zero bytes in alternate places. */
export function sniffEncoding(bytes: Uint8Array): { encoding: TextEncodingName; bom: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  // No mark: ASCII text in UTF-16 has a zero in every other byte. Look at the first 512 pairs.
  const pairs = Math.min(512, Math.floor(bytes.length / 2));
  if (pairs >= 2) {
    let evenZero = 0;
    let oddZero = 0;
    for (let i = 0; i < pairs; i++) {
      if (bytes[2 * i] === 0) evenZero++;
      if (bytes[2 * i + 1] === 0) oddZero++;
    }
    if (oddZero >= pairs * 0.6 && evenZero === 0) return { encoding: 'utf-16le', bom: 0 };
    if (evenZero >= pairs * 0.6 && oddZero === 0) return { encoding: 'utf-16be', bom: 0 };
  }
  return { encoding: 'utf-8', bom: 0 };
}

/** The text in the bytes, without its byte-order mark. */
export function decodeBytes(bytes: Uint8Array): string {
  const { encoding, bom } = sniffEncoding(bytes);
  const body = bytes.subarray(bom);
  if (encoding === 'utf-16be') {
    // TextDecoder in Node may lack utf-16be: swap each pair and read it as little-endian.
    const swapped = new Uint8Array(body.length - (body.length % 2));
    for (let i = 0; i + 1 < body.length; i += 2) {
      swapped[i] = body[i + 1] ?? 0;
      swapped[i + 1] = body[i] ?? 0;
    }
    return new TextDecoder('utf-16le').decode(swapped);
  }
  return new TextDecoder(encoding).decode(body);
}
