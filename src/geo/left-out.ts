/** Antarctica is left out: no report names it, and in Equal Earth it would take a fifth of the map's height. */
export const LEFT_OUT: ReadonlySet<string> = new Set(['ATA']);
