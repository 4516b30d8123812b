// The verified content as the build hands it over; the plugin has already checked
// it against the schema, so a cast is all that is left to do here.
import bundled from 'virtual:atlas/content';
import { indexContent } from './content-index.ts';
import type { Content } from './types.ts';

export const CONTENT_INDEX = indexContent(bundled as Content);
