/**
 * Byte encodings the documents arrive in. Node has no GB18030 encoder, so one is built by decoding every
 * two-byte GBK sequence once and inverting the table (characters outside it become `?`, which is what a
 * lossy export does too).
 */
let gbk: Map<string, number> | undefined;

function gbkTable(): Map<string, number> {
  if (gbk) return gbk;
  gbk = new Map();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== '\ufffd' && !gbk.has(ch)) gbk.set(ch, (lead << 8) | trail);
    }
  }
  return gbk;
}

export function encodeGb18030(text: string): Uint8Array {
  const table = gbkTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else {
      const pair = table.get(ch);
      if (pair === undefined) out.push(0x3f);
      else out.push(pair >> 8, pair & 0xff);
    }
  }
  return Uint8Array.from(out);
}

export function encodeUtf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[i * 2 + (endian === 'le' ? 0 : 1)] = code & 0xff;
    out[i * 2 + (endian === 'le' ? 1 : 0)] = code >> 8;
  }
  return out;
}

/** Bytes read as Latin-1: what a program that guessed the wrong encoding shows. */
export function latin1(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}
