/** The option highlighted after an arrow key: steps `by` places, wrapping at either end; -1 when there are none. */
export function moveHighlight(current: number, count: number, by: number): number {
  if (count <= 0) return -1;
  if (current < 0) return by > 0 ? 0 : count - 1;
  return (((current + by) % count) + count) % count;
}
