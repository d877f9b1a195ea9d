import { describe, it, expect } from 'vitest';
import { EventQueue, NORMAL, URGENT } from './queue.ts';

describe('EventQueue', () => {
  it('pops by time, then priority, then insertion order', () => {
    const q = new EventQueue<string>();
    q.push(2, NORMAL, 'c');
    q.push(1, NORMAL, 'a1');
    q.push(1, URGENT, 'u');
    q.push(1, NORMAL, 'a2');
    q.push(0.5, NORMAL, 'first');
    const out: string[] = [];
    while (q.size > 0) out.push(q.pop());
    expect(out).toEqual(['first', 'u', 'a1', 'a2', 'c']);
  });

  it('keeps FIFO order among thousands of equal keys', () => {
    const q = new EventQueue<number>();
    for (let i = 0; i < 5000; i++) q.push(i % 7, NORMAL, i);
    const out: number[] = [];
    while (q.size > 0) out.push(q.pop());
    const expected = Array.from({ length: 5000 }, (_, i) => i).sort((a, b) => (a % 7) - (b % 7) || a - b);
    expect(out).toEqual(expected);
  });
});
