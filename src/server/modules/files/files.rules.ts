/** Media types recognised by their first bytes; a file's name and declared type are not trusted. */
const signatures: Array<{ mediaType: string; bytes: number[] }> = [
  { mediaType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { mediaType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

const zipSignature = [0x50, 0x4b, 0x03, 0x04];

/** Office Open XML packages are ZIP archives told apart by the part every such document must contain. */
const officeParts: Array<{ mediaType: string; part: string }> = [
  { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', part: 'word/document.xml' },
  { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', part: 'xl/workbook.xml' },
];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);

export function detectMediaType(bytes: Uint8Array): string | null {
  const match = signatures.find((signature) => startsWith(bytes, signature.bytes));
  if (match) return match.mediaType;
  if (!startsWith(bytes, zipSignature)) return null;
  // Part names are stored uncompressed in the local headers and the central directory.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return officeParts.find(({ part }) => text.includes(part))?.mediaType ?? null;
}
