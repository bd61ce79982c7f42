/** Reading an open file whole, one byte past its announced size so a file still growing is caught. */
import { readSync } from 'node:fs';

/** The bytes of `fd` from the start: up to `size + 1`, so `result.length > size` means it grew. */
export function readWhole(fd: number, size: number): Buffer {
  const buffer = Buffer.alloc(size + 1);
  let read = 0;
  while (read < buffer.length) {
    const n = readSync(fd, buffer, read, buffer.length - read, read);
    if (n === 0) break;
    read += n;
  }
  return buffer.subarray(0, read);
}
