/** A playback speed as the player shows it: 0.75×, 1×. */
export function formatSpeed(speed: number): string {
  return `${Number(speed.toFixed(2))}×`;
}
