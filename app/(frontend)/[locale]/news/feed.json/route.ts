import { newsFeedResponse } from '@/lib/feeds/newsResponse'

/** The latest press releases of one locale as JSON Feed 1.1. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  return newsFeedResponse((await params).locale, 'json')
}
