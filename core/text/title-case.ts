/**
 * A name written in capitals, as a reader would write it: "MARTINEZ-BELTRAN" → "Martinez-Beltran",
 * "O'NEILL" → "O'Neill". Used where capitals are layout (a transcript's speaker labels), not spelling.
 */
export function titleCaseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s\-'’.])(\p{Ll})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase());
}
