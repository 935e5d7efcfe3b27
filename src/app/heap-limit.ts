// The V8 heap limit capwatch runs with (`npm start`, the Docker image, the load bench's instances).
// Not for the limit itself: capwatch's live heap stays far below it (the load bench's instances:
// under 150 MB). With Node's default limit (about 4 GB here), V8 lets the heap grow to four times
// what is live between major collections when the process allocates fast (a fan-out's requests),
// and the pages it took stay in RSS; under a 1 GB limit it grows by about 1.6 times (V8's
// heap-controller scales the factor from 1.3 at 256 MB to 4 at 2 GB of limit). Set by the one who
// starts Node: a running process cannot change it.
export const HEAP_LIMIT_MB = 1024;
export const HEAP_LIMIT_FLAG = `--max-old-space-size=${HEAP_LIMIT_MB}`;
