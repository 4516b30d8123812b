// The exports' colours: the design tokens of the light scheme, which paper, slides and standalone
// files always use. The map on screen paints with the same tokens in CSS.
import LIGHT from 'virtual:atlas/tokens';
import { paintValue, patternsMarkup, tokenValue, type Paint } from '../state/choropleth-patterns.ts';

/** A token's colour, such as `--ink`. */
export const colour = (token: string): string => tokenValue(LIGHT, token);

/** What a paint of the map's palette fills with. */
export const paintFill = (paint: Paint): string => paintValue(paint, LIGHT);

/** The fill patterns, with their colours, for a file's <defs>. */
export const patternDefs = (): string => patternsMarkup(LIGHT);
