// The V8 heap limit capwatch runs with (`npm start`, the Docker image, the load bench's instances).
// Not for the limit itself: capwatch's heap stays far below it (the load bench's instances print
// `peak_heap_mb`: at most about 230 MB in all). With Node's default limit (about 4 GB here), V8 may
// let the heap grow to four times what is live between major collections when the process
// allocates fast (a fan-out's requests), and the pages it took stay in RSS. V8's heap controller
// (src/heap/heap-controller) scales that factor with the limit, from 1.3 at 256 MB to 4 at 2 GB;
// by its formula, about 1.6 at 1 GB. Set by the one who starts Node: a running process cannot
// change it.
export const HEAP_LIMIT_MB = 1024;
export const HEAP_LIMIT_FLAG = `--max-old-space-size=${HEAP_LIMIT_MB}`;
