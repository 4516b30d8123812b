// Made by vite/design-tokens.ts from src/styles/tokens.css: every token's value in the light scheme.
declare module 'virtual:atlas/tokens' {
  const light: Readonly<Record<string, string>>;
  export default light;
}
