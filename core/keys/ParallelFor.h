#pragma once
// Independent work on many items, spread over the machine's cores: bulk imports decode and check thousands of keys,
// each on its own (issue #14). Plain std::thread: the CLI's key commands link QtCore alone, not QtConcurrent.

#include <cstddef>
#include <functional>

namespace jwk {

// Runs work(i) once for each i in [0, count), on the calling thread and up to (cores - 1) more, never more threads
// than count / minPerThread (none added below that): each thread takes the next index until none is left. Returns
// when every call has returned. The first exception a call throws stops the remaining picks and is rethrown here.
// work must be safe to run concurrently for different i (OpenSSL's error queue and jwkman's decoder contexts are
// per thread).
void parallelFor(std::size_t count, std::size_t minPerThread, const std::function<void(std::size_t)>& work);

} // namespace jwk
