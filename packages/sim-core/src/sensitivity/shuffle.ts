import type { RandomStream } from '../random/stream.ts';

/** Shuffles `items` in place into a uniformly random order (Fisher–Yates), drawing from `stream`. */
export function shuffle<T>(items: T[], stream: RandomStream): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(stream.random() * (i + 1));
    const item = items[i]!;
    items[i] = items[j]!;
    items[j] = item;
  }
}
