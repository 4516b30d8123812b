// The build that the nginx project serves with the shipped server block (npm run serve), in a
// folder of its own, since its tests publish updates into it.
export const NGINX_OUT_DIR = `${process.env.E2E_OUT_DIR ?? 'dist'}-nginx`;
