/**
 * Splits `text` into at most `maxLines` lines of at most `perLine` characters at spaces; what
 * does not fit ends in "…". Character counts stand in for widths (the card's fonts are known).
 */
export function wrapText(text: string, perLine: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.length > perLine ? `${words[i]!.slice(0, perLine - 1)}…` : words[i]!;
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      const last = lines[maxLines - 1]!;
      lines[maxLines - 1] = `${last.slice(0, perLine - 1)}…`;
      return lines;
    }
  }
  if (line) lines.push(line);
  return lines;
}
