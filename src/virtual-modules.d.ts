// Virtual modules made by vite/vite-plugin-atlas.ts; typed where they are read
// (src/geo/world.ts, src/geo/world-detail.ts, src/main.tsx and src/prerender.tsx).
declare module 'virtual:atlas/map' {
  const outline: unknown;
  export default outline;
}

declare module 'virtual:atlas/summary' {
  const summary: unknown;
  export default summary;
}

declare module 'virtual:atlas/content' {
  const content: unknown;
  export default content;
}

declare module 'virtual:atlas/world-50m' {
  const world: unknown;
  export default world;
}

declare module 'virtual:atlas/texts' {
  const texts: unknown;
  export default texts;
}
