/** Text and attribute values (double-quoted) for XML written by hand: the sitemap and XLIFF files. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
