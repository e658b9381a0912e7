/**
 * Byte-level checks that run before any parser sees a config file: encoding (BOM, UTF-16, invalid UTF-8)
 * and a cheap nesting-depth scan. They are iterative on purpose: a recursive consumer would overflow the
 * stack on 100 000 nested brackets (reliability case BI-09), so the depth limit must hold before recursion.
 */

/** Deepest nesting of `{`/`[` accepted in one file (real OpenClaw configs stay under ~15). */
export const MAX_NESTING_DEPTH = 128;

export type DecodeResult =
  | { ok: true; text: string; bom: boolean; invalidUtf8?: { byte: number; line: number; column: number } }
  | { ok: false; reason: 'utf16' | 'utf32'; message: string };

const fatalDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Decodes a config file the way OpenClaw reads it (`readFileSync(p, 'utf-8')`: BOM kept in the string and
 * accepted by JSON5, invalid bytes replaced by U+FFFD) while telling the caller where the first invalid
 * UTF-8 byte is, so the strict-load lint can point at it. UTF-16/32 files are refused: OpenClaw cannot
 * parse them either ("JSON5: invalid character").
 */
export function decodeConfigBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 4 && ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff))) {
    return { ok: false, reason: 'utf32', message: 'the file is UTF-32 encoded; OpenClaw reads configs as UTF-8. Fix: save it as UTF-8' };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, reason: 'utf16', message: 'the file is UTF-16 encoded (byte-order mark FF FE / FE FF); OpenClaw reads configs as UTF-8. Fix: save it as UTF-8' };
  }
  if (looksLikeUtf16WithoutBom(bytes)) {
    return { ok: false, reason: 'utf16', message: 'the file looks UTF-16 encoded (every other byte is 0); OpenClaw reads configs as UTF-8. Fix: save it as UTF-8' };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: fatalDecoder.decode(body), bom };
  } catch {
    const byte = firstInvalidUtf8Byte(body) + (bom ? 3 : 0);
    const text = lenientDecoder.decode(body);
    const { line, column } = lineColumnOfByte(bytes, byte);
    return { ok: true, text, bom, invalidUtf8: { byte, line, column } };
  }
}

function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  // JSON text starts with ASCII; in UTF-16 half of the first bytes are NUL. Plain UTF-8 configs never hold NUL.
  const n = Math.min(bytes.length, 64);
  if (n < 4) return false;
  let zeros = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
  return zeros >= n / 4;
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629), or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineColumnOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Column counts characters, not bytes: count the UTF-8 lead bytes between the line start and the offset.
  let column = 1;
  for (let i = lineStart; i < offset; i++) if ((bytes[i]! & 0xc0) !== 0x80) column++;
  return { line, column };
}

/** 1-based line and column of a character offset in a string. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Finds the first place where `{`/`[` nesting exceeds `max`, skipping strings and comments (JSON5 syntax:
 * single and double quotes, `//` and block comments). Returns the character offset or -1. Linear, no
 * recursion, no allocation: safe on any input.
 */
export function findExcessiveNesting(text: string, max = MAX_NESTING_DEPTH): number {
  let depth = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) {
          i += 2;
          continue;
        }
        i++;
        if (d === c || d === 0x0a) break; // an unterminated string ends at the newline for our purposes
      }
      continue;
    }
    if (c === 0x2f /* / */ && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d === 0x2f) {
        const nl = text.indexOf('\n', i + 2);
        i = nl === -1 ? n : nl + 1;
        continue;
      }
      if (d === 0x2a /* * */) {
        const end = text.indexOf('*/', i + 2);
        i = end === -1 ? n : end + 2;
        continue;
      }
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth++;
      if (depth > max) return i;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      if (depth > 0) depth--;
    }
    i++;
  }
  return -1;
}
