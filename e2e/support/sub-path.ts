/** The build that the sub-path project serves: for a site's /atlas/, with absolute addresses for link previews. */
export const SUB_PATH = { base: '/atlas/', site: 'https://atlas.example.org' } as const;
