import { newsFeedResponse } from '@/lib/feeds/newsResponse'

/** The latest press releases of one locale as Atom 1.0. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  return newsFeedResponse((await params).locale, 'atom')
}
