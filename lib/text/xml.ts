/** Text and attribute values (double-quoted) for XML or HTML written by hand: the sitemap, XLIFF files, the filter menus. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
