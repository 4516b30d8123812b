// A page's link preview as a chat client reads it: open-graph-scraper parses the page's head, and
// the image is fetched and decoded as a PNG.
import type { APIRequestContext } from '@playwright/test';
import ogs from 'open-graph-scraper';
import { PNG } from 'pngjs';

export interface Unfurled {
  title: string | undefined;
  description: string | undefined;
  url: string | undefined;
  image: string | undefined;
  imageAlt: string | undefined;
  twitterCard: string | undefined;
}

export async function unfurl(html: string): Promise<Unfurled> {
  const { result } = await ogs({ html });
  const image = result.ogImage?.[0];
  return {
    title: result.ogTitle,
    description: result.ogDescription,
    url: result.ogUrl,
    image: image?.url,
    imageAlt: image?.alt,
    twitterCard: result.twitterCard,
  };
}

/** The image at this address, decoded: its size in pixels. */
export async function decodedImage(request: APIRequestContext, address: string): Promise<{ width: number; height: number; type: string | undefined }> {
  const response = await request.get(address);
  if (!response.ok()) throw new Error(`${address}: HTTP ${response.status()}`);
  const png = PNG.sync.read(await response.body());
  return { width: png.width, height: png.height, type: response.headers()['content-type'] };
}

/** The quoted words in a description (“…”), without a closing ellipsis where the quote was cut. */
export function quotedWords(description: string): string | null {
  const match = /“(.+?)(…)?”/.exec(description);
  return match?.[1] ?? null;
}
